import { components } from "@gorgias-kit/spec/schemas";
import type { Store } from "../store/store.js";
import { JsonText } from "./json-text.js";
import type { Schema } from "../schema.js";
import type {
  CustomerRecord,
  EventRecord,
  IntegrationRecord,
  MacroRecord,
  MessageRecord,
  TagRecord,
  TicketRecord,
  UserRecord,
  ViewRecord,
} from "../store/records.js";

/** How each stored record is shown in API responses, with references embedded. */

export function tagJson(tag: TagRecord): Schema<"Tag"> {
  return {
    id: tag.id,
    uri: `/api/tags/${tag.id}/`,
    name: tag.name,
    description: tag.description,
    decoration: tag.decoration,
    usage: tag.usage,
    created_datetime: tag.created_datetime,
    deleted_datetime: tag.deleted_datetime,
  };
}

/** The source kinds the spec knows; the type is open, but a source is derived only for a known one. */
const SOURCE_TYPES: ReadonlySet<string> = new Set(components.schemas.MessageSourceType.anyOf[0].enum);

function isSourceType(channel: string): boolean {
  return SOURCE_TYPES.has(channel);
}

/**
 * A message's routing details: as sent, or (when none was sent) derived from its channel, sender
 * and receiver. Deriving them when shown keeps the stored message small.
 */
function sourceOf(m: MessageRecord): Schema<"MessageSource"> | null {
  if (m.source) return m.source;
  if (!isSourceType(m.channel)) return null;
  return {
    type: m.channel,
    ...(m.sender?.email ? { from: { name: m.sender.name, address: m.sender.email } } : {}),
    to: m.receiver?.email ? [{ name: m.receiver.name, address: m.receiver.email }] : [],
    cc: [],
    bcc: [],
  };
}

export function messageJson(m: MessageRecord): Schema<"TicketMessage"> {
  const source = sourceOf(m);
  return {
    id: m.id,
    uri: `/api/tickets/${m.ticket_id}/messages/${m.id}/`,
    ticket_id: m.ticket_id,
    message_id: m.message_id,
    external_id: m.external_id,
    public: m.public,
    channel: m.channel,
    via: m.via,
    ...(source ? { source } : {}),
    ...(m.sender ? { sender: { ...m.sender } } : {}),
    receiver: m.receiver ? { ...m.receiver } : null,
    integration_id: m.integration_id,
    rule_id: m.rule_id,
    from_agent: m.from_agent,
    subject: m.subject,
    body_text: m.body_text,
    body_html: m.body_html,
    stripped_text: m.stripped_text,
    stripped_html: m.stripped_html,
    stripped_signature: m.stripped_signature,
    attachments: m.attachments,
    macros: m.macros,
    actions: m.actions,
    intents: [],
    headers: m.headers,
    imported: m.imported,
    meta: m.meta,
    created_datetime: m.created_datetime,
    processed_datetime: m.processed_datetime,
    sent_datetime: m.sent_datetime,
    failed_datetime: m.failed_datetime,
    opened_datetime: m.opened_datetime,
    last_sending_error: m.last_sending_error,
    is_retriable: m.failed_datetime !== null,
  };
}

function customerRef(store: Store, id: number | null): Schema<"Ticket">["customer"] {
  const c = id === null ? undefined : store.customers.get(id);
  if (!c) return null;
  return { id: c.id, email: c.email, name: c.name, firstname: c.firstname, lastname: c.lastname };
}

function userRef(store: Store, id: number | null): Schema<"Ticket">["assignee_user"] {
  const u = id === null ? undefined : store.users.get(id);
  if (!u) return null;
  return { id: u.id, email: u.email, name: u.name, firstname: u.firstname, lastname: u.lastname, meta: u.meta };
}

export interface TicketJsonOptions {
  /** List rows: no messages; excerpt, counts and delivery flag instead. */
  compact: boolean;
  /** `relationships=custom_fields`. */
  customFields?: boolean;
}

