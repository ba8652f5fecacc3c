import { ApiError, conflict, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { CustomerChannelRecord, CustomerRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { customerWithEmail } from "./customer-lookup.js";
import { customerJson, customerText } from "./json-views.js";
import { listEnvelopeText, orderOf, pageQuery } from "./list-envelope.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler } from "./operation-context.js";
import { viewMatcher } from "./view-matcher.js";

interface ChannelInput {
  type: string;
  address: string;
  preferred?: boolean;
}

export function requireCustomer(store: Store, id: number): CustomerRecord {
  const customer = store.customers.get(id);
  if (!customer) throw notFound("Customer", id);
  return customer;
}

/** 409 when another customer already uses this email. */
export function assertEmailFree(store: Store, email: string | null | undefined, exceptIds: readonly number[] = []): void {
  if (email && customerWithEmail(store, email, exceptIds)) {
    throw conflict("A customer with this email already exists.", { email: "Already used by another customer." });
  }
}

export function channelRecords(store: Store, channels: readonly ChannelInput[], now: string): CustomerChannelRecord[] {
  return channels.map((ch) => ({
    id: store.nextCustomerChannelId(),
    type: ch.type,
    address: ch.address,
    preferred: ch.preferred ?? false,
    created_datetime: now,
    updated_datetime: now,
    deleted_datetime: null,
  }));
}

const SCALAR_FIELDS = ["email", "name", "firstname", "lastname", "external_id", "language", "timezone", "note", "meta"] as const;

export const listCustomers: Handler<"listCustomers"> = (ctx) => {
  const q = ctx.query;
  const view = q.view_id === undefined ? undefined : ctx.store.views.get(q.view_id);
  if (q.view_id !== undefined && !view) throw new ApiError(400, `Invalid request: view_id: View ${q.view_id} does not exist.`, { view_id: `View ${q.view_id} does not exist.` });
  // A ticket view selects customers through their tickets.
  let viewCustomers: Set<number> | null = null;
  if (view) {
    const inView = viewMatcher(ctx, view);
    viewCustomers = new Set();
    for (const t of ctx.store.tickets.values()) if (t.customer_id !== null && inView(t)) viewCustomers.add(t.customer_id);
  }
  const eq = (a: string | null, b: string | undefined) => b === undefined || (a ?? "").toLowerCase() === b.toLowerCase();
  const matches = (c: CustomerRecord) =>
    eq(c.email, q.email) &&
    (q.external_id === undefined || c.external_id === q.external_id) &&
    eq(c.name, q.name) &&
    eq(c.language, q.language) &&
    (q.timezone === undefined || c.timezone === q.timezone) &&
    (q.channel_type === undefined && q.channel_address === undefined
      ? true
      : c.channels.some((ch) => (q.channel_type === undefined || ch.type === q.channel_type) && (q.channel_address === undefined || ch.address.toLowerCase() === String(q.channel_address).toLowerCase()))) &&
    (viewCustomers === null || viewCustomers.has(c.id));
  const orderBy = orderOf(ctx);
  const page = paginate(ctx.store.customers.sorted(orderBy), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelopeText(ctx, page.items.map((c) => customerText(ctx.store, c)), page.meta) };
};

/**
 * The 301 a merged customer's id answers on every method (the live API does so since 2024-05-06),
 * with an empty body and the survivor's `Location`; null when the id was not merged.
 */
export function movedCustomer(store: Store, id: number): { status: 301; headers: { location: string } } | null {
  if (store.customers.has(id)) return null;
  const survivor = store.survivorOf(id);
  return survivor !== null && store.customers.has(survivor) ? { status: 301, headers: { location: `/api/customers/${survivor}` } } : null;
}

export const getCustomer: Handler<"getCustomer"> = (ctx) => {
  const moved = movedCustomer(ctx.store, ctx.path.id);
  if (moved) return moved;
  const customer = requireCustomer(ctx.store, ctx.path.id);
  const customFields = ctx.query.relationships?.includes("custom_fields") ?? false;
  return { status: 200, body: customerJson(customer, { customFields }) };
};

export const createCustomer: Handler<"createCustomer"> = (ctx) => {
  const body = ctx.body;
  assertEmailFree(ctx.store, body.email);
  const channels = channelRecords(ctx.store, body.channels ?? [], ctx.now);
  if (body.email && !channels.some((ch) => ch.type === "email" && ch.address.toLowerCase() === String(body.email).toLowerCase())) {
    channels.unshift(...channelRecords(ctx.store, [{ type: "email", address: body.email, preferred: true }], ctx.now));
  }
  const custom: CustomerRecord["custom_fields"] = {};
  for (const f of body.custom_fields ?? []) custom[String(f.id)] = { id: f.id, value: f.value };
  const customer: CustomerRecord = {
    id: ctx.store.customers.allocateId(),
    email: body.email ?? null,
    name: body.name ?? ([body.firstname, body.lastname].filter(Boolean).join(" ") || null),
    firstname: body.firstname ?? null,
    lastname: body.lastname ?? null,
    external_id: body.external_id ?? null,
    language: body.language ?? null,
    timezone: body.timezone ?? null,
    note: body.note ?? null,
    channels,
    data: null,
    integrations: {},
    meta: body.meta ?? {},
    custom_fields: custom,
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
  };
  ctx.store.customers.insert(customer);
  const json = customerJson(customer);
  return { status: 201, body: json, event: { objectId: customer.id, data: json } };
};

export const updateCustomer: Handler<"updateCustomer"> = (ctx) => {
  const moved = movedCustomer(ctx.store, ctx.path.id);
  if (moved) return moved;
  const customer = requireCustomer(ctx.store, ctx.path.id);
  const body = ctx.body;
  assertEmailFree(ctx.store, body.email, [customer.id]);
  const channels = body.channels ? channelRecords(ctx.store, body.channels, ctx.now) : undefined;
  const updated = ctx.store.customers.update(customer.id, (c) => {
    assignDefined(c, body, SCALAR_FIELDS);
    if (channels) c.channels = channels;
    c.updated_datetime = ctx.now;
  });
  return { status: 200, body: customerJson(updated) };
};

/** Deletes a customer: its tickets lose their customer, and ids merged into it stop redirecting. */
function removeCustomer(store: Store, id: number): void {
  store.customers.delete(id);
  for (const t of [...store.tickets.values()]) {
    if (t.customer_id === id) store.tickets.update(t.id, (r) => void (r.customer_id = null));
  }
  for (const [from, to] of [...store.mergedCustomers]) if (to === id) store.mergedCustomers.delete(from);
}

export const deleteCustomer: Handler<"deleteCustomer"> = (ctx) => {
  const moved = movedCustomer(ctx.store, ctx.path.id);
  if (moved) return moved;
  const customer = requireCustomer(ctx.store, ctx.path.id);
  const snapshot = customerJson(customer);
  removeCustomer(ctx.store, customer.id);
  return { status: 204, event: { objectId: customer.id, data: snapshot } };
};

export const deleteCustomers: Handler<"deleteCustomers"> = (ctx) => {
  const { ids } = ctx.body;
  // Every id is checked first: one unknown id deletes nothing.
  const unknown = ids.filter((id) => !ctx.store.customers.has(id));
  if (unknown.length > 0) throw new ApiError(404, `Customer ${unknown.join(", ")} not found; nothing was deleted.`, { ids: `Unknown customer id(s): ${unknown.join(", ")}.` });
  for (const id of ids) removeCustomer(ctx.store, id);
  return { status: 204 };
};
