import { invalid, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { createCustomerFrom, customerWithEmail, liveCustomer } from "./customer-lookup.js";
import { ticketJson, ticketText } from "./json-views.js";
import { listEnvelopeText, orderOf, pageQuery } from "./list-envelope.js";
import { addMessageToTicket, buildMessage, checkMessageReferences, resolveCustomer } from "./message-builder.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler, OperationContext } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";
import { setTagsOfTicket, tagIdsForNames } from "./tag-sets.js";
import { viewMatcher, viewOrder } from "./view-matcher.js";

interface CustomerRefInput {
  id?: number;
  email?: string;
  name?: string;
}

export function requireTicket(store: Store, id: number): TicketRecord {
  const ticket = store.tickets.get(id);
  if (!ticket) throw notFound("Ticket", id);
  return ticket;
}

/** The customer a TicketCustomerRef names: by id (following merges), or by email, created when new. */
function customerFromRef(ctx: OperationContext, ref: CustomerRefInput): number | null {
  if (ref.id !== undefined) return liveCustomer(ctx.store, ref.id)?.id ?? null;
  if (ref.email) return (customerWithEmail(ctx.store, ref.email) ?? createCustomerFrom(ctx.store, ref, ctx.now)).id;
  return null;
}

function customFieldMap(list: { id: number; value: unknown }[] | undefined): TicketRecord["custom_fields"] {
  const out: TicketRecord["custom_fields"] = {};
  for (const f of list ?? []) out[String(f.id)] = { id: f.id, value: f.value };
  return out;
}

const DATETIME_FIELDS = [
  "opened_datetime",
  "closed_datetime",
  "trashed_datetime",
  "snooze_datetime",
  "last_message_datetime",
  "last_received_message_datetime",
] as const;

export const listTickets: Handler<"listTickets"> = (ctx) => {
  const q = ctx.query;
  const view = q.view_id === undefined ? undefined : ctx.store.views.get(q.view_id);
  if (q.view_id !== undefined && !view) throw invalid({ view_id: `View ${q.view_id} does not exist.` });
  const orderBy = view && !ctx.querySent.has("order_by") ? viewOrder(view) : orderOf(ctx);
  const inView = view ? viewMatcher(ctx, view) : null;
  const ids = q.ticket_ids ? new Set<number>(q.ticket_ids) : null;
  const matches = (t: TicketRecord) =>
    (q.customer_id === undefined || t.customer_id === q.customer_id) &&
    (ids === null || ids.has(t.id)) &&
    (q.external_id === undefined || t.external_id === q.external_id) &&
    (q.trashed !== false || t.trashed_datetime === null) &&
    (q.rule_id === undefined || t.message_ids.some((m) => ctx.store.messages.get(m)?.rule_id === q.rule_id)) &&
    (inView === null || inView(t));
  const page = paginate(ctx.store.tickets.sorted(orderBy), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelopeText(ctx, page.items.map((t) => ticketText(ctx.store, t, true)), page.meta) };
};

export const getTicket: Handler<"getTicket"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.id);
  const customFields = ctx.query.relationships?.includes("custom_fields") ?? false;
  if (customFields) return { status: 200, body: ticketJson(ctx.store, ticket, { compact: false, customFields }) };
  return { status: 200, body: ticketText(ctx.store, ticket, false) };
};

