import { conflict, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { TagRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { tagJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";
import { setTagsOfTicket, tagNamed } from "./tag-sets.js";

export function requireTag(store: Store, id: number): TagRecord {
  const tag = store.tags.get(id);
  if (!tag) throw notFound("Tag", id);
  return tag;
}

function assertNameFree(store: Store, name: string | undefined, exceptId?: number): void {
  if (name === undefined) return;
  const existing = tagNamed(store, name);
  if (existing && existing.id !== exceptId) throw conflict("A tag with this name already exists.", { name: "Already used by another tag." });
}

export const listTags: Handler<"listTags"> = (ctx) => {
  const search = ctx.query.search?.toLowerCase();
  const page = paginate(ctx.store.tags.sorted(orderOf(ctx)), (t) => search === undefined || t.name.toLowerCase().includes(search), pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(tagJson), page.meta) };
};

export const getTag: Handler<"getTag"> = (ctx) => ({ status: 200, body: tagJson(requireTag(ctx.store, ctx.path.id)) });

export const createTag: Handler<"createTag"> = (ctx) => {
  const body = ctx.body;
  assertNameFree(ctx.store, body.name);
  const tag = ctx.store.tags.insert({
    id: ctx.store.tags.allocateId(),
    name: body.name,
    description: body.description ?? null,
    decoration: body.decoration ?? null,
    usage: 0,
    created_datetime: ctx.now,
    deleted_datetime: null,
  });
  const json = tagJson(tag);
  return { status: 201, body: json, event: { objectId: tag.id, data: json } };
};

export const updateTag: Handler<"updateTag"> = (ctx) => {
  const tag = requireTag(ctx.store, ctx.path.id);
  const body = ctx.body;
  assertNameFree(ctx.store, body.name, tag.id);
  const updated = ctx.store.tags.update(tag.id, (t) => {
    if (body.name !== undefined) t.name = body.name;
    if (body.description !== undefined) t.description = body.description;
    if (body.decoration !== undefined) t.decoration = body.decoration;
  });
  const json = tagJson(updated);
  return { status: 200, body: json, event: { objectId: tag.id, data: json } };
};

export const deleteTag: Handler<"deleteTag"> = (ctx) => {
  const tag = requireTag(ctx.store, ctx.path.id);
  for (const t of [...ctx.store.tickets.values()]) {
    if (t.tag_ids.includes(tag.id)) setTagsOfTicket(ctx.store, t.id, t.tag_ids.filter((id) => id !== tag.id), ctx.now);
  }
  ctx.store.tags.delete(tag.id);
  return { status: 204 };
};
