import type { ApiModel, OperationModel } from "../../src/model/types.js";
import type { GuideMethodRow } from "./guide.js";

/** How the spec holds one guide row: as an operation with its method and path, or recorded on the live operation. */
export type GuideRowMatch = { kind: "identical"; op: OperationModel } | { kind: "recorded"; op: OperationModel };

const sameForm = (a: { method: string; path: string }, b: { method: string; path: string }) => a.method === b.method && a.path === b.path;

/**
 * The operation that answers for a guide row: the one with the row's method and path, or else the
 * one whose `x-gorgias-guide` records that method and path. Null when neither exists.
 */
export function matchGuideRow(model: ApiModel, row: { method: string; path: string }): GuideRowMatch | null {
  const identical = model.operations.find((op) => sameForm(op, row));
  if (identical) return { kind: "identical", op: identical };
  const recorded = model.operations.find((op) => op.guide !== null && sameForm(op.guide, row));
  return recorded ? { kind: "recorded", op: recorded } : null;
}

/** The OAuth scope a row names, as the operation would state it (search: null, with scopes by type). */
function scopeProblem(op: OperationModel, row: GuideMethodRow): string | null {
  if (row.scope === null) return op.scope === null && Object.keys(op.scopeByType ?? {}).length > 0 ? null : `scope depends on the request in the guide, the operation needs ${op.scopes.join(", ")}`;
  return op.scopes.length === 1 && op.scopes[0] === row.scope ? null : `scope ${row.scope} in the guide, ${op.scopes.join(", ")} on the operation`;
}

/**
 * Every way the spec breaks the guide contract: a row that is neither an operation nor recorded on
 * one, a matched operation whose access, scope or event differs from the row's, two operations
 * answering for one row, and a guide record that names no row of the guide.
 */
export function guideContractProblems(model: ApiModel, rows: GuideMethodRow[], proseRows: { method: string; path: string }[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const where = `guide row ${row.method} ${row.path}`;
    const match = matchGuideRow(model, row);
    if (!match) {
      problems.push(`${where}: no operation has this method and path, and none records it in x-gorgias-guide`);
      continue;
    }
    const { op } = match;
    // An operation may record its own row when something other than method and path differs.
    const recorders = model.operations.filter((other) => other.guide !== null && sameForm(other.guide, row));
    const elsewhere = recorders.filter((other) => other !== op);
    if (match.kind === "identical" && elsewhere.length > 0) problems.push(`${where}: is ${op.id} and is also recorded on ${elsewhere.map((o) => o.id).join(", ")}`);
    if (recorders.length > 1) problems.push(`${where}: recorded on several operations, ${recorders.map((o) => o.id).join(", ")}`);
    if (op.access !== row.access) problems.push(`${where}: access ${row.access} in the guide, ${op.access} on ${op.id}`);
    const scope = scopeProblem(op, row);
    if (scope) problems.push(`${where}: ${scope} (${op.id})`);
    if (op.event !== row.webhook) problems.push(`${where}: event ${row.webhook ?? "none"} in the guide, ${op.event ?? "none"} on ${op.id}`);
  }
  const known = [...rows, ...proseRows];
  for (const op of model.operations) {
    const guide = op.guide;
    if (guide && !known.some((row) => sameForm(row, guide))) problems.push(`${op.id}: x-gorgias-guide names ${guide.method} ${guide.path}, which is no row of the guide`);
  }
  return problems;
}
