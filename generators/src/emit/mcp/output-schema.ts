import { isObject } from "../../model/json-schema.js";
import type { JsonSchema, OperationModel } from "../../model/types.js";
import { withSingleTypes } from "./single-type-schema.js";

/** The JSON types a schema branch allows: its `type`, or the types of its `enum` values (an open enum's known list). */
function branchTypes(schema: unknown): string[] | null {
  if (!isObject(schema)) return null;
  if (schema.type !== undefined) return [schema.type].flat().filter((t): t is string => typeof t === "string");
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return [...new Set(schema.enum.map((v: unknown) => (v === null ? "null" : typeof v)))];
  return null;
}

/** Only the JSON type of a value (nested shapes are what `describe`-style docs are for); null when the schema names none. */
function typeOnly(schema: JsonSchema): JsonSchema | null {
  const own = branchTypes(schema);
  if (own) return { type: own.length === 1 ? own[0] : own };
  for (const list of [schema.oneOf, schema.anyOf]) {
    if (Array.isArray(list)) {
      const perBranch = list.map(branchTypes);
      if (perBranch.some((t) => t === null)) return null;
      const types = [...new Set(perBranch.flatMap((t) => t ?? []))];
      if (types.length > 0) return { type: types.length === 1 ? types[0] : types };
    }
  }
  return null;
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
    // A field of any type (a custom field's value) has no type to name: a schema that constrains
    // nothing tells an agent nothing (the MCP Inspector warns of it).
    if (!typed) continue;
    // A field that may be null has no type an agent can count on, and spelling "or null" portably
    // (an `anyOf`, not a type array) would cost three times a plain type in every tools/list.
    if (Array.isArray(typed.type) && typed.type.includes("null")) continue;
    properties[name] = typed;
  }
  return withSingleTypes({ type: "object", properties });
}
