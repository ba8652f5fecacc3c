import type { MockEngine } from "../../src/index.js";

/** Consistency rules the store must keep whatever requests it receives; returns the broken ones. */
export function brokenInvariants(engine: MockEngine): string[] {
  const { store } = engine;
  const problems: string[] = [];
  const usage = new Map<number, number>();
  for (const t of store.tickets.values()) {
    if (t.customer_id !== null && !store.customers.has(t.customer_id)) problems.push(`ticket ${t.id} points to missing customer ${t.customer_id}`);
    if (t.assignee_user_id !== null && !store.users.has(t.assignee_user_id)) problems.push(`ticket ${t.id} assigned to missing user ${t.assignee_user_id}`);
    if (new Set(t.tag_ids).size !== t.tag_ids.length) problems.push(`ticket ${t.id} carries a tag twice`);
    for (const id of t.tag_ids) {
      if (!store.tags.has(id)) problems.push(`ticket ${t.id} carries missing tag ${id}`);
      usage.set(id, (usage.get(id) ?? 0) + 1);
    }
    for (const id of t.message_ids) {
      if (store.messages.get(id)?.ticket_id !== t.id) problems.push(`ticket ${t.id} lists message ${id} that is not its own`);
    }
  }
  for (const m of store.messages.values()) {
    if (!store.tickets.get(m.ticket_id)?.message_ids.includes(m.id)) problems.push(`message ${m.id} is not listed by ticket ${m.ticket_id}`);
  }
  for (const tag of store.tags.values()) {
    if (tag.usage !== (usage.get(tag.id) ?? 0)) problems.push(`tag ${tag.id} usage ${tag.usage} but ${usage.get(tag.id) ?? 0} tickets carry it`);
  }
  for (const [from, to] of store.mergedCustomers) {
    if (store.customers.has(from)) problems.push(`merged customer ${from} still exists`);
    if (!store.customers.has(to)) problems.push(`merged customer ${from} points to missing survivor ${to}`);
  }
  for (const name of ["tickets", "messages", "customers", "users", "tags", "macros", "views", "integrations", "events"] as const) {
    const c = store.collection(name);
    for (const r of c.values()) if (r.id >= c.nextId) problems.push(`${name} ${r.id} is not below nextId ${c.nextId}`);
  }
  const emails = new Set<string>();
  for (const c of store.customers.values()) {
    if (c.email === null) continue;
    const key = c.email.toLowerCase();
    if (emails.has(key)) problems.push(`two customers share the email ${c.email}`);
    emails.add(key);
  }
  return problems;
}
