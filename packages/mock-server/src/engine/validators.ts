import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { components, componentsId, type JsonSchema } from "@gorgias-kit/spec/schemas";
import { operationSchemas } from "../generated/schemas.gen.js";

/** Field path → what is wrong with it, as the error body's `data` names them. */
export type FieldProblems = Record<string, string>;

export interface OperationValidators {
  /** Coerces path strings to their types in place; returns problems by parameter name. */
  path(values: Record<string, unknown>): FieldProblems | null;
  /** Coerces query strings (and fills defaults) in place. */
  query(values: Record<string, unknown>): FieldProblems | null;
  /** Checks a parsed JSON body exactly as sent: no coercion. */
  body(value: unknown): FieldProblems | null;
}

function newAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    ...(coerce ? { coerceTypes: "array" as const, useDefaults: true } : {}),
  });
  addFormats.default(ajv);
  ajv.addSchema({ $id: componentsId, components });
  return ajv;
}

const PROBLEM: Record<string, (e: ErrorObject) => string> = {
  required: () => "Missing data for required field.",
  additionalProperties: () => "Unknown field.",
  type: (e) => `Not a valid ${String((e.params as { type: string }).type).replace(",", " or ")}.`,
  maxLength: (e) => `Longer than maximum length ${(e.params as { limit: number }).limit}.`,
  minLength: (e) => `Shorter than minimum length ${(e.params as { limit: number }).limit}.`,
  maximum: (e) => `Must be at most ${(e.params as { limit: number }).limit}.`,
  minimum: (e) => `Must be at least ${(e.params as { limit: number }).limit}.`,
  maxItems: (e) => `Must have at most ${(e.params as { limit: number }).limit} items.`,
  minItems: (e) => `Must have at least ${(e.params as { limit: number }).limit} item(s).`,
  minProperties: () => "Must have at least one field.",
  enum: (e) => `Must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(", ")}.`,
  const: (e) => `Must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}.`,
  format: (e) => `Not a valid ${(e.params as { format: string }).format}.`,
  uniqueItems: () => "Items must be unique.",
  pattern: (e) => `Does not match ${(e.params as { pattern: string }).pattern}.`,
};

/** A decimal integer as a path or query string: digits with an optional minus, within the safe-integer range. */
const DECIMAL_INTEGER = /^-?\d{1,16}$/;

/**
 * Why a path or query string is not an integer parameter's value, or null when it is one. Ajv's
 * coercion would read `0x10`, `1.0`, ` 1`, `1e2` as numbers; the API takes decimal digits only.
 */
function decimalIntegerProblem(raw: string): string | null {
  if (!DECIMAL_INTEGER.test(raw)) return "Not a valid integer.";
  if (!Number.isSafeInteger(Number(raw))) return `Must be between ${-Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}.`;
  return null;
}

/** An integer parameter, or an array of integers (repeated query keys). */
type IntegerKind = "integer" | "integer-array";

/** Whether a parameter schema is an integer, or an array of integers. */
function integerKind(schema: unknown): IntegerKind | null {
  const types = (s: unknown): unknown[] => {
    const t = (s as { type?: unknown } | null)?.type;
    return Array.isArray(t) ? t : [t];
  };
  if (types(schema).includes("integer")) return "integer";
  if (types(schema).includes("array") && types((schema as { items?: unknown }).items).includes("integer")) return "integer-array";
  return null;
}

/** The integer (and integer-array) parameters of a path or query schema. */
function integerParameters(schema: JsonSchema | null): [string, IntegerKind][] {
  const properties = (schema?.properties ?? {}) as Record<string, unknown>;
  const parameters: [string, IntegerKind][] = [];
  for (const [name, s] of Object.entries(properties)) {
    const kind = integerKind(s);
    if (kind) parameters.push([name, kind]);
  }
  return parameters;
}

