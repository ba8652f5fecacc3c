import { isObject } from "../../model/json-schema.js";
import type { JsonSchema } from "../../model/types.js";

/**
 * Keywords that constrain only instances of one JSON type (a `maxLength` says nothing about
 * `null`), so each belongs in the `anyOf` branch of its type. Every other keyword (`description`,
 * `default`, `enum`, `const`, applicators) applies to the whole value and stays beside the `anyOf`.
 */
const NUMERIC_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const KEYWORDS_BY_TYPE: Record<string, readonly string[]> = {
  string: ["minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType"],
  number: NUMERIC_KEYWORDS,
  integer: NUMERIC_KEYWORDS,
  array: ["items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems", "uniqueItems", "unevaluatedItems"],
  object: [
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
    "required",
    "dependentRequired",
    "dependentSchemas",
    "minProperties",
    "maxProperties",
  ],
};
const TYPE_SPECIFIC = new Set(Object.values(KEYWORDS_BY_TYPE).flat());

/** Keywords whose value is one subschema, a list of them or a map of them: where nested `type`s sit. */
const SUBSCHEMA = ["items", "contains", "additionalProperties", "unevaluatedItems", "unevaluatedProperties", "propertyNames", "not", "if", "then", "else"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs"];

function rewriteChildren(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  for (const key of SUBSCHEMA) {
    const value = schema[key];
    if (isObject(value)) out[key] = withSingleTypes(value);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) out[key] = list.map((item: unknown) => (isObject(item) ? withSingleTypes(item) : item));
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key];
    if (isObject(map)) out[key] = Object.fromEntries(Object.entries(map).map(([name, item]) => [name, isObject(item) ? withSingleTypes(item) : item]));
  }
  return out;
}

/**
 * The same schema with every `type` array (`["string", "null"]`, OpenAPI 3.1's nullable) written as
 * `anyOf` branches of one `type` each, at any depth. Many MCP clients map tool schemas onto a
 * single-`type` dialect (Gemini's function declarations, OpenAPI 3.0 converters) and reject or
 * mangle type arrays; `{"anyOf": [{"type": "string", "maxLength": 9}, {"type": "null"}]}` is what
 * they, Zod 4 and Pydantic agree on. Each type-specific keyword moves into its type's branch (a
 * converter that splits the union must not leave `items` behind on the wrapper); the rest stays
 * outside. The rewrite is exact in JSON Schema 2020-12: it accepts and refuses the same values.
 */
export function withSingleTypes(schema: JsonSchema): JsonSchema {
  const rewritten = rewriteChildren(schema);
  const { type, ...rest } = rewritten;
  if (!Array.isArray(type)) return rewritten;
  if (type.length === 1) return { ...rest, type: type[0] };
  const shared: JsonSchema = {};
  for (const [key, value] of Object.entries(rest)) if (!TYPE_SPECIFIC.has(key)) shared[key] = value;
  const branches = type.map((name) => {
    const branch: JsonSchema = { type: name };
    for (const key of KEYWORDS_BY_TYPE[name] ?? []) if (key in rest) branch[key] = rest[key];
    return branch;
  });
  // A schema that already has an `anyOf` must meet both: the second one goes under `allOf`.
  if ("anyOf" in shared) return { ...shared, allOf: [...(shared.allOf ?? []), { anyOf: branches }] };
  return { anyOf: branches, ...shared };
}
