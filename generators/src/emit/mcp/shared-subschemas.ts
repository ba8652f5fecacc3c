import type { JsonSchema } from "../../model/types.js";

/** Subschemas shorter than this stay inline: a `$ref` would save too little to pay for its `$defs` entry. */
const MIN_SHARED_LENGTH = 60;

type Slot = { holder: JsonSchema; key: string; name: string };

function isObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

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
      out.push({ holder: properties, key, name: key });
      slots(value, key, out);
    }
  }
  if (isObject(schema.items)) {
    out.push({ holder: schema, key: "items", name: `${name}_item` });
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
  const defs: JsonSchema = {};
  for (;;) {
    const groups = new Map<string, Slot[]>();
    const all = slots(root, "root", []);
    for (const [name, def] of Object.entries(defs)) slots(def as JsonSchema, name, all);
    for (const slot of all) {
      const value = slot.holder[slot.key] as JsonSchema;
      if (typeof value.$ref === "string") continue;
      const key = JSON.stringify(withoutDescription(value));
      if (key.length < MIN_SHARED_LENGTH) continue;
      groups.set(key, [...(groups.get(key) ?? []), slot]);
    }
    let best: [string, Slot[]] | null = null;
    for (const entry of groups) {
      if (entry[1].length < 2) continue;
      if (!best || saving(entry) > saving(best)) best = entry;
    }
    if (!best) break;
    const [key, group] = best;
    const descriptions = new Set(group.map((s) => (s.holder[s.key] as JsonSchema).description));
    const shared = descriptions.size === 1;
    const name = uniqueName(group[0]!.name, defs);
    defs[name] = shared ? (group[0]!.holder[group[0]!.key] as JsonSchema) : (JSON.parse(key) as JsonSchema);
    for (const slot of group) {
      const description = (slot.holder[slot.key] as JsonSchema).description;
      slot.holder[slot.key] = !shared && description !== undefined ? { $ref: `#/$defs/${name}`, description } : { $ref: `#/$defs/${name}` };
    }
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

function saving([key, group]: [string, Slot[]]): number {
  return key.length * (group.length - 1);
}

function uniqueName(base: string, taken: JsonSchema): string {
  let name = base;
  for (let n = 2; name in taken; n++) name = `${base}${n}`;
  return name;
}
