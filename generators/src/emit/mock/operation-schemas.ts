import type { Referenced, SpecSchema } from "../../load/spec-document.js";
import type { ApiModel, JsonSchema, OperationModel, ParameterModel } from "../../model/types.js";
import { withComponentRefs } from "../component-schemas/component-refs.js";
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

/** Writes a schema for the mock's validators: every component it names is a `$ref` into the shared components, which the validators register. */
type Referencing = (schema: Referenced<SpecSchema>) => JsonSchema;

function referencing(model: Pick<ApiModel, "document" | "schemas">): Referencing {
  const every = new Set(Object.keys(model.schemas));
  return (schema) => stripAnnotations(withComponentRefs(model.document, schema, every));
}

function objectOf(params: ParameterModel[], write: Referencing): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) properties[p.name] = write(p.schemaAsWritten);
  const required = params.filter((p) => p.required).map((p) => p.name);
  return { type: "object", additionalProperties: false, properties, ...(required.length > 0 ? { required } : {}) };
}

/** The validator schemas of every operation, by operation id. */
export function operationSchemasById(model: ApiModel): Record<string, OperationSchemas> {
  const write = referencing(model);
  return Object.fromEntries(model.operations.map((op) => [op.id, operationSchemas(op, write)]));
}

function operationSchemas(op: OperationModel, write: Referencing): OperationSchemas {
  const deepObjectQuery = op.parameters.filter((p) => p.in === "query" && p.style === "deepObject").map((p) => p.name);
  const responses: Record<string, JsonSchema | null> = {};
  for (const r of op.responses) responses[String(r.status)] = r.schemaAsWritten ? write(r.schemaAsWritten) : null;
  return {
    path: objectOf(op.parameters.filter((p) => p.in === "path"), write),
    query: objectOf(op.parameters.filter((p) => p.in === "query"), write),
    deepObjectQuery,
    body: op.requestBody ? write(op.requestBody.schemaAsWritten) : null,
    bodyRequired: op.requestBody?.required ?? false,
    responses,
  };
}
