import type { JsonSchema } from "../../model/types.js";

/** Keywords that document a schema without constraining it: the mock's validators do not need them. */
const ANNOTATIONS = new Set(["description", "example", "examples", "summary", "deprecated", "title", "externalDocs", "xml"]);

/** Keywords whose value is one schema. */
const SCHEMA_VALUED = ["items", "additionalProperties", "not", "propertyNames", "contains", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "additionalItems"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/**
 * Drops annotation keywords and `x-` extensions from a JSON Schema, walking only schema
 * positions: a property that happens to be called `description` is kept.
 */
export function stripAnnotations(schema: unknown): JsonSchema {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema as JsonSchema;
  const out: JsonSchema = {};
  for (const key of Object.keys(schema).sort()) {
    const value = (schema as Record<string, unknown>)[key];
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_VALUED.includes(key)) out[key] = stripAnnotations(value);
    else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map(stripAnnotations);
    else if (SCHEMA_MAPS.includes(key) && value && typeof value === "object") {
      const map: JsonSchema = {};
      for (const name of Object.keys(value).sort()) map[name] = stripAnnotations((value as Record<string, unknown>)[name]);
      out[key] = map;
    } else out[key] = value;
  }
  return out;
}
