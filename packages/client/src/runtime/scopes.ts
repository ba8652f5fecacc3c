import { operations, operationsById, type OperationEntry } from "@gorgias-kit/spec/operations";
import { GorgiasError } from "./errors.js";
import { scopes } from "@gorgias-kit/spec/facts";

const byMethodName = new Map<string, OperationEntry>(operations.map((op) => [`${op.resource}.${op.name}`, op]));

/** A name that is neither an operationId nor a `resource.method` of the client. */
export class UnknownOperationError extends GorgiasError {
  override name = "UnknownOperationError";
  readonly operation: string;
  constructor(name: string, detail: string) {
    super(`Unknown operation "${name}": ${detail}`);
    this.operation = name;
  }
}

/** Finds an operation by operationId (`listTickets`) or resource method name (`tickets.list`). */
export function resolveOperation(name: string): OperationEntry {
  const op = operationsById.get(name) ?? byMethodName.get(name);
  if (op) return op;
  const suggestion = closest(name);
  throw new UnknownOperationError(
    name,
    `not an operationId (such as listTickets) or a resource method (such as tickets.list).${suggestion ? ` Did you mean ${suggestion}?` : ""}`,
  );
}

/**
 * The scope one call needs: the operation's scope, or for search the scope of the searched `type`
 * (from the spec's scope-by-type map). Null when it cannot be known from the request.
 */
export function scopeForCall(op: OperationEntry, body: unknown): string | null {
  if (op.scope) return op.scope;
  const type = (body as { type?: unknown } | null | undefined)?.type;
  return typeof type === "string" ? (op.scopeByType?.[type] ?? null) : null;
}

/**
 * The least set of OAuth scopes that authorises every named operation, sorted.
 *
 * Names are operationIds (`listTickets`) or resource methods (`tickets.list`). An operation whose scope
 * depends on the request (search) takes the searched type after a colon: `search.run:customer`.
 *
 * @throws UnknownOperationError naming the first name that is not an operation, or a search without a known type.
 */
export function requiredScopes(names: readonly string[]): string[] {
  const scopes = new Set<string>();
  for (const raw of names) {
    const [name, type, ...rest] = raw.trim().split(":");
    const op = resolveOperation(name ?? "");
    if (rest.length > 0) throw new UnknownOperationError(raw, "write at most one `:type` after the name.");
    if (op.scope) {
      if (type !== undefined) throw new UnknownOperationError(raw, `${op.resource}.${op.name} needs ${op.scope} whatever is sent; drop ":${type}".`);
      scopes.add(op.scope);
      continue;
    }
    const types = Object.keys(op.scopeByType ?? {});
    const scope = type !== undefined ? op.scopeByType?.[type] : undefined;
    if (!scope) {
      const given = type === undefined ? "its scope depends on the searched type" : `"${type}" is not a searchable type`;
      throw new UnknownOperationError(raw, `${given}; name it after a colon, one of: ${types.map((t) => `${op.resource}.${op.name}:${t}`).join(", ")}.`);
    }
    scopes.add(scope);
  }
  return [...scopes].sort();
}

function closest(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of [...operationsById.keys(), ...byMethodName.keys()]) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Every OAuth scope the spec declares, with what it grants: `declaredScopes["tickets:read"]`. */
export const declaredScopes: Readonly<Record<string, string>> = Object.fromEntries(scopes.map((s) => [s.name, s.description]));
