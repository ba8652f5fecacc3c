import type { Principal } from "../engine/credentials.js";
import type { Store } from "../store/store.js";
import type { Schema } from "../schema.js";
import type { CustomerRecord, MessageRecord, ParticipantRecord, UserRecord } from "../store/records.js";
import { createCustomerFrom, customerWithEmail, liveCustomer } from "./customer-lookup.js";
import type { ReferenceCheck } from "./references.js";
import { datetimeMs } from "../engine/api-datetime.js";

/** A message as the API takes it: in TicketCreate's `messages`, or as a TicketMessageCreate (an update is a subset). */
export type MessageInput = Schema<"TicketMessageCreate">;

/** A sender or receiver as a message body names it. */
export type ParticipantInput = Schema<"MessageParticipant">;

/** Checks the ids a message refers to: agents' participants are users, customers' are customers. */
export function checkMessageReferences(check: ReferenceCheck, prefix: string, m: MessageInput): void {
  if (m.from_agent) {
    check.user(`${prefix}sender.id`, m.sender?.id);
    check.customer(`${prefix}receiver.id`, m.receiver?.id);
  } else {
    check.customer(`${prefix}sender.id`, m.sender?.id);
    check.user(`${prefix}receiver.id`, m.receiver?.id);
  }
  m.mention_ids?.forEach((id, i) => check.user(`${prefix}mention_ids.${i}`, id));
  m.macros?.forEach((ref, i) => check.macro(`${prefix}macros.${i}.id`, ref.id));
  check.integration(`${prefix}integration_id`, m.integration_id);
}

export function userParticipant(u: UserRecord): ParticipantRecord {
  return { id: u.id, email: u.email, name: u.name, firstname: u.firstname, lastname: u.lastname, meta: u.meta };
}

export function customerParticipant(c: CustomerRecord): ParticipantRecord {
  return { id: c.id, email: c.email, name: c.name, firstname: c.firstname, lastname: c.lastname, meta: c.meta };
}

/** The customer a participant names, found by id or email, or created from its email. */
export function resolveCustomer(store: Store, p: ParticipantInput | undefined, now: string): CustomerRecord | undefined {
  if (!p) return undefined;
  if (p.id !== undefined) return liveCustomer(store, p.id);
  if (p.email) return customerWithEmail(store, p.email) ?? createCustomerFrom(store, p, now);
  return undefined;
}

function resolveUser(store: Store, p: ParticipantInput | undefined): ParticipantRecord | null {
  if (!p) return null;
  if (p.id !== undefined) {
    const u = store.users.get(p.id);
    return u ? userParticipant(u) : null;
  }
  if (p.email) {
    for (const u of store.users.values()) if (u.email.toLowerCase() === p.email.toLowerCase()) return userParticipant(u);
  }
  return { id: 0, email: p.email ?? null, name: p.name ?? null, firstname: p.firstname ?? null, lastname: p.lastname ?? null, meta: null };
}

/**
 * Builds (without inserting) a message of a ticket. References were checked beforehand; customers
 * named only by email are created here. A message is "sent" on creation unless it carries
 * `sent_datetime` (an import). No external action fails in the mock, so the `action` policy
 * (what to do about a failed one) changes nothing on creation.
 */
export function buildMessage(
  store: Store,
  input: MessageInput,
  ticket: { id: number; customer_id: number | null },
  context: { principal: Principal; now: string },
): MessageRecord {
  const { now } = context;
  const ticketCustomer = ticket.customer_id === null ? undefined : store.customers.get(ticket.customer_id);
  let sender: ParticipantRecord | null;
  let receiver: ParticipantRecord | null;
  if (input.from_agent) {
    const actingUser = context.principal.userId === null ? undefined : store.users.get(context.principal.userId);
    sender = input.sender ? resolveUser(store, input.sender) : actingUser ? userParticipant(actingUser) : null;
    const customer = resolveCustomer(store, input.receiver, now) ?? ticketCustomer;
    receiver = customer ? customerParticipant(customer) : null;
  } else {
    const customer = resolveCustomer(store, input.sender, now) ?? ticketCustomer;
    sender = customer ? customerParticipant(customer) : null;
    receiver = input.receiver ? resolveUser(store, input.receiver) : null;
  }
  const internal = input.channel === "internal-note";
  const created = input.created_datetime ?? now;
  return {
    id: 0,
    ticket_id: ticket.id,
    message_id: input.message_id ?? null,
    external_id: input.external_id ?? null,
    public: input.public ?? !internal,
    channel: input.channel,
    via: input.via,
    source: input.source ?? null,
    sender,
    receiver,
    integration_id: input.integration_id ?? null,
    rule_id: null,
    from_agent: input.from_agent,
    subject: input.subject ?? null,
    body_text: input.body_text ?? null,
    body_html: input.body_html ?? null,
    stripped_text: input.stripped_text ?? input.body_text ?? null,
    stripped_html: input.stripped_html ?? input.body_html ?? null,
    stripped_signature: input.stripped_signature ?? null,
    attachments: input.attachments ?? [],
    macros: input.macros ?? [],
    actions: input.actions ?? [],
    headers: input.headers ?? null,
    mention_ids: input.mention_ids ?? [],
    imported: input.imported ?? input.sent_datetime !== undefined,
    meta: input.meta ?? null,
    created_datetime: created,
    processed_datetime: now,
    sent_datetime: input.sent_datetime !== undefined ? input.sent_datetime : created,
    failed_datetime: input.failed_datetime ?? null,
    opened_datetime: input.opened_datetime ?? null,
    last_sending_error: input.last_sending_error ?? null,
  };
}

/** Inserts a built message and updates its ticket's message list and datetimes. */
export function addMessageToTicket(store: Store, message: MessageRecord): MessageRecord {
  const inserted = store.messages.insert({ ...message, id: store.messages.allocateId() });
  store.tickets.update(message.ticket_id, (t) => {
    t.message_ids = [...t.message_ids, inserted.id];
    const at = inserted.created_datetime;
    if (!t.last_message_datetime || datetimeMs(at) >= datetimeMs(t.last_message_datetime)) t.last_message_datetime = at;
    if (!inserted.from_agent && (!t.last_received_message_datetime || datetimeMs(at) >= datetimeMs(t.last_received_message_datetime))) {
      t.last_received_message_datetime = at;
    }
    t.updated_datetime = inserted.processed_datetime ?? at;
  });
  return inserted;
}
