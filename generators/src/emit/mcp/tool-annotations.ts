import type { OperationModel, SideEffect } from "../../model/types.js";

/** Side effects an agent host should confirm before running: they delete, merge, revoke, or reach the customer. */
const DESTRUCTIVE: readonly SideEffect[] = ["deletes-history", "deletes-record", "merges-records", "revokes-access", "sends-to-customer"];

/** Side effects that reach beyond the helpdesk account: a customer's inbox or an external URL. */
const OPEN_WORLD: readonly SideEffect[] = ["sends-to-customer", "sends-data-externally"];

/**
 * MCP's `ToolAnnotations`, derived only from facts the spec states on the operation. A read tool
 * carries no `destructiveHint` or `idempotentHint`: MCP defines them only for tools that write.
 */
export function toolAnnotations(op: OperationModel): Record<string, boolean> {
  const openWorldHint = op.sideEffects.some((e) => OPEN_WORLD.includes(e));
  if (op.access === "read") return { readOnlyHint: true, openWorldHint };
  return {
    readOnlyHint: false,
    destructiveHint: op.sideEffects.some((e) => DESTRUCTIVE.includes(e)),
    // PUT and DELETE are idempotent by HTTP semantics (RFC 9110 §9.2.2); POST is not.
    idempotentHint: op.method === "PUT" || op.method === "DELETE",
    openWorldHint,
  };
}
