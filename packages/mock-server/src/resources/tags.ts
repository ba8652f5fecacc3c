import { ApiError, conflict, notFound } from "../engine/api-error.js";
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

/** Deletes a tag and takes it off every ticket. */
function removeTag(store: Store, tag: TagRecord, now: string): void {
  for (const t of [...store.tickets.values()]) {
    if (t.tag_ids.includes(tag.id)) setTagsOfTicket(store, t.id, t.tag_ids.filter((id) => id !== tag.id), now);
  }
  store.tags.delete(tag.id);
}

export const deleteTag: Handler<"deleteTag"> = (ctx) => {
  const tag = requireTag(ctx.store, ctx.path.id);
  removeTag(ctx.store, tag, ctx.now);
  return { status: 204 };
};

/** The names of the macros whose `addTags` action applies the tag. */
function macrosUsing(store: Store, name: string): string[] {
  const users: string[] = [];
  for (const m of store.macros.values()) {
    const applies = m.actions.some((a) => a.name === "addTags" && String(a.arguments?.tags ?? "").split(",").some((t) => t.trim() === name));
    if (applies) users.push(m.name);
  }
  return users;
}

/**
 * Deletes several tags: every id must exist and no macro may apply one (404 or 409, and nothing
 * is deleted). Views that filter on a deleted tag's name are deactivated, as the docs say.
 */
export const deleteTags: Handler<"deleteTags"> = (ctx) => {
  const { ids } = ctx.body;
  const unknown = ids.filter((id) => !ctx.store.tags.has(id));
  if (unknown.length > 0) throw new ApiError(404, `Tag ${unknown.join(", ")} not found; nothing was deleted.`, { ids: `Unknown tag id(s): ${unknown.join(", ")}.` });
  const tags = ids.map((id) => requireTag(ctx.store, id));
  const inUse = Object.fromEntries(tags.flatMap((t) => {
    const macros = macrosUsing(ctx.store, t.name);
    return macros.length > 0 ? [[String(t.id), `Used by the macro(s) ${macros.join(", ")}.`]] : [];
  }));
  if (Object.keys(inUse).length > 0) throw conflict("Tags that macros use cannot be deleted; nothing was deleted.", inUse);
  for (const tag of tags) {
    for (const view of [...ctx.store.views.values()]) {
      if (view.deactivated_datetime === null && (view.filters ?? "").includes("ticket.tags") && (view.filters ?? "").includes(`'${tag.name}'`)) {
        ctx.store.views.update(view.id, (v) => void (v.deactivated_datetime = ctx.now));
      }
    }
    removeTag(ctx.store, tag, ctx.now);
  }
  return { status: 204 };
};
