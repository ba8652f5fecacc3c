import type { JsonSchema, OperationModel, ParameterModel } from "../../model/types.js";
import { componentRef } from "../component-schemas/emit-component-schemas.js";
import { stripAnnotations } from "../component-schemas/strip-annotations.js";

/** What the mock's validators need for one operation. */
export interface OperationSchemas {
  /** Path parameters as one object schema. */
  path: JsonSchema;
  /** Query parameters as one object schema (unknown parameters are rejected). */
  query: JsonSchema;
  /** Query parameters serialized as `name[key]=value` (OpenAPI `style: deepObject`). */
  deepObjectQuery: string[];
  body: JsonSchema | null;
  bodyRequired: boolean;
  /** Response body schema by status; null for a status without a JSON body. */
  responses: Record<string, JsonSchema | null>;
}

function namedOrInline(name: string | null, schema: JsonSchema | null): JsonSchema | null {
  if (name) return { $ref: componentRef(name) };
  return schema ? stripAnnotations(schema) : null;
}

function objectOf(params: ParameterModel[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) properties[p.name] = stripAnnotations(p.schema);
  const required = params.filter((p) => p.required).map((p) => p.name);
  return { type: "object", additionalProperties: false, properties, ...(required.length > 0 ? { required } : {}) };
}

export function operationSchemas(op: OperationModel): OperationSchemas {
  const deepObjectQuery = op.parameters.filter((p) => p.in === "query" && p.style === "deepObject").map((p) => p.name);
  const responses: Record<string, JsonSchema | null> = {};
  for (const r of op.responses) responses[String(r.status)] = namedOrInline(r.schemaName, r.schema);
  return {
    path: objectOf(op.parameters.filter((p) => p.in === "path")),
    query: objectOf(op.parameters.filter((p) => p.in === "query")),
    deepObjectQuery,
    body: op.requestBody ? namedOrInline(op.requestBody.schemaName, op.requestBody.schema) : null,
    bodyRequired: op.requestBody?.required ?? false,
    responses,
  };
}
