import { isObject } from "../../model/json-schema.js";
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
export function stripAnnotations(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const key of Object.keys(schema).sort()) {
    const value = schema[key];
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_VALUED.includes(key)) out[key] = stripSchemaValue(value);
    else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map(stripSchemaValue);
    else if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      const map: Record<string, unknown> = {};
      for (const name of Object.keys(value).sort()) map[name] = stripSchemaValue(value[name]);
      out[key] = map;
    } else out[key] = value;
  }
  return out;
}

/** A value in a schema position: an object schema is stripped; a boolean schema (or anything else) stays as it is. */
export function stripSchemaValue(value: unknown): unknown {
  return isObject(value) ? stripAnnotations(value) : value;
}
