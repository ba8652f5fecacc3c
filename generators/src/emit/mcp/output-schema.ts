import { isObject } from "../../model/json-schema.js";
import type { JsonSchema, OperationModel } from "../../model/types.js";
import { withSingleTypes } from "./single-type-schema.js";

/** Only the JSON type of a value: nested shapes are what `describe`-style docs are for, not every tools/list. */
function typeOnly(schema: JsonSchema): JsonSchema {
  if (schema.type !== undefined) return { type: schema.type };
  for (const list of [schema.oneOf, schema.anyOf]) {
    if (Array.isArray(list)) {
      const types = [...new Set(list.flatMap((s) => (isObject(s) && s.type !== undefined ? [s.type].flat() : [])))];
      if (types.length > 0 && types.length === list.length) return { type: types.length === 1 ? types[0] : types };
    }
  }
  return {};
}

/**
 * The tool's `outputSchema`: the success response's always-present (required), non-constant,
 * non-nullable top-level properties and their JSON types. Every tools/list carries it, so it names
 * the key fields of `structuredContent` without spelling whole object shapes; it lists no
 * `required`, so a response that omits a field (as the live API sometimes does) still conforms.
 * Null when the success response is not an object (no content).
 */
export function toolOutputSchema(op: OperationModel): JsonSchema | null {
  const schema = op.success.schema;
  if (!schema || schema.type !== "object" || !isObject(schema.properties)) return null;
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties: Record<string, JsonSchema> = {};
  for (const [name, value] of Object.entries(schema.properties)) {
    // A constant (the list envelope's `object: "list"`) tells nothing.
    if (!isObject(value) || value.writeOnly === true || "const" in value || !required.includes(name)) continue;
    const typed = typeOnly(value);
    // A field that may be null has no type an agent can count on, and spelling "or null" portably
    // (an `anyOf`, not a type array) would cost three times a plain type in every tools/list.
    if (Array.isArray(typed.type) && typed.type.includes("null")) continue;
    properties[name] = typed;
  }
  return withSingleTypes({ type: "object", properties });
}
