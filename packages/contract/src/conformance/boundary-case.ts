import type { OpenApiDocument, OperationObject } from "../spec/openapi-document.js";
import type { ConformanceCase } from "./conformance-case.js";
import { bodySchema, type ExampleParameter } from "./spec-examples.js";

type Request = Pick<ConformanceCase, "pathParams" | "query" | "body">;

/** A value just outside a numeric schema's bounds, with the bound it crosses; undefined when it has none. */
function outOfRange(schema: Record<string, unknown>): { value: number; bound: string } | undefined {
  if (typeof schema.maximum === "number") return { value: schema.maximum + 1, bound: `above its maximum ${schema.maximum}` };
  if (typeof schema.minimum === "number") return { value: schema.minimum - 1, bound: `below its minimum ${schema.minimum}` };
  return undefined;
}

/**
 * One request the spec says is invalid, derived from a valid example request, in this order of
 * preference: a required body field left out; a query, then path, parameter just out of range; a
 * required query parameter left out; a parameter value outside its enum; a body of the wrong type.
 * Undefined when the spec gives no such boundary (an operation without parameters or body).
 */
export function boundaryCase(document: OpenApiDocument, operation: OperationObject, parameters: ExampleParameter[], valid: Request): (Request & { label: string }) | undefined {
  const schema = bodySchema(document, operation);
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  if (required.length > 0 && valid.body !== null && typeof valid.body === "object" && !Array.isArray(valid.body)) {
    const field = required[0]!;
    const body = { ...(valid.body as Record<string, unknown>) };
    delete body[field];
    return { ...valid, body, label: `required body field "${field}" left out` };
  }
  for (const location of ["query", "path"] as const) {
    for (const p of parameters.filter((q) => q.in === location)) {
      const range = outOfRange(p.schema);
      if (!range) continue;
      const label = `${location} parameter "${p.name}" = ${range.value}, ${range.bound}`;
      return location === "query" ? { ...valid, query: { ...valid.query, [p.name]: range.value }, label } : { ...valid, pathParams: { ...valid.pathParams, [p.name]: range.value }, label };
    }
  }
  const requiredQuery = parameters.find((p) => p.in === "query" && p.required);
  if (requiredQuery) {
    const query = { ...valid.query };
    delete query[requiredQuery.name];
    return { ...valid, query, label: `required query parameter "${requiredQuery.name}" left out` };
  }
  const enumerated = parameters.find((p) => p.in === "query" && Array.isArray(p.schema.enum));
  if (enumerated) return { ...valid, query: { ...valid.query, [enumerated.name]: "not-a-listed-value" }, label: `query parameter "${enumerated.name}" outside its enum` };
  if (schema && operation.requestBody !== undefined && typeof schema.type === "string") {
    const wrong = schema.type === "array" ? { not: "an array" } : ["not", "an", schema.type];
    return { ...valid, body: wrong, label: `a body that is not ${schema.type === "array" ? "an array" : `an ${schema.type}`}` };
  }
  return undefined;
}
