import { customerJson, messageJson, tagJson, userJson } from "../resources/json-views.js";
import type { Schema } from "../schema.js";
import type { TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The flat ticket an HTTP integration's templates see (`TicketHttpIntegrationContext`). */
export function ticketContext(store: Store, t: TicketRecord): Schema<"TicketHttpIntegrationContext"> {
  const context: Schema<"TicketHttpIntegrationContext"> = {
    id: t.id,
    external_id: t.external_id,
    status: t.status,
    channel: t.channel,
    via: t.via,
    spam: t.spam,
    from_agent: t.from_agent,
    // The docs type it as an integer; a mock ticket always has a customer once created through the API.
    customer_id: t.customer_id ?? 0,
    assignee_user_id: t.assignee_user_id,
    assignee_team_id: t.assignee_team_id,
    subject: t.subject,
    meta: t.meta,
    language: t.language,
    created_datetime: t.created_datetime,
    opened_datetime: t.opened_datetime,
    trashed_datetime: t.trashed_datetime,
    last_message_datetime: t.last_message_datetime,
    last_received_message_datetime: t.last_received_message_datetime,
    updated_datetime: t.updated_datetime,
    closed_datetime: t.closed_datetime,
    snooze_datetime: t.snooze_datetime,
    custom_fields: Object.keys(t.custom_fields).length > 0 ? { ...t.custom_fields } : null,
    tags: t.tag_ids.flatMap((id) => {
      const tag = store.tags.get(id);
      return tag ? [tagJson(tag)] : [];
    }),
  };
  // The docs' templates reach related records (`{{ticket.customer.email}}`) that the flat context
  // names only by id. Non-enumerable, they resolve in templates but stay out of a `{{context}}` body.
  const customer = t.customer_id === null ? undefined : store.customers.get(t.customer_id);
  const assignee = t.assignee_user_id === null ? undefined : store.users.get(t.assignee_user_id);
  Object.defineProperties(context, {
    customer: { value: customer ? customerJson(customer) : null, enumerable: false },
    assignee_user: { value: assignee ? userJson(assignee) : null, enumerable: false },
  });
  return context;
}

/**
 * What a trigger's templates are rendered against (`HttpIntegrationDelivery`): the flat `ticket`,
 * and `message` for message triggers; `{{context}}` renders the whole of it.
 */
export function deliveryContext(store: Store, ticket: TicketRecord, messageId: number | null): Record<string, unknown> {
  const message = messageId === null ? undefined : store.messages.get(messageId);
  const context: Schema<"HttpIntegrationDelivery"> = { ticket: ticketContext(store, ticket), ...(message ? { message: messageJson(message) } : {}) };
  return { ...context, context };
}