export function ticketJson(store: Store, t: TicketRecord, options: TicketJsonOptions): Schema<"Ticket"> {
  const team = t.assignee_team_id === null ? undefined : store.teams.get(t.assignee_team_id);
  const lastId = t.message_ids[t.message_ids.length - 1];
  const last = options.compact && lastId !== undefined ? store.messages.get(lastId) : undefined;
  // Key order is the API's: references, then the list-row or full-ticket fields, then the datetimes.
  return {
    id: t.id,
    uri: `/api/tickets/${t.id}/`,
    external_id: t.external_id,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    via: t.via,
    from_agent: t.from_agent,
    spam: t.spam,
    imported: t.imported,
    is_unread: t.is_unread,
    subject: t.subject,
    language: t.language,
    summary: null,
    customer: customerRef(store, t.customer_id),
    assignee_user: userRef(store, t.assignee_user_id),
    assignee_user_id: t.assignee_user_id,
    assignee_team: team ? { id: team.id, name: team.name } : null,
    assignee_team_id: t.assignee_team_id,
    tags: t.tag_ids.flatMap((id) => {
      const tag = store.tags.get(id);
      return tag ? [tagJson(tag)] : [];
    }),
    meta: t.meta,
    ...(options.customFields ? { custom_fields: t.custom_fields } : {}),
    ...(options.compact
      ? {
          excerpt: last?.body_text ? last.body_text.slice(0, 100) : null,
          messages_count: t.message_ids.length,
          integrations: [],
          last_sent_message_not_delivered: last ? last.failed_datetime !== null : false,
        }
      : {
          messages: t.message_ids.flatMap((id) => {
            const m = store.messages.get(id);
            return m ? [messageJson(m)] : [];
          }),
          satisfaction_survey: null,
        }),
    created_datetime: t.created_datetime,
    updated_datetime: t.updated_datetime,
    opened_datetime: t.opened_datetime,
    closed_datetime: t.closed_datetime,
    trashed_datetime: t.trashed_datetime,
    snooze_datetime: t.snooze_datetime,
    last_message_datetime: t.last_message_datetime,
    last_received_message_datetime: t.last_received_message_datetime,
  };
}

/** What embedded references of a ticket depend on: a change to any of these collections refreshes cached tickets. */
function ticketDependencies(store: Store): string {
  return `${store.customers.revision}.${store.users.revision}.${store.teams.revision}.${store.tags.revision}`;
}

/** A ticket's JSON text, cached until the ticket or anything it embeds changes. */
export function ticketText(store: Store, t: TicketRecord, compact: boolean): JsonText<Schema<"Ticket">> {
  return store.tickets.memo(t, compact ? "compact" : "full", ticketDependencies(store), () => JsonText.of(ticketJson(store, t, { compact })));
}

/** A customer's JSON text (without custom fields), cached until the customer changes. */
export function customerText(store: Store, c: CustomerRecord): JsonText<Schema<"Customer">> {
  return store.customers.memo(c, "json", "", () => JsonText.of(customerJson(c)));
}

export function customerJson(c: CustomerRecord, options: { customFields?: boolean } = {}): Schema<"Customer"> {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    firstname: c.firstname,
    lastname: c.lastname,
    external_id: c.external_id,
    language: c.language,
    timezone: c.timezone,
    note: c.note,
    channels: c.channels.map((ch) => ({ ...ch })),
    data: c.data,
    integrations: c.integrations,
    meta: c.meta,
    ...(options.customFields ? { custom_fields: c.custom_fields } : {}),
    created_datetime: c.created_datetime,
    updated_datetime: c.updated_datetime,
  };
}

export function userJson(u: UserRecord): Schema<"User"> {
  return { ...u, role: { ...u.role } };
}

export function macroJson(m: MacroRecord): Schema<"Macro"> {
  return { id: m.id, uri: `/api/macros/${m.id}/`, ...withoutId(m) };
}

/**
 * A view as the API shows it: the users and teams it is shared with are small objects (the record
 * keeps their ids, as request bodies send them). One deleted since is no longer listed.
 */
export function viewJson(store: Store, v: ViewRecord): Schema<"View"> {
  return {
    id: v.id,
    uri: `/api/views/${v.id}/`,
    ...withoutId(v),
    shared_with_teams: v.shared_with_teams.flatMap((id) => {
      const team = store.teams.get(id);
      return team ? [{ id: team.id, name: team.name, decoration: null }] : [];
    }),
    shared_with_users: v.shared_with_users.flatMap((id) => {
      const user = store.users.get(id);
      return user ? [{ id: user.id, name: user.name, meta: sharedUserMeta(user.meta) }] : [];
    }),
  };
}

/** The two keys of a user's `meta` a view's share list shows. */
function sharedUserMeta(meta: UserRecord["meta"]): Schema<"ViewSharedUser">["meta"] {
  if (meta === null) return null;
  const pick = (key: string) => (typeof meta[key] === "string" ? (meta[key] as string) : null);
  return { sso: pick("sso"), profile_picture_url: pick("profile_picture_url") };
}

export function integrationJson(i: IntegrationRecord): Schema<"Integration"> {
  let http: Schema<"IntegrationHttp"> | null = null;
  if (i.http) {
    // hmac_secret and oauth2.client_secret are write-only in the spec: never returned.
    const { hmac_secret: _secret, oauth2, ...rest } = i.http;
    http = { ...rest };
    if (oauth2 !== undefined) {
      if (oauth2 === null) http.oauth2 = null;
      else {
        const { client_secret: _clientSecret, ...publicOauth } = oauth2;
        http.oauth2 = publicOauth;
      }
    }
  }
  return { id: i.id, uri: `/api/integrations/${i.id}/`, ...withoutId(i), http };
}

export function eventJson(e: EventRecord): Schema<"Event"> {
  return { id: e.id, uri: `/api/events/${e.id}/`, ...withoutId(e) };
}

function withoutId<T extends { id: number }>(record: T): Omit<T, "id"> {
  const { id: _id, ...rest } = record;
  return rest;
}
