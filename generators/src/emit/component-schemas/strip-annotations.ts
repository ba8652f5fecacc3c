import { isObject } from "../../model/json-schema.js";
import type { JsonSchema } from "../../model/types.js";

/** Keywords that document a schema without constraining it: the validators (mock, MCP server, client) do not need them. */
const ANNOTATIONS = new Set(["description", "example", "examples", "summary", "deprecated", "title", "externalDocs", "xml"]);

/** Keywords whose value is one schema. */
const SCHEMA_VALUED = ["items", "additionalProperties", "not", "propertyNames", "contains", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "additionalItems"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/** Whether a keyword is an annotation or an `x-` extension. */
export function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || keyword.startsWith("x-");
}

/**
 * Drops the keywords `drop` names from a JSON Schema and sorts the rest, walking only schema
 * positions: a property that happens to be called `description` is kept.
 */
export function stripKeywords(schema: JsonSchema, drop: (keyword: string) => boolean): JsonSchema {
  const out: JsonSchema = {};
  for (const key of Object.keys(schema).sort()) {
    const value = schema[key];
    if (drop(key)) continue;
    const strip = (v: unknown) => (isObject(v) ? stripKeywords(v, drop) : v);
    if (SCHEMA_VALUED.includes(key)) out[key] = strip(value);
    else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map(strip);
    else if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      const map: Record<string, unknown> = {};
      for (const name of Object.keys(value).sort()) map[name] = strip(value[name]);
      out[key] = map;
    } else out[key] = value;
  }
  return out;
}

/** Drops annotation keywords and `x-` extensions from a JSON Schema (see {@link stripKeywords}). */
export function stripAnnotations(schema: JsonSchema): JsonSchema {
  return stripKeywords(schema, isAnnotation);
}

/** A value in a schema position: an object schema is stripped; a boolean schema (or anything else) stays as it is. */
export function stripSchemaValue(value: unknown): unknown {
  return isObject(value) ? stripAnnotations(value) : value;
}
