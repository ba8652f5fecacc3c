import { invalid, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { ViewRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { ticketText, viewJson } from "./json-views.js";
import { listEnvelope, listEnvelopeText, orderOf, pageQuery, viewItemsEnvelopeText } from "./list-envelope.js";
import { ReferenceCheck } from "./references.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler } from "./operation-context.js";
import { FilterSyntaxError, parseFilter } from "./view-filter.js";
import { viewMatcher, viewOrder } from "./view-matcher.js";

function requireView(store: Store, id: number): ViewRecord {
  const view = store.views.get(id);
  if (!view) throw notFound("View", id);
  return view;
}

/** 400 naming each user or team a view would be shared with that does not exist. */
function assertSharesExist(store: Store, body: { shared_with_teams?: number[]; shared_with_users?: number[] }): void {
  const check = new ReferenceCheck(store);
  body.shared_with_teams?.forEach((id, i) => check.team(`shared_with_teams.${i}`, id));
  body.shared_with_users?.forEach((id, i) => check.user(`shared_with_users.${i}`, id));
  check.done();
}

/** 400 naming `filters` when the expression does not parse. */
function assertFilterParses(filters: string | undefined): void {
  if (filters === undefined) return;
  try {
    parseFilter(filters);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalid({ filters: error.message });
    throw error;
  }
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

const FIELDS = ["name", "slug", "type", "visibility", "decoration", "fields", "filters", "order_by", "order_dir", "search", "shared_with_teams", "shared_with_users"] as const;

export const listViews: Handler<"listViews"> = (ctx) => {
  const page = paginate(ctx.store.views.sorted(orderOf(ctx)), () => true, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map((v) => viewJson(ctx.store, v)), page.meta) };
};

export const getView: Handler<"getView"> = (ctx) => ({ status: 200, body: viewJson(ctx.store, requireView(ctx.store, ctx.path.id)) });

export const createView: Handler<"createView"> = (ctx) => {
  const body = ctx.body;
  assertFilterParses(body.filters);
  assertSharesExist(ctx.store, body);
  const name = body.name ?? "";
  const view = ctx.store.views.insert({
    id: ctx.store.views.allocateId(),
    name,
    slug: body.slug ?? (slugify(name) || null),
    type: body.type ?? "ticket-list",
    category: "user",
    visibility: body.visibility ?? "public",
    decoration: body.decoration ?? null,
    fields: body.fields ?? ["details", "customer", "last_message", "status", "assignee"],
    filters: body.filters ?? null,
    order_by: body.order_by ?? "updated_datetime",
    order_dir: body.order_dir ?? "desc",
    search: body.search ?? null,
    shared_with_teams: body.shared_with_teams ?? [],
    shared_with_users: body.shared_with_users ?? [],
    created_datetime: ctx.now,
    deactivated_datetime: null,
  });
  return { status: 201, body: viewJson(ctx.store, view) };
};

export const updateView: Handler<"updateView"> = (ctx) => {
  const view = requireView(ctx.store, ctx.path.id);
  const body = ctx.body;
  assertFilterParses(body.filters);
  assertSharesExist(ctx.store, body);
  const updated = ctx.store.views.update(view.id, (v) => {
    assignDefined(v, body, FIELDS);
  });
  return { status: 200, body: viewJson(ctx.store, updated) };
};

export const deleteView: Handler<"deleteView"> = (ctx) => {
  const view = requireView(ctx.store, ctx.path.id);
  ctx.store.views.delete(view.id);
  return { status: 204 };
};

/**
 * The tickets a view selects, in the view's order unless `order_by` overrides it. The page links
 * its neighbours as relative URLs (`meta.next_items`, `meta.prev_items`) carrying the cursor, the
 * direction and the filters sent (`order_by`, `ignored_item`), but not `limit`, as the live API does.
 */
export const listViewItems: Handler<"listViewItems"> = (ctx) => {
  const view = requireView(ctx.store, ctx.path.view_id);
  const orderBy = ctx.querySent.has("order_by") ? orderOf(ctx) : viewOrder(view);
  const inView = viewMatcher(ctx, view);
  const ignored = ctx.query.ignored_item;
  const page = paginate(ctx.store.tickets.sorted(orderBy), (t) => t.id !== ignored && inView(t), {
    ...pageQuery(ctx),
    ...(ctx.query.direction ? { direction: ctx.query.direction } : {}),
    cursorSource: "the cursor of meta.next_items or meta.prev_items",
  });
  const link = (cursor: string | null, direction: "next" | "prev"): string | null => {
    if (cursor === null) return null;
    const query = new URLSearchParams({ cursor, direction });
    if (ctx.querySent.has("order_by") && ctx.query.order_by) query.set("order_by", ctx.query.order_by);
    if (ignored !== undefined) query.set("ignored_item", String(ignored));
    return `/api/views/${view.id}/items?${query}`;
  };
  const meta = {
    current_cursor: ctx.query.cursor ?? null,
    next_items: link(page.meta.next_cursor, "next"),
    prev_items: link(page.meta.prev_cursor, "prev"),
  };
  return { status: 200, body: viewItemsEnvelopeText(ctx, page.items.map((t) => ticketText(ctx.store, t, true)), meta) };
};

/**
 * The tickets a view definition sent in the body selects. View 0 is defined by the body alone;
 * a saved view's own definition is overridden field by field. Nothing is stored.
 */
export const searchViewItems: Handler<"searchViewItems"> = (ctx) => {
  const given = ctx.body.view;
  assertFilterParses(given.filters ?? undefined);
  const base: ViewRecord =
    ctx.path.view_id === 0
      ? { ...AD_HOC_VIEW, created_datetime: ctx.now }
      : requireView(ctx.store, ctx.path.view_id);
  const view: ViewRecord = {
    ...base,
    ...(given.filters !== undefined ? { filters: given.filters } : {}),
    ...(given.search !== undefined ? { search: given.search } : {}),
    ...(given.order_by !== undefined ? { order_by: given.order_by } : {}),
    ...(given.order_dir !== undefined ? { order_dir: given.order_dir } : {}),
  };
  const orderBy = ctx.querySent.has("order_by") ? orderOf(ctx) : viewOrder(view);
  const inView = viewMatcher(ctx, view);
  const ignored = ctx.query.ignored_item;
  const page = paginate(ctx.store.tickets.sorted(orderBy), (t) => t.id !== ignored && inView(t), {
    ...pageQuery(ctx),
    ...(ctx.query.direction ? { direction: ctx.query.direction } : {}),
  });
  return { status: 200, body: listEnvelopeText(ctx, page.items.map((t) => ticketText(ctx.store, t, true)), page.meta) };
};

/** What view 0 starts from: every ticket, newest first. */
const AD_HOC_VIEW: Omit<ViewRecord, "created_datetime"> = {
  id: 0,
  name: "Search",
  slug: null,
  type: "ticket-list",
  category: null,
  visibility: "private",
  decoration: null,
  fields: [],
  filters: null,
  order_by: "created_datetime",
  order_dir: "desc",
  search: null,
  shared_with_teams: [],
  shared_with_users: [],
  deactivated_datetime: null,
};
