import { ticketJson } from "../resources/json-views.js";
import type { EventRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** Key of the render context under which each event's object is found (`{{ticket.id}}`, `{{customer.email}}`). */
const CONTEXT_KEY: Record<string, string> = {
  Ticket: "ticket",
  TicketMessage: "message",
  Customer: "customer",
  User: "user",
  Tag: "tag",
  Integration: "integration",
};

/**
 * The values an integration's templates can use for one event: the event itself, its object
 * under its kind (`ticket`, `message`, `customer`, …) and, for a message, its ticket too.
 */
export function deliveryContext(store: Store, event: EventRecord): Record<string, unknown> {
  const { data, ...eventFields } = event;
  const context: Record<string, unknown> = { event: { ...eventFields, data } };
  const key = CONTEXT_KEY[event.object_type] ?? "object";
  if (event.type === "customer-merged" && data && typeof data === "object") {
    context.customer = (data as { target?: unknown }).target;
    context.source_id = (data as { source_id?: unknown }).source_id;
  } else {
    context[key] = data;
  }
  if (event.object_type === "TicketMessage" && data && typeof data === "object") {
    const ticket = store.tickets.get((data as { ticket_id: number }).ticket_id);
    if (ticket) context.ticket = ticketJson(store, ticket, { compact: false });
  }
  // `{{context}}` renders the whole context, as the live API's form templates allow.
  return { ...context, context: { ...context } };
}