export const createTicket: Handler<"createTicket"> = (ctx) => {
  const body = ctx.body;
  const messages = body.messages;
  const check = new ReferenceCheck(ctx.store);
  check.customer("customer.id", body.customer?.id);
  check.user("assignee_user.id", assigneeId(body.assignee_user));
  check.team("assignee_team.id", assigneeId(body.assignee_team));
  check.ticket("split_from", body.split_from);
  messages.forEach((m, i) => checkMessageReferences(check, `messages.${i}.`, m));
  check.done();

  const store = ctx.store;
  const first = messages[0]!;
  let customerId: number | null = body.customer ? customerFromRef(ctx, body.customer) : null;
  if (customerId === null) {
    const fromMessage = resolveCustomer(store, first.from_agent ? first.receiver : first.sender, ctx.now);
    customerId = fromMessage?.id ?? null;
  }
  const created = body.created_datetime ?? ctx.now;
  const ticket: TicketRecord = {
    id: store.tickets.allocateId(),
    external_id: body.external_id ?? null,
    status: body.status ?? "open",
    priority: body.priority ?? "normal",
    channel: body.channel ?? first.channel,
    via: body.via ?? first.via,
    from_agent: body.from_agent ?? first.from_agent,
    spam: body.spam ?? false,
    imported: body.imported ?? false,
    is_unread: true,
    subject: body.subject !== undefined ? body.subject : (first.subject ?? null),
    language: body.language ?? null,
    customer_id: customerId,
    assignee_user_id: assigneeId(body.assignee_user),
    assignee_team_id: assigneeId(body.assignee_team),
    tag_ids: [],
    message_ids: [],
    meta: body.meta ?? null,
    custom_fields: customFieldMap(body.custom_fields),
    created_datetime: created,
    updated_datetime: body.updated_datetime ?? created,
    opened_datetime: body.opened_datetime ?? null,
    closed_datetime: body.closed_datetime ?? (body.status === "closed" ? ctx.now : null),
    trashed_datetime: body.trashed_datetime ?? null,
    snooze_datetime: body.snooze_datetime ?? null,
    last_message_datetime: body.last_message_datetime ?? null,
    last_received_message_datetime: body.last_received_message_datetime ?? null,
  };
  store.tickets.insert(ticket);
  if (body.tags) setTagsOfTicket(store, ticket.id, tagIdsForNames(store, body.tags, ctx.now), ctx.now);
  for (const m of messages) addMessageToTicket(store, buildMessage(store, m, ticket, { principal: ctx.principal, now: ctx.now }));
  const updated = body.updated_datetime;
  if (updated) store.tickets.update(ticket.id, (t) => void (t.updated_datetime = updated));
  const json = ticketJson(store, requireTicket(store, ticket.id), { compact: false });
  return { status: 201, body: json, event: { objectId: ticket.id, data: json } };
};

export const updateTicket: Handler<"updateTicket"> = (ctx) => {
  const store = ctx.store;
  const ticket = requireTicket(store, ctx.path.id);
  const body = ctx.body;
  const check = new ReferenceCheck(store);
  check.customer("customer.id", body.customer?.id);
  check.user("assignee_user.id", body.assignee_user?.id);
  check.team("assignee_team.id", body.assignee_team?.id);
  check.done();

  const customerId = body.customer ? customerFromRef(ctx, body.customer) : undefined;
  const tagIds = body.tags ? tagIdsForNames(store, body.tags, ctx.now) : undefined;
  store.tickets.update(ticket.id, (t) => {
    assignDefined(t, body, ["subject", "channel", "via", "priority", "from_agent", "spam", "is_unread", "external_id", "language", "meta"] as const);
    if (body.status !== undefined && body.status !== t.status) {
      t.status = body.status;
      t.closed_datetime = body.status === "closed" ? ctx.now : null;
    }
    for (const key of DATETIME_FIELDS) if (body[key] !== undefined) t[key] = body[key];
    if (customerId !== undefined) t.customer_id = customerId;
    if (body.assignee_user) t.assignee_user_id = body.assignee_user.id ?? null;
    if (body.assignee_team) t.assignee_team_id = body.assignee_team.id ?? null;
    if (body.custom_fields) t.custom_fields = customFieldMap(body.custom_fields);
    t.updated_datetime = body.updated_datetime ?? ctx.now;
  });
  if (tagIds) setTagsOfTicket(store, ticket.id, tagIds, body.updated_datetime ?? ctx.now);
  return { status: 200, body: ticketJson(store, requireTicket(store, ticket.id), { compact: false }) };
};

/** Removes a ticket with its messages, keeping tag usage in step. */
export function removeTicket(store: Store, id: number, now: string): void {
  setTagsOfTicket(store, id, [], now);
  const ticket = store.tickets.delete(id);
  for (const messageId of ticket?.message_ids ?? []) store.messages.delete(messageId);
}

export const deleteTicket: Handler<"deleteTicket"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.id);
  const snapshot = ticketJson(ctx.store, ticket, { compact: false });
  removeTicket(ctx.store, ticket.id, ctx.now);
  return { status: 204, event: { objectId: ticket.id, data: snapshot } };
};

/** The id a create body's assignee names: null (or 0, which the live API also takes) means none. */
function assigneeId(ref: { id: number | null } | undefined): number | null {
  return ref?.id ? ref.id : null;
}
