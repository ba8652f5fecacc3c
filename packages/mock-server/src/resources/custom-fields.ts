import { ApiError, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { CustomFieldRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";

export function requireCustomField(store: Store, id: number): CustomFieldRecord {
  const field = store.customFields.get(id);
  if (!field) throw notFound("Custom field", id);
  return field;
}

/** The fields of a custom field a write may change (every one but `id` and the datetimes it keeps). */
type CustomFieldChanges = Partial<Omit<CustomFieldRecord, "id" | "created_datetime" | "updated_datetime">>;

function applyChanges(store: Store, id: number, changes: CustomFieldChanges, now: string): CustomFieldRecord {
  return store.customFields.update(id, (f) => {
    for (const [key, value] of Object.entries(structuredClone(changes))) {
      if (value !== undefined && key !== "id") Object.assign(f, { [key]: value });
    }
    f.updated_datetime = now;
  });
}

export const listCustomFields: Handler<"listCustomFields"> = (ctx) => {
  const q = ctx.query;
  const search = q.search?.toLowerCase();
  const matches = (f: CustomFieldRecord) =>
    f.object_type === q.object_type &&
    (search === undefined || f.label.toLowerCase().includes(search)) &&
    (q.archived === undefined || (f.deactivated_datetime !== null && f.deactivated_datetime !== undefined) === q.archived);
  const page = paginate(ctx.store.customFields.sorted(orderOf(ctx)), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map((f) => structuredClone(f)), page.meta) };
};

export const getCustomField: Handler<"getCustomField"> = (ctx) => ({ status: 200, body: structuredClone(requireCustomField(ctx.store, ctx.path.id)) });

export const createCustomField: Handler<"createCustomField"> = (ctx) => {
  const body = ctx.body;
  const field = ctx.store.customFields.insert({
    id: ctx.store.customFields.allocateId(),
    object_type: body.object_type,
    label: body.label,
    description: body.description ?? null,
    external_id: body.external_id ?? null,
    priority: body.priority ?? 0,
    required: body.required ?? false,
    managed_type: body.managed_type ?? null,
    definition: structuredClone(body.definition),
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    deactivated_datetime: body.deactivated_datetime ?? null,
  });
  return { status: 201, body: structuredClone(field) };
};

export const updateCustomField: Handler<"updateCustomField"> = (ctx) => {
  const field = requireCustomField(ctx.store, ctx.path.id);
  return { status: 200, body: structuredClone(applyChanges(ctx.store, field.id, ctx.body, ctx.now)) };
};

export const updateCustomFields: Handler<"updateCustomFields"> = (ctx) => {
  const items = ctx.body;
  // Every id is checked before anything changes: a bad id leaves every field as it was.
  const unknown = items.map((item, i) => [i, item.id] as const).filter(([, id]) => !ctx.store.customFields.has(id));
  if (unknown.length > 0) {
    throw new ApiError(404, `Custom field ${unknown.map(([, id]) => id).join(", ")} not found; nothing was changed.`, Object.fromEntries(unknown.map(([i, id]) => [`${i}.id`, `Custom field ${id} does not exist.`])));
  }
  const seen = new Set<number>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) throw new ApiError(400, `Invalid request: ${i}.id: Custom field ${item.id} is listed twice.`, { [`${i}.id`]: "Listed twice." });
    seen.add(item.id);
  }
  const updated = items.map(({ id, ...changes }) => structuredClone(applyChanges(ctx.store, id, changes, ctx.now)));
  return { status: 200, body: updated };
};
