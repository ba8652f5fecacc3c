import type { JsonSchema } from "../../model/types.js";

/** One property of a schema, flattened: `data.customer.email`, `data.tags[].name`. */
export interface SchemaField {
  path: string;
  /** Readable type, e.g. `string | null`, `array of object`, `"ticket-created"` for a constant. */
  type: string;
  required: boolean;
  description: string;
}

export interface SchemaFieldOptions {
  /** How many object levels to descend into. @default 3 */
  maxDepth?: number;
  /** Paths whose children are not listed (the field itself still is). @default [] */
  opaque?: string[];
}

const oneLine = (text: unknown): string => (typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "");

/** Merges `allOf` parts into one object schema: properties from later parts refine earlier ones. */
function merge(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  const { allOf, ...own } = schema;
  let merged: JsonSchema = {};
  for (const part of [...allOf.map(merge), own]) {
    const properties = { ...merged.properties };
    for (const [name, prop] of Object.entries(part.properties ?? {})) properties[name] = { ...properties[name], ...prop };
    merged = {
      ...merged,
      ...part,
      properties,
      required: [...new Set([...(merged.required ?? []), ...(part.required ?? [])])],
    };
  }
  return merged;
}

function typeText(raw: JsonSchema): string {
  const schema = merge(raw);
  const alternatives = schema.oneOf ?? schema.anyOf;
  let text: string;
  if ("const" in schema) text = JSON.stringify(schema.const);
  else if (schema.enum) text = schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  else if (alternatives) text = alternatives.map(typeText).join(" | ");
  else {
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length === 0) text = schema.properties ? "object" : "any";
    else {
      text = types
        .map((t) => {
          if (t === "array") return `array of ${typeof schema.items === "object" ? typeText(schema.items) : "any"}`;
          if (t === "object" && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === "object") {
            return `map of ${typeText(schema.additionalProperties)}`;
          }
          return t;
        })
        .join(" | ");
    }
  }
  const flags = [schema.readOnly ? "read-only" : "", schema.writeOnly ? "write-only" : ""].filter(Boolean);
  return flags.length ? `${text} (${flags.join(", ")})` : text;
}

/** The object schema to descend into, if any: the schema itself, or an array's items. */
function childObject(schema: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  const merged = merge(schema);
  if (merged.properties && Object.keys(merged.properties).length > 0) return { schema: merged, suffix: "" };
  if (typeof merged.items === "object") {
    const items = merge(merged.items);
    if (items.properties && Object.keys(items.properties).length > 0) return { schema: items, suffix: "[]" };
  }
  return null;
}

/** Lists a schema's properties depth-first, in declaration order. */
export function schemaFields(schema: JsonSchema, options: SchemaFieldOptions = {}): SchemaField[] {
  const maxDepth = options.maxDepth ?? 3;
  const opaque = new Set(options.opaque ?? []);
  const fields: SchemaField[] = [];
  const walk = (object: JsonSchema, prefix: string, depth: number): void => {
    const required = new Set(object.required ?? []);
    for (const [name, prop] of Object.entries(object.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const merged = merge(prop);
      fields.push({ path, type: typeText(merged), required: required.has(name), description: oneLine(merged.description) });
      const child = childObject(merged);
      if (child && depth + 1 < maxDepth && !opaque.has(path)) walk(child.schema, `${path}${child.suffix}`, depth + 1);
    }
  };
  const root = childObject(schema);
  if (root) walk(root.schema, root.suffix, 0);
  return fields;
}

/** Every `{{ variable }}` written anywhere in a schema (descriptions, examples), in first-seen order. */
export function templateVariables(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const [, name = ""] of value.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) {
        // Prose such as "`{{ ... }}` variables" names the syntax, not a variable.
        if (!/^[A-Za-z_][\w.[\]-]*$/.test(name)) continue;
        const variable = `{{${name}}}`;
        if (!found.includes(variable)) found.push(variable);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(node);
  return found;
}
