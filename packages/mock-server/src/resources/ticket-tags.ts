import { tagJson } from "./json-views.js";
import type { Handler, OperationContext } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";
import { requireTicket } from "./tickets.js";
import { setTagsOfTicket, tagIdsForNames, tagNamed } from "./tag-sets.js";

interface TagsChange {
  ids?: number[];
  names?: string[];
}

/** Tag ids a change names: ids must exist; names are created when new (unless only removing). */
function idsOf(ctx: OperationContext, change: TagsChange, createMissing: boolean): number[] {
  const check = new ReferenceCheck(ctx.store);
  change.ids?.forEach((id, i) => check.tag(`ids.${i}`, id));
  check.done();
  const byName = createMissing
    ? tagIdsForNames(ctx.store, (change.names ?? []).map((name) => ({ name })), ctx.now)
    : (change.names ?? []).flatMap((name) => tagNamed(ctx.store, name)?.id ?? []);
  return [...(change.ids ?? []), ...byName];
}

/** A ticket's tags as a plain array, in the order they were applied: this list is not paged. */
export const listTicketTags: Handler<"listTicketTags"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  return { status: 200, body: ticket.tag_ids.flatMap((id) => ctx.store.tags.get(id) ?? []).map(tagJson) };
};

export const addTicketTags: Handler<"addTicketTags"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const added = idsOf(ctx, ctx.body, true);
  setTagsOfTicket(ctx.store, ticket.id, [...ticket.tag_ids, ...added], ctx.now);
  return { status: 201 };
};

export const setTicketTags: Handler<"setTicketTags"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  setTagsOfTicket(ctx.store, ticket.id, idsOf(ctx, ctx.body, true), ctx.now);
  return { status: 202 };
};

export const removeTicketTags: Handler<"removeTicketTags"> = (ctx) => {
  const ticket = requireTicket(ctx.store, ctx.path.ticket_id);
  const removed = new Set(idsOf(ctx, ctx.body, false));
  setTagsOfTicket(ctx.store, ticket.id, ticket.tag_ids.filter((id) => !removed.has(id)), ctx.now);
  return { status: 204 };
};
