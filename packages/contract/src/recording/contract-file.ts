import { readFile } from "node:fs/promises";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { ContractFileError } from "./contract-errors.js";
import { CONTRACT_SCHEMA } from "./contract-schema.js";
import type { ConsumerContract, ContractInteraction, RecordedValue } from "./consumer-contract.js";

let validator: ValidateFunction | undefined;

/** Reads and checks a contract file; a bad file is a `ContractFileError` naming it and the field. */
export async function readContract(file: string): Promise<ConsumerContract> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ContractFileError(file, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ContractFileError(file, undefined, `is not valid JSON: ${(error as Error).message}`);
  }
  return parseContract(value, file);
}

/** Checks a parsed contract against the contract schema. */
export function parseContract(value: unknown, source: string): ConsumerContract {
  validator ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(CONTRACT_SCHEMA);
  if (!validator(value)) {
    const error = validator.errors?.[0];
    throw new ContractFileError(source, fieldName(error), describeError(error));
  }
  return value as unknown as ConsumerContract;
}

/** The contract as committed: sorted keys and interactions, two-space JSON, a final newline; no clock, no machine data. */
export function serializeContract(contract: ConsumerContract): string {
  const interactions = [...contract.interactions].sort(compareInteractions).map((i) => {
    const out: Record<string, unknown> = { operationId: i.operationId, method: i.method, path: i.path, query: sortedValues(i.query) };
    if (i.body !== undefined) out.body = sortedValues(i.body);
    out.statuses = [...i.statuses].sort((a, b) => a - b);
    return out;
  });
  return `${JSON.stringify({ format: contract.format, consumer: contract.consumer, interactions }, null, 2)}\n`;
}

/** Interactions that are alike (same operation, query names and body fields) become one, their kinds, values and statuses united. */
export function mergeInteractions(interactions: Iterable<ContractInteraction>): ContractInteraction[] {
  const byKey = new Map<string, ContractInteraction>();
  for (const interaction of interactions) {
    const key = interactionKey(interaction);
    const existing = byKey.get(key);
    byKey.set(key, existing ? unite(existing, interaction) : interaction);
  }
  return [...byKey.values()].sort(compareInteractions);
}

/** What makes two interactions alike. */
export function interactionKey(i: ContractInteraction): string {
  return JSON.stringify([i.operationId, i.method, i.path, Object.keys(i.query).sort(), i.body === undefined ? null : Object.keys(i.body).sort()]);
}

function unite(a: ContractInteraction, b: ContractInteraction): ContractInteraction {
  const merged: ContractInteraction = { operationId: a.operationId, method: a.method, path: a.path, query: uniteValues(a.query, b.query), statuses: [...new Set([...a.statuses, ...b.statuses])].sort((x, y) => x - y) };
  if (a.body !== undefined && b.body !== undefined) merged.body = uniteValues(a.body, b.body);
  return merged;
}

function uniteValues(a: Record<string, RecordedValue>, b: Record<string, RecordedValue>): Record<string, RecordedValue> {
  const out: Record<string, RecordedValue> = {};
  for (const name of Object.keys(a)) {
    const x = a[name]!;
    const y = b[name] ?? x;
    const value: RecordedValue = { kinds: [...new Set([...x.kinds, ...y.kinds])].sort() };
    // A field recorded once without values (it was not a closed enum then) keeps none.
    if (x.values && y.values) value.values = sortScalars([...x.values, ...y.values]);
    out[name] = value;
  }
  return out;
}

function sortedValues(values: Record<string, RecordedValue>): Record<string, RecordedValue> {
  const out: Record<string, RecordedValue> = {};
  for (const name of Object.keys(values).sort(compareText)) {
    const v = values[name]!;
    out[name] = v.values ? { kinds: [...v.kinds].sort(), values: sortScalars(v.values) } : { kinds: [...v.kinds].sort() };
  }
  return out;
}

/** Scalars deduplicated and sorted by their JSON text, so `1` and `"1"` stay apart and the order is stable. */
export function sortScalars(values: (string | number | boolean)[]): (string | number | boolean)[] {
  const byText = new Map(values.map((v) => [JSON.stringify(v), v]));
  return [...byText.keys()].sort(compareText).map((k) => byText.get(k)!);
}

function compareInteractions(a: ContractInteraction, b: ContractInteraction): number {
  return compareText(a.operationId, b.operationId) || compareText(interactionKey(a), interactionKey(b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `/interactions/0/statuses` → `interactions[0].statuses`, naming a missing or unknown property too. */
function fieldName(error: ErrorObject | undefined): string | undefined {
  if (!error) return undefined;
  let field = error.instancePath
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((out, token) => (/^\d+$/.test(token) ? `${out}[${token}]` : out ? `${out}.${token}` : token), "");
  const extra = (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined) field = field ? `${field}.${extra}` : extra;
  return field || undefined;
}

function describeError(error: ErrorObject | undefined): string {
  if (!error) return "does not follow the contract schema";
  if (error.keyword === "required") return "is missing";
  if (error.keyword === "additionalProperties") return "is not a contract field";
  if (error.keyword === "const" || error.keyword === "enum") return `${error.message ?? "has an unexpected value"}: ${JSON.stringify((error.params as { allowedValue?: unknown; allowedValues?: unknown }).allowedValue ?? (error.params as { allowedValues?: unknown }).allowedValues)}`;
  return error.message ?? "does not follow the contract schema";
}
