import { isObject } from "../../model/json-schema.js";
import type { JsonSchema } from "../../model/types.js";

/** Subschemas shorter than this stay inline: a `$ref` would save too little to pay for its `$defs` entry. */
const MIN_SHARED_LENGTH = 60;

/** A subschema `value` at `holder[key]`, and a name for it. */
type Slot = { holder: Record<string, unknown>; key: string; name: string; value: JsonSchema };

/** Slots holding the same shape; never empty. */
type Group = [Slot, ...Slot[]];

function withoutDescription(schema: JsonSchema): JsonSchema {
  const { description: _ignored, ...rest } = schema;
  return rest;
}

/** Every place a subschema sits: property values and array items, with a name for it. */
function slots(schema: JsonSchema, name: string, out: Slot[]): Slot[] {
  const properties = schema.properties;
  if (isObject(properties)) {
    for (const [key, value] of Object.entries(properties)) {
      if (!isObject(value)) continue;
      out.push({ holder: properties, key, name: key, value });
      slots(value, key, out);
    }
  }
  if (isObject(schema.items)) {
    out.push({ holder: schema, key: "items", name: `${name}_item`, value: schema.items });
    slots(schema.items, `${name}_item`, out);
  }
  if (isObject(schema.additionalProperties)) slots(schema.additionalProperties, name, out);
  for (const keyword of ["oneOf", "anyOf", "allOf"]) {
    const list = schema[keyword];
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) slots(item, name, out);
  }
  return out;
}

/**
 * Moves every subschema that occurs more than once in a tool's schema into `$defs` and points
 * each occurrence at it, largest saving first, so a tool never spells the same shape twice
 * (a ticket's `channel` and its first message's `channel` share one enum).
 */
export function shareRepeatedSubschemas(schema: JsonSchema): JsonSchema {
  const root: JsonSchema = structuredClone(schema);
  const defs: Record<string, JsonSchema> = {};
  for (;;) {
    const groups = new Map<string, Group>();
    const all = slots(root, "root", []);
    for (const [name, def] of Object.entries(defs)) slots(def, name, all);
    for (const slot of all) {
      if (typeof slot.value.$ref === "string") continue;
      const key = JSON.stringify(withoutDescription(slot.value));
      if (key.length < MIN_SHARED_LENGTH) continue;
      const group = groups.get(key);
      if (group) group.push(slot);
      else groups.set(key, [slot]);
    }
    let best: [string, Group] | null = null;
    for (const entry of groups) {
      if (entry[1].length < 2) continue;
      if (!best || saving(entry) > saving(best)) best = entry;
    }
    if (!best) break;
    const [, group] = best;
    const [first] = group;
    const descriptions = new Set(group.map((s) => s.value.description));
    const shared = descriptions.size === 1;
    const name = uniqueName(first.name, defs);
    // Without a common description the shared shape is the described-less one all of them match.
    defs[name] = shared ? first.value : structuredClone(withoutDescription(first.value));
    for (const slot of group) {
      const description = slot.value.description;
      slot.holder[slot.key] = !shared && description !== undefined ? { $ref: `#/$defs/${name}`, description } : { $ref: `#/$defs/${name}` };
    }
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

function saving([key, group]: [string, Group]): number {
  return key.length * (group.length - 1);
}

function uniqueName(base: string, taken: Record<string, JsonSchema>): string {
  let name = base;
  for (let n = 2; name in taken; n++) name = `${base}${n}`;
  return name;
}