/** Problems of raw integer parameters, checked before coercion; null when every one is decimal. */
function checkIntegers(values: Record<string, unknown>, parameters: readonly [string, IntegerKind][]): FieldProblems | null {
  let problems: FieldProblems | null = null;
  for (const [name, kind] of parameters) {
    const raw = values[name];
    if (raw === undefined) continue;
    const items = kind === "integer-array" && Array.isArray(raw) ? raw : [raw];
    for (const item of items) {
      const problem = typeof item === "string" ? decimalIntegerProblem(item) : null;
      if (problem) {
        (problems ??= {})[name] = problem;
        break;
      }
    }
  }
  return problems;
}

/** Turns Ajv errors into one message per field path (`messages.0.channel`). */
export function toFieldProblems(errors: readonly ErrorObject[], root: string): FieldProblems {
  const problems: FieldProblems = {};
  const summaries: [string, string][] = [];
  for (const e of errors) {
    const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const params = e.params as Record<string, unknown>;
    if (e.keyword === "required") segments.push(String(params.missingProperty));
    if (e.keyword === "additionalProperties") segments.push(String(params.additionalProperty));
    // A bad key under propertyNames is reported by the key's own error, which carries propertyName.
    if (e.keyword === "propertyNames") continue;
    if (e.propertyName !== undefined) segments.push(e.propertyName);
    const field = segments.length > 0 ? segments.join(".") : root;
    const describe = PROBLEM[e.keyword];
    if (!describe) {
      summaries.push([field, e.keyword === "anyOf" || e.keyword === "oneOf" ? "Does not match any allowed shape." : `Invalid (${e.keyword}).`]);
      continue;
    }
    // hasOwn, not ??=: a field named `constructor` must not read Object's.
    if (!Object.hasOwn(problems, field)) problems[field] = describe(e);
  }
  // anyOf/oneOf summaries only add a field when no branch error already named it.
  for (const [field, problem] of summaries) {
    if (!Object.keys(problems).some((f) => f === field || f.startsWith(`${field}.`))) problems[field] = problem;
  }
  return problems;
}

/** Compiles (once, on first use) and runs the generated schemas of each operation. */
export class Validators {
  private readonly coercing = newAjv(true);
  private readonly strict = newAjv(false);
  private readonly cache = new Map<string, OperationValidators>();

  forOperation(operationId: string): OperationValidators {
    let v = this.cache.get(operationId);
    if (!v) {
      v = this.compile(operationId);
      this.cache.set(operationId, v);
    }
    return v;
  }

  /** A validator for a named component schema, such as `Ticket` (used by fixtures and tests). */
  component(name: string): ValidateFunction {
    return this.strict.getSchema(`${componentsId}#/components/schemas/${name}`) ?? this.strict.compile({ $ref: `${componentsId}#/components/schemas/${name}` });
  }

  private compile(operationId: string): OperationValidators {
    const schemas = operationSchemas[operationId];
    if (!schemas) throw new Error(`No generated schemas for operation ${operationId}.`);
    const run = (validate: ValidateFunction | null, root: string) => (value: unknown) => {
      if (!validate || validate(value)) return null;
      return toFieldProblems(validate.errors ?? [], root);
    };
    /** Integer parameters are checked as decimal strings first; Ajv's coercion would accept `0x10`. */
    const runCoercing = (schema: JsonSchema | null, root: string) => {
      const validate = run(compile(this.coercing, schema), root);
      const integers = integerParameters(schema);
      if (integers.length === 0) return validate;
      return (values: Record<string, unknown>) => {
        const notDecimal = checkIntegers(values, integers);
        const problems = validate(values);
        return notDecimal ? { ...problems, ...notDecimal } : problems;
      };
    };
    const compile = (ajv: Ajv2020, schema: JsonSchema | null) => (schema ? ajv.compile(schema as object) : null);
    return {
      path: runCoercing(schemas.path, "path"),
      query: runCoercing(schemas.query, "query"),
      body: run(compile(this.strict, schemas.body), "body"),
    };
  }
}
