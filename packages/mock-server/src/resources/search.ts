import type { Schema } from "../schema.js";
import type { Handler } from "./operation-context.js";

/** Text search over one kind of record, selected by `type`; matches are case-insensitive substrings. */
export const search: Handler<"search"> = (ctx) => {
  const { type, query, size = 10 } = ctx.body;
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
  return { status: 200, body: { data } };
};
