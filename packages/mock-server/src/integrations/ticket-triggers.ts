import { apiFacts } from "../generated/api-facts.gen.js";

/** One way an operation fires an HTTP-integration trigger (`x-gorgias-fired-by` on the spec's webhook). */
interface FiringRule {
  trigger: string;
  /** Ticket-context fields whose change fires it; null: every successful call. */
  changes: readonly string[] | null;
}

const RULES = new Map<string, FiringRule[]>();
for (const { trigger, firedBy } of apiFacts.deliveryTriggers) {
  for (const rule of firedBy) {
    const list = RULES.get(rule.operationId) ?? [];
    list.push({ trigger, changes: rule.changes });
    RULES.set(rule.operationId, list);
  }
}

/** The trigger rules an operation can fire, in the spec's order; empty for most operations. */
export function firingRules(operationId: string): readonly FiringRule[] {
  return RULES.get(operationId) ?? [];
}

/**
 * The ticket a trigger-firing operation is about, before it runs: its `ticket_id` path parameter
 * (a message operation) or its `id` (a ticket operation); null for a create, which has none yet.
 */
export function ticketIdBefore(path: Record<string, unknown>): number | null {
  const id = path.ticket_id ?? path.id;
  return typeof id === "number" ? id : null;
}

/**
 * The ticket and message the operation's answer is about: a message operation answers with the
 * message (its `ticket_id` names the ticket); a ticket operation answers with the ticket.
 */
export function subjectAfter(path: Record<string, unknown>, body: unknown): { ticketId: number; messageId: number | null } | null {
  const answer = body !== null && typeof body === "object" ? (body as { id?: unknown; ticket_id?: unknown }) : {};
  if (typeof path.ticket_id === "number") return { ticketId: path.ticket_id, messageId: typeof answer.id === "number" ? answer.id : null };
  const id = typeof path.id === "number" ? path.id : answer.id;
  return typeof id === "number" ? { ticketId: id, messageId: null } : null;
}

/** The triggers that fire, given the ticket context before and after the call (before is null for a create). */
export function firedTriggers(rules: readonly FiringRule[], before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return rules
    .filter((rule) => rule.changes === null || rule.changes.some((field) => before === null || JSON.stringify(before[field]) !== JSON.stringify(after[field])))
    .map((rule) => rule.trigger);
}
