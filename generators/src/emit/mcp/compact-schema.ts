import { isObject } from "../../model/json-schema.js";
import type { JsonSchema } from "../../model/types.js";

/**
 * Keywords a tool schema keeps. Everything else (examples, titles, `x-` extensions, `readOnly`
 * markers, comments) costs context and tells an agent nothing it needs to build a call.
 */
const KEPT_KEYWORDS = new Set([
  // Only the complete schemas hold a `$ref` (to a shared component); the manifest's input is inlined.
  "$ref",
  "type",
  "description",
  "enum",
  "const",
  "default",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
]);

/**
 * Keywords only a validator needs: they constrain a map's keys or a tuple's positions, which an
 * agent learns from the description. The complete schema keeps them; the manifest leaves them out.
 */
const VALIDATION_ONLY_KEYWORDS = new Set(["propertyNames", "prefixItems"]);

/**
 * Lower bounds (`minimum: 1` on an id, `minLength: 1` on a name) rarely change what an agent
 * sends, and the server still rejects a value below one, naming the field.
 */
const LOWER_BOUNDS = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"]);

/** How far {@link compactSchema} reduces a request schema. */
export interface CompactOptions {
  /** Keep lower bounds? */
  lowerBounds: boolean;
  /**
   * Keep descriptions (their main clause) down to this depth of object nesting: 0 is the
   * schema itself, 1 its properties. Deeper fields are named well enough by their keys.
   */
  descriptionDepth: number;
  /**
   * Drop the optional properties that no example uses: the spec's request examples are its word
   * on which fields a call commonly sends. Required properties always stay.
   */
  pruneUncommon: boolean;
  /** Enums with more values than this lose the list (the description names typical values); null keeps every enum. */
  maxEnumValues: number | null;
  /**
   * Keep `pattern`? The spec's patterns are the datetime's ISO 8601 regex (about 130 characters on
   * every datetime field): the server checks the complete schema and names a field that fails it.
   */
  patterns: boolean;
  /** Keep the keywords only a validator needs (`propertyNames`, `prefixItems`)? */
  validationOnly: boolean;
}

/** The first sentence of a description, whitespace collapsed: the rest is for human readers of the docs. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const match = /^(.+?[.!?])(?=\s+[-A-Z`(*"])/.exec(flat);
  return (match?.[1] ?? flat).trim();
}

/** Index of the first `;` or `:` that opens an aside, outside parentheses and code spans; -1 if none. */
function asideStart(text: string): number {
  let parens = 0;
  let code = false;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i];
    if (c === "`") code = !code;
    else if (!code && c === "(") parens++;
    else if (!code && c === ")") parens = Math.max(0, parens - 1);
    else if (!code && parens === 0 && (c === ";" || c === ":") && text[i + 1] === " ") return i;
  }
  return -1;
}

/**
 * The main clause of the first sentence: what follows a `;` or `:` or sits in a closing
 * parenthesis adds detail, not meaning.
 */
export function mainClause(text: string): string {
  const sentence = firstSentence(text);
  const end = /[.!?]$/.test(sentence) ? sentence.slice(-1) : "";
  let clause = end ? sentence.slice(0, -1) : sentence;
  const aside = asideStart(clause);
  if (aside > 0) clause = clause.slice(0, aside);
  clause = clause.replace(/ \([^()]*\)$/, "");
  return `${clause}${end}`;
}

/** The schema's own `example`/`examples` values, which show how the shape is typically used. */
function ownExamples(schema: JsonSchema): unknown[] {
  const list = Array.isArray(schema.examples) ? schema.examples : [];
  return "example" in schema ? [schema.example, ...list] : list;
}

/**
 * A request schema reduced to what an agent needs to build a valid call. `examples` are values known
 * to fit this schema (the operation's request examples at this position): with pruning on, they
 * decide which optional properties are common enough to show.
 */
export function compactSchema(schema: JsonSchema, options: CompactOptions, examples: unknown[] = [], depth = 0): JsonSchema {
  // A component's own example may show its response form; only the body's own example is a request.
  const known = depth === 0 ? [...examples, ...ownExamples(schema)] : examples;
  const out: JsonSchema = {};
  let closed = true;
  for (const [key, value] of Object.entries(schema)) {
    const kept = KEPT_KEYWORDS.has(key) || (options.validationOnly && VALIDATION_ONLY_KEYWORDS.has(key));
    if (!kept || (!options.lowerBounds && LOWER_BOUNDS.has(key)) || (!options.patterns && key === "pattern")) continue;
    if (key === "description") {
      if (depth <= options.descriptionDepth && typeof value === "string" && value.trim()) out.description = mainClause(value);
    } else if (key === "properties" && isObject(value)) {
      const { properties, pruned } = compactProperties(value, schema, options, known, depth);
      out.properties = properties;
      // A schema that no longer shows every field must not forbid the ones it leaves out.
      if (pruned) closed = false;
    } else if (key === "items" && isObject(value)) {
      // Items sit one level deeper: the array's own description already says what it holds.
      out.items = compactSchema(value, options, known.filter(Array.isArray).flat(), depth + 1);
    } else if (key === "additionalProperties" && isObject(value)) {
      out.additionalProperties = compactSchema(value, options, known.filter(isObject).flatMap(Object.values), depth + 1);
    } else if (key === "enum" && Array.isArray(value) && options.maxEnumValues !== null && value.length > options.maxEnumValues) {
      continue;
    } else if ((key === "oneOf" || key === "anyOf" || key === "allOf") && Array.isArray(value)) {
      out[key] = value.map((item) => (isObject(item) ? compactSchema(item, options, known, depth) : item));
    } else if (key === "prefixItems" && Array.isArray(value)) {
      out.prefixItems = value.map((item, i) => (isObject(item) ? compactSchema(item, options, known.filter(Array.isArray).map((tuple) => tuple[i]), depth + 1) : item));
    } else if (key === "propertyNames" && isObject(value)) {
      out.propertyNames = compactSchema(value, options, known.filter(isObject).flatMap(Object.keys), depth + 1);
    } else {
      out[key] = value;
    }
  }
  if (!closed && out.additionalProperties === false) delete out.additionalProperties;
  return out;
}

function compactProperties(
  properties: JsonSchema,
  parent: JsonSchema,
  options: CompactOptions,
  examples: unknown[],
  depth: number,
): { properties: Record<string, JsonSchema>; pruned: boolean } {
  const required = new Set(Array.isArray(parent.required) ? parent.required : []);
  const objects = examples.filter(isObject);
  const out: Record<string, JsonSchema> = {};
  let pruned = false;
  for (const [name, raw] of Object.entries(properties)) {
    if (!isObject(raw)) continue;
    const used = objects.filter((example) => name in example);
    // A required field is never dropped, even one marked read-only.
    if (!required.has(name)) {
      if (raw.readOnly === true) continue;
      if (options.pruneUncommon && used.length === 0) {
        pruned = true;
        continue;
      }
    }
    out[name] = compactSchema(raw, options, used.map((example) => example[name]), depth + 1);
  }
  return { properties: out, pruned };
}
