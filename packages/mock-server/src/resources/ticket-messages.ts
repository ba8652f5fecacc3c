import { notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { MessageRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { messageJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import { addMessageToTicket, buildMessage, checkMessageReferences } from "./message-builder.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";
import { requireTicket } from "./tickets.js";

function requireMessage(store: Store, ticketId: number, id: number): MessageRecord {
  requireTicket(store, ticketId);
  const message = store.messages.get(id);
  if (!message || message.ticket_id !== ticketId) throw notFound("Message", id);
  return message;
}

export const listMessages: Handler<"listMessages"> = (ctx) => {
  const ticketId = ctx.query.ticket_id;
  const page = paginate(ctx.store.messages.sorted(orderOf(ctx)), (m) => ticketId === undefined || m.ticket_id === ticketId, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(messageJson), page.meta) };
};

/** The deprecated per-ticket list: the same messages as `listMessages?ticket_id=`, oldest first. */
export const listTicketMessages: Handler<"listTicketMessages"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const page = paginate(ctx.store.messages.sorted(orderOf(ctx)), (m) => m.ticket_id === ticket.id, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(messageJson), page.meta) };
};

export const getTicketMessage: Handler<"getTicketMessage"> = (ctx) => ({ status: 200, body: messageJson(requireMessage(ctx.store, ctx.path.ticket_id, ctx.path.id)) });

export const createTicketMessage: Handler<"createTicketMessage"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const input = ctx.body;
  const check = new ReferenceCheck(ctx.store);
  checkMessageReferences(check, "", input);
  check.done();
  const message = addMessageToTicket(
    ctx.store,
    buildMessage(ctx.store, input, ticket, { principal: ctx.principal, now: ctx.now }),
  );
  const json = messageJson(message);
  return { status: 201, body: json, event: { objectId: message.id, data: json } };
};

export const updateTicketMessage: Handler<"updateTicketMessage"> = (ctx) => {
  const store = ctx.store;
  const message = requireMessage(store, ctx.path.ticket_id, ctx.path.id);
  const body = ctx.body;
  const check = new ReferenceCheck(store);
  checkMessageReferences(check, "", body);
  check.done();
  const ticket = store.tickets.get(message.ticket_id)!;
  // `cancel` deletes a message whose external action failed; the answer is the message as it was.
  if (ctx.query.action === "cancel" && message.failed_datetime !== null) {
    const snapshot = messageJson(message);
    removeMessage(store, message, ctx.now);
    return { status: 202, body: snapshot };
  }
  const rebuilt = buildMessage(store, { ...body, created_datetime: message.created_datetime }, ticket, { principal: ctx.principal, now: ctx.now });
  const updated = store.messages.update(message.id, (m) => {
    m.channel = body.channel;
    m.via = body.via;
    m.from_agent = body.from_agent;
    if (body.public !== undefined) m.public = body.public;
    assignDefined(m, body, ["subject", "body_text", "body_html", "message_id", "external_id", "integration_id", "headers", "meta", "sent_datetime", "failed_datetime"] as const);
    if (body.body_text !== undefined) m.stripped_text = body.body_text;
    if (body.body_html !== undefined) m.stripped_html = body.body_html;
    if (body.sender) m.sender = rebuilt.sender;
    if (body.receiver) m.receiver = rebuilt.receiver;
    if (body.source) m.source = body.source;
    if (body.attachments) m.attachments = body.attachments;
    if (body.mention_ids) m.mention_ids = body.mention_ids;
    if ((ctx.query.action === "retry" || ctx.query.action === "force") && m.failed_datetime !== null) {
      m.sent_datetime = ctx.now;
      m.failed_datetime = null;
      m.last_sending_error = null;
    }
  });
  store.tickets.update(ticket.id, (t) => void (t.updated_datetime = ctx.now));
  return { status: 202, body: messageJson(updated) };
};

export const deleteTicketMessage: Handler<"deleteTicketMessage"> = (ctx) => {
  const message = requireMessage(ctx.store, ctx.path.ticket_id, ctx.path.id);
  const snapshot = messageJson(message);
  removeMessage(ctx.store, message, ctx.now);
  return { status: 204, event: { objectId: message.id, data: snapshot } };
};

function removeMessage(store: Store, message: MessageRecord, now: string): void {
  store.messages.delete(message.id);
  store.tickets.update(message.ticket_id, (t) => {
    t.message_ids = t.message_ids.filter((id) => id !== message.id);
    t.updated_datetime = now;
  });
}

