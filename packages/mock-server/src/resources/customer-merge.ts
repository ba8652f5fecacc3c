import { conflict, invalid, notFound } from "../engine/api-error.js";
import { assertEmailFree, channelRecords, requireCustomer } from "./customers.js";
import { customerJson } from "./json-views.js";
import type { Handler } from "./operation-context.js";

const MERGED_FIELDS = ["email", "name", "firstname", "lastname", "external_id", "language", "timezone", "note"] as const;

/**
 * `PUT /api/customers/merge?source_id=&target_id=`: merges the customer `source_id` into
 * `target_id`. The survivor keeps its id, gains the source's channels, integration data and
 * tickets, and takes the body's values; the source is deleted and its id answers 301 to the
 * survivor from then on.
 */
export const mergeCustomers: Handler<"mergeCustomers"> = (ctx) => {
  const store = ctx.store;
  const body = ctx.body;
  const { source_id: sourceId, target_id: targetId } = ctx.query;
  if (sourceId === targetId) throw invalid({ source_id: "Cannot merge a customer into itself (source_id equals target_id)." });
  const target = requireCustomer(store, targetId);
  const source = store.customers.get(sourceId);
  if (!source) throw notFound("Customer", sourceId);
  const shared = Object.keys(source.integrations).filter((key) => key in target.integrations);
  if (shared.length > 0) {
    throw conflict("Both customers hold data for the same integration.", { source_id: `Both customers have data for integration(s) ${shared.join(", ")}.` });
  }
  assertEmailFree(store, body.email, [target.id, source.id]);

  const known = new Set(target.channels.map((ch) => `${ch.type}\u0000${ch.address.toLowerCase()}`));
  const movedChannels = source.channels.filter((ch) => !known.has(`${ch.type}\u0000${ch.address.toLowerCase()}`)).map((ch) => ({ ...ch, preferred: false }));
  const bodyChannels = body.channels ? channelRecords(store, body.channels, ctx.now) : null;
  const survivor = store.customers.update(target.id, (c) => {
    for (const key of MERGED_FIELDS) {
      if (body[key] !== undefined) c[key] = body[key];
      else if (c[key] === null && source[key] !== null) c[key] = source[key];
    }
    c.channels = bodyChannels ?? [...c.channels, ...movedChannels];
    c.integrations = { ...source.integrations, ...c.integrations };
    if (body.meta !== undefined) c.meta = body.meta;
    c.updated_datetime = ctx.now;
  });
  for (const t of [...store.tickets.values()]) {
    if (t.customer_id === source.id) store.tickets.update(t.id, (r) => void (r.customer_id = target.id));
  }
  store.customers.delete(source.id);
  for (const [from, to] of store.mergedCustomers) if (to === source.id) store.mergedCustomers.set(from, target.id);
  store.mergedCustomers.set(source.id, target.id);
  const json = customerJson(survivor);
  return { status: 200, body: json, event: { objectId: target.id, data: { source_id: source.id, target: json } } };
};
