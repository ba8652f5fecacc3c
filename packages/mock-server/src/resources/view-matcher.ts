import type { TicketRecord, ViewRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import type { OperationContext } from "./operation-context.js";
import { evaluateFilter, parseFilter, type FilterNode } from "./view-filter.js";

const parsed = new Map<string, FilterNode | null>();

function compiled(filters: string): FilterNode | null {
  let node = parsed.get(filters);
  if (node === undefined) {
    node = parseFilter(filters);
    if (parsed.size > 500) parsed.clear();
    parsed.set(filters, node);
  }
  return node;
}

/** The `order_by` value of a view's own order (`updated_datetime:desc`). */
export function viewOrder(view: ViewRecord): string {
  return `${view.order_by}:${view.order_dir}`;
}

/** Reads `ticket.…` paths of the filter language from a stored ticket, embedding what they reach. */
function ticketReader(store: Store, ticket: TicketRecord) {
  return (path: readonly string[]): unknown => {
    if (path[0] !== "ticket") return undefined;
    const [field, ...rest] = path.slice(1);
    let value: unknown;
    switch (field) {
      case "customer":
        value = ticket.customer_id === null ? null : (store.customers.get(ticket.customer_id) ?? { id: ticket.customer_id });
        break;
      case "assignee_user":
        value = ticket.assignee_user_id === null ? null : (store.users.get(ticket.assignee_user_id) ?? { id: ticket.assignee_user_id });
        break;
      case "assignee_team":
        value = ticket.assignee_team_id === null ? null : (store.teams.get(ticket.assignee_team_id) ?? { id: ticket.assignee_team_id });
        break;
      case "tags":
        value = ticket.tag_ids.map((id) => store.tags.get(id)).filter(Boolean);
        break;
      case "messages":
        value = ticket.message_ids.map((id) => store.messages.get(id)).filter(Boolean);
        break;
      default:
        value = field === undefined ? ticket : (ticket as unknown as Record<string, unknown>)[field];
    }
    for (const key of rest) value = dig(value, key);
    return value;
  };
}

function dig(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((item) => dig(item, key)).flat();
  if (value === null || typeof value !== "object") return undefined;
  return (value as Record<string, unknown>)[key];
}

/** A predicate for the tickets a view selects, for the user making the request. */
export function viewMatcher(ctx: OperationContext, view: ViewRecord): (ticket: TicketRecord) => boolean {
  const node = view.filters ? compiled(view.filters) : null;
  const variables = { "current_user.id": ctx.principal.userId === null ? "" : String(ctx.principal.userId) };
  const search = view.search?.toLowerCase() ?? "";
  return (ticket) => {
    if (search && !(ticket.subject ?? "").toLowerCase().includes(search)) return false;
    return node === null || evaluateFilter(node, ticketReader(ctx.store, ticket), variables);
  };
}
