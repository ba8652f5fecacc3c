import type { Store } from "../store/store.js";
import type { CustomerRecord } from "../store/records.js";

/** The customer with this primary email (case-insensitive), if any. */
export function customerWithEmail(store: Store, email: string, exceptIds: readonly number[] = []): CustomerRecord | undefined {
  const wanted = email.toLowerCase();
  for (const c of store.customers.values()) {
    if (c.email !== null && c.email.toLowerCase() === wanted && !exceptIds.includes(c.id)) return c;
  }
  return undefined;
}

/** The live customer an id names, following merges; undefined when there is none. */
export function liveCustomer(store: Store, id: number): CustomerRecord | undefined {
  return store.customers.get(id) ?? store.customers.get(store.survivorOf(id) ?? -1);
}

/** Creates a customer from the few details a ticket or message gives (email, name). */
export function createCustomerFrom(store: Store, details: { email?: string | null; name?: string | null; firstname?: string | null; lastname?: string | null }, now: string): CustomerRecord {
  const id = store.customers.allocateId();
  const [first, ...rest] = (details.name ?? "").split(" ");
  const record: CustomerRecord = {
    id,
    email: details.email ?? null,
    name: details.name ?? null,
    firstname: details.firstname ?? (first || null),
    lastname: details.lastname ?? (rest.join(" ") || null),
    external_id: null,
    language: null,
    timezone: null,
    note: null,
    channels: details.email
      ? [{ id: store.nextCustomerChannelId(), type: "email", address: details.email, preferred: true, created_datetime: now, updated_datetime: now, deleted_datetime: null }]
      : [],
    data: null,
    integrations: {},
    meta: {},
    custom_fields: {},
    created_datetime: now,
    updated_datetime: now,
  };
  return store.customers.insert(record);
}
