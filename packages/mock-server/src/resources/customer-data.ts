import { notFound } from "../engine/api-error.js";
import { datetimeMs } from "../engine/api-datetime.js";
import type { Handler } from "./operation-context.js";

/**
 * Replaces a customer's `data`. A `version` older than the stored one is ignored with the same
 * 202 (the docs): the write that carries the newest data wins whatever order writes arrive in.
 */
export const setCustomerData: Handler<"setCustomerData"> = (ctx) => {
  const id = ctx.path.customer_id;
  const customer = ctx.store.customers.get(id);
  if (!customer) {
    const survivor = ctx.store.survivorOf(id);
    if (survivor !== null && ctx.store.customers.has(survivor)) return { status: 301, headers: { location: `/api/customers/${survivor}/data` } };
    throw notFound("Customer", id);
  }
  const { data, version } = ctx.body;
  const stored = customer.data_version ?? null;
  if (version != null && stored !== null && datetimeMs(version) < datetimeMs(stored)) return { status: 202 };
  ctx.store.customers.update(id, (c) => {
    c.data = structuredClone(data);
    c.data_version = version ?? null;
    c.updated_datetime = ctx.now;
  });
  return { status: 202 };
};
