/** One reason a value does not match its schema. */
export interface SchemaIssue {
  /** JSON-pointer-like path into the value, such as `/data/customer/id`. */
  readonly path: string;
  readonly message: string;
}

type Schema = Record<string, unknown> | boolean;

const MAX_ISSUES = 20;

/** How a `$ref` names a component schema: `#/components/schemas/X`, as in `@gorgias-kit/spec/schemas`. */
const COMPONENT_REF_PREFIX = "#/components/schemas/";

/**
 * Checks a value against the JSON Schema subset the generator emits for webhook payloads (the
 * generator refuses a payload schema that uses any other keyword, and this check skips the
 * annotations). A `$ref` (`#/components/schemas/X`) names the definition `X`.
 */
export function validateSchema(schema: unknown, value: unknown, definitions: Readonly<Record<string, unknown>>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  check(schema as Schema, value, "", definitions, issues);
  return issues.slice(0, MAX_ISSUES);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function check(schema: Schema, value: unknown, path: string, defs: Readonly<Record<string, unknown>>, issues: SchemaIssue[]): void {
  if (issues.length >= MAX_ISSUES || schema === true) return;
  if (schema === false) {
    issues.push({ path, message: "is not allowed" });
    return;
  }
  const s = schema;
  if (typeof s.$ref === "string") {
    const target = s.$ref.startsWith(COMPONENT_REF_PREFIX) ? defs[s.$ref.slice(COMPONENT_REF_PREFIX.length)] : undefined;
    if (target === undefined) throw new Error(`Payload schema references "${s.$ref}", which is not among its definitions.`);
    check(target as Schema, value, path, defs, issues);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => matchesType(value, t))) {
      issues.push({ path, message: `must be ${types.join(" or ")}, got ${typeOf(value)}` });
      return;
    }
  }
  if ("const" in s && !sameJson(value, s.const)) issues.push({ path, message: `must be ${JSON.stringify(s.const)}` });
  if (Array.isArray(s.enum) && !s.enum.some((option) => sameJson(value, option))) {
    issues.push({ path, message: `must be one of ${s.enum.map((o) => JSON.stringify(o)).join(", ")}` });
  }
  if (Array.isArray(s.allOf)) for (const sub of s.allOf) check(sub as Schema, value, path, defs, issues);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => passes(sub as Schema, value, defs))) {
    issues.push({ path, message: "matches none of the allowed shapes (anyOf)" });
  }
  if (Array.isArray(s.oneOf)) {
    const matching = s.oneOf.filter((sub) => passes(sub as Schema, value, defs)).length;
    if (matching !== 1) issues.push({ path, message: `must match exactly one allowed shape (oneOf), matches ${matching}` });
  }
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && [...value].length < s.minLength) issues.push({ path, message: `must be at least ${s.minLength} characters` });
    if (typeof s.maxLength === "number" && [...value].length > s.maxLength) issues.push({ path, message: `must be at most ${s.maxLength} characters` });
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) issues.push({ path, message: `must match ${s.pattern}` });
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) issues.push({ path, message: `must be ≥ ${s.minimum}` });
    if (typeof s.maximum === "number" && value > s.maximum) issues.push({ path, message: `must be ≤ ${s.maximum}` });
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) issues.push({ path, message: `must have at least ${s.minItems} items` });
    if (typeof s.maxItems === "number" && value.length > s.maxItems) issues.push({ path, message: `must have at most ${s.maxItems} items` });
    if (s.items !== undefined) value.forEach((item, i) => check(s.items as Schema, item, `${path}/${i}`, defs, issues));
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) checkObject(s, value as Record<string, unknown>, path, defs, issues);
}

function checkObject(s: Record<string, unknown>, value: Record<string, unknown>, path: string, defs: Readonly<Record<string, unknown>>, issues: SchemaIssue[]): void {
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  if (Array.isArray(s.required)) {
    for (const name of s.required as string[]) if (!(name in value)) issues.push({ path: `${path}/${name}`, message: "is required" });
  }
  for (const [name, item] of Object.entries(value)) {
    const where = `${path}/${name}`;
    if (s.propertyNames !== undefined) check(s.propertyNames as Schema, name, where, defs, issues);
    if (name in properties) check(properties[name]!, item, where, defs, issues);
    else if (s.additionalProperties !== undefined) check(s.additionalProperties as Schema, item, where, defs, issues);
  }
}

function passes(schema: Schema, value: unknown, defs: Readonly<Record<string, unknown>>): boolean {
  const issues: SchemaIssue[] = [];
  check(schema, value, "", defs, issues);
  return issues.length === 0;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
