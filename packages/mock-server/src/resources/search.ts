import type { Schema } from "../schema.js";
import type { Handler } from "./operation-context.js";

/** The channel types each customer-channel search looks at; null for every type. */
const CHANNEL_SEARCH: Partial<Record<Schema<"SearchType">, string | null>> = {
  customer_channel: null,
  customer_channel_email: "email",
  customer_channel_phone: "phone",
  customers_by_phone: "phone",
};

/**
 * Text search over one kind of record, selected by `type`; matches are case-insensitive substrings.
 * The customer-channel types match channel addresses, and each match is the customer who owns the
 * channel. Answers 201 with `{data}`, one of the two shapes the spec documents.
 */
export const search: Handler<"search"> = (ctx) => {
  const { type, query = "", size = 10 } = ctx.body;
  const needle = query.toLowerCase();
  const has = (...values: (string | null | undefined)[]) => values.some((v) => v?.toLowerCase().includes(needle));
  const data: Schema<"SearchResult">[] = [];
  const push = (item: Schema<"SearchResult">) => data.length < size && data.push(item);
  const store = ctx.store;
  switch (type) {
    case "customer":
    case "customer_profile":
      for (const c of store.customers.values()) {
        if (data.length >= size) break;
        const channelHit = type === "customer_profile" && c.channels.some((ch) => has(ch.address));
        if (has(c.name, c.email) || channelHit) push({ type, id: c.id, name: c.name, email: c.email });
      }
      break;
    case "customer_channel":
    case "customer_channel_email":
    case "customer_channel_phone":
    case "customers_by_phone": {
      const channelType = CHANNEL_SEARCH[type];
      for (const c of store.customers.values()) {
        if (data.length >= size) break;
        if (c.channels.some((ch) => (channelType === null || ch.type === channelType) && has(ch.address))) push({ type, id: c.id, name: c.name, email: c.email });
      }
      break;
    }
    case "agent":
      for (const u of store.users.values()) if (data.length < size && has(u.name, u.email)) push({ type, id: u.id, name: u.name, email: u.email });
      break;
    case "team":
      for (const t of store.teams.values()) if (data.length < size && has(t.name)) push({ type, id: t.id, name: t.name });
      break;
    case "tag":
      for (const t of store.tags.values()) if (data.length < size && has(t.name)) push({ type, id: t.id, name: t.name });
      break;
    case "integration":
      for (const i of store.integrations.values()) if (data.length < size && has(i.name)) push({ type, id: i.id, name: i.name });
      break;
  }
  return { status: 201, body: { data } };
};
