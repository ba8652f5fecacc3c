import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

const message = { channel: "email", via: "api", from_agent: false, sender: { email: "new.person@example.com", name: "New Person" }, body_text: "Hello" };

describe("tickets and messages", () => {
  it("creates a ticket with its customer, messages and tags, with stable ids and datetimes", async () => {
    const res = await call(mock, "POST", "/api/tickets", { body: { subject: "Help", messages: [message], tags: [{ name: "urgent" }, { name: "brand-new" }] } });
    expect(res.status).toBe(201);
    const t = res.json;
    expect(t.id).toBe(61);
    expect(t.customer).toMatchObject({ email: "new.person@example.com", name: "New Person" });
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ ticket_id: 61, from_agent: false, sender: { email: "new.person@example.com" } });
    expect(t.tags.map((x: { name: string }) => x.name)).toEqual(["urgent", "brand-new"]);
    expect(t.created_datetime).toBe(t.updated_datetime);
    expect(t.created_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/);
    expect((await call(mock, "GET", "/api/tickets/61")).json).toEqual(t);
  });

  it("closes, reassigns and unassigns through updates, moving updated_datetime", async () => {
    mock.clock.advance(60_000);
    const closed = await call(mock, "PUT", "/api/tickets/1", { body: { status: "closed", assignee_user: { id: 5 } } });
    expect(closed.json).toMatchObject({ status: "closed", assignee_user: { id: 5 }, assignee_user_id: 5 });
    expect(closed.json.closed_datetime).toEqual(expect.any(String));
    expect(Date.parse(closed.json.updated_datetime)).toBeGreaterThan(Date.parse(closed.json.created_datetime));
    const reopened = await call(mock, "PUT", "/api/tickets/1", { body: { status: "open", assignee_user: { id: null } } });
    expect(reopened.json).toMatchObject({ status: "open", assignee_user: null, closed_datetime: null });
  });

  it("adds a message to a ticket and lists it with the ticket_id filter", async () => {
    const created = await call(mock, "POST", "/api/tickets/1/messages", { body: { channel: "internal-note", via: "api", from_agent: true, public: false, body_text: "note", mention_ids: [5] } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ticket_id: 1, public: false, sender: { id: 1, email: "admin@example.com" } });
    const list = await call(mock, "GET", "/api/messages?ticket_id=1&order_by=created_datetime:asc");
    expect(list.json.data.map((m: { id: number }) => m.id)).toEqual([1, 10, created.json.id]);
    const deleted = await call(mock, "DELETE", `/api/tickets/1/messages/${created.json.id}`);
    expect(deleted.status).toBe(204);
    expect((await call(mock, "GET", `/api/tickets/1/messages/${created.json.id}`)).status).toBe(404);
    expect((await call(mock, "GET", "/api/tickets/2/messages/10")).status).toBe(404);
  });

  it("deletes a ticket with its messages", async () => {
    expect((await call(mock, "DELETE", "/api/tickets/1")).status).toBe(204);
    expect((await call(mock, "GET", "/api/tickets/1")).status).toBe(404);
    expect(mock.engine.store.messages.get(10)).toBeUndefined();
    expect(mock.engine.store.tags.get(3)!.usage).toBe([...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.includes(3)).length);
  });
});

describe("ticket tags (add, set, remove) keep tag usage in step", () => {
  const usage = (id: number) => mock.engine.store.tags.get(id)!.usage;
  it("adds without removing, sets the whole set, and removes", async () => {
    const u4 = usage(4);
    expect((await call(mock, "POST", "/api/tickets/1/tags", { body: { ids: [4], names: ["fresh"] } })).status).toBe(201);
    let tags = (await call(mock, "GET", "/api/tickets/1/tags")).json.map((t: { name: string }) => t.name);
    expect(tags).toEqual(["urgent", "vip", "fresh"]);
    expect(usage(4)).toBe(u4 + 1);
    expect((await call(mock, "PUT", "/api/tickets/1/tags", { body: { names: ["vip"] } })).status).toBe(202);
    tags = (await call(mock, "GET", "/api/tickets/1/tags")).json.map((t: { name: string }) => t.name);
    expect(tags).toEqual(["vip"]);
    expect((await call(mock, "DELETE", "/api/tickets/1/tags", { body: { names: ["vip"] } })).status).toBe(204);
    expect((await call(mock, "GET", "/api/tickets/1/tags")).json).toEqual([]);
    expect(usage(4)).toBe(u4);
    expect((await call(mock, "POST", "/api/tickets/1/tags", { body: { ids: [9999] } })).json.error.data).toEqual({ "ids.0": "Tag 9999 does not exist." });
  });
});

describe("merges", () => {
  it("merging customers keeps the survivor, moves tickets, and answers 301 for the merged id", async () => {
    const sourceTickets = [...mock.engine.store.tickets.values()].filter((t) => t.customer_id === 43).map((t) => t.id);
    const res = await call(mock, "PUT", "/api/customers/merge?source_id=43&target_id=42", { body: { note: "merged" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 42, note: "merged" });
    const phones = res.json.channels.filter((c: { type: string }) => c.type === "phone");
    expect(phones.length).toBeGreaterThan(0);
    const moved = await call(mock, "GET", "/api/customers/43");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/api/customers/42");
    for (const id of sourceTickets) expect(mock.engine.store.tickets.get(id)!.customer_id).toBe(42);
    // Every method on the merged id answers 301 with an empty body, and nothing changes.
    for (const method of ["PUT", "DELETE"] as const) {
      const res = await call(mock, method, "/api/customers/43", method === "PUT" ? { body: { note: "x" } } : {});
      expect([res.status, res.headers.get("location"), res.text]).toEqual([301, "/api/customers/42", ""]);
    }
    expect(mock.engine.store.customers.get(42)).toMatchObject({ note: "merged" });
    const event = (await call(mock, "GET", "/api/events?types=customer-merged")).json.data[0];
    expect(event).toMatchObject({ type: "customer-merged", object_type: "Customer", object_id: 42, data: { source_id: 43 } });
  });

  it("refuses a merge into itself, of a missing customer, and of two customers with the same integration", async () => {
    expect((await call(mock, "PUT", "/api/customers/merge?source_id=42&target_id=42", { body: {} })).status).toBe(400);
    expect((await call(mock, "PUT", "/api/customers/merge?source_id=99999&target_id=42", { body: {} })).status).toBe(404);
    expect((await call(mock, "PUT", "/api/customers/merge?source_id=43&target_id=99999", { body: {} })).status).toBe(404);
    for (const id of [42, 43]) mock.engine.store.customers.update(id, (c) => void (c.integrations = { "7": { __integration_type__: "shopify" } }));
    expect((await call(mock, "PUT", "/api/customers/merge?source_id=43&target_id=42", { body: {} })).status).toBe(409);
  });

  it("refuses a customer merge without both query parameters, naming the missing one", async () => {
    const res = await call(mock, "PUT", "/api/customers/merge?source_id=43", { body: {} });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toHaveProperty("target_id");
    expect(mock.engine.store.customers.get(43)).toBeDefined();
  });

  it("refuses the guide-only merge forms and changes nothing", async () => {
    const customerForm = await call(mock, "POST", "/api/customers/42/merge", { body: { source_id: 43 } });
    expect(customerForm.status).toBe(404);
    expect(customerForm.json.error.msg).toBe("No such endpoint: POST /api/customers/42/merge.");
    // /api/tags/merge has the shape of /api/tags/{id}, which takes no POST.
    const tagForm = await call(mock, "POST", "/api/tags/merge", { body: { destination_tag_id: 3, source_tags_ids: [4, 5] } });
    expect(tagForm.status).toBe(405);
    expect(tagForm.headers.get("allow")).toBe("DELETE, GET, PUT");
    expect(mock.engine.store.customers.get(43)).toBeDefined();
    expect(mock.engine.store.tags.get(4)).toBeDefined();
  });

  it("merging tags moves tickets to the kept tag and deletes the others", async () => {
    const carriers = [...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.some((id) => id === 4 || id === 5)).map((t) => t.id);
    expect(carriers.length).toBeGreaterThan(0);
    const res = await call(mock, "PUT", "/api/tags/3/merge", { body: { source_tags_ids: [4, 5] } });
    expect(res.status).toBe(202);
    expect(res.json.id).toBe(3);
    for (const id of carriers) expect(mock.engine.store.tickets.get(id)!.tag_ids).toContain(3);
    expect((await call(mock, "GET", "/api/tags/4")).status).toBe(404);
    const carrying = [...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.includes(3)).length;
    expect(res.json.usage).toBe(carrying);
  });
});

describe("events", () => {
  it("records every write the spec pairs with an event, newest first", async () => {
    await call(mock, "POST", "/api/tags", { body: { name: "evented" } });
    await call(mock, "DELETE", "/api/users/5");
    const list = await call(mock, "GET", "/api/events?limit=2");
    expect(list.json.data.map((e: { type: string }) => e.type)).toEqual(["user-deleted", "tag-created"]);
    expect(list.json.data[0]).toMatchObject({ object_type: "User", object_id: 5, user_id: 1 });
    const filtered = await call(mock, "GET", "/api/events?object_type=Tag&types=tag-created&created_datetime[gte]=2030-01-01T00:00:00Z");
    expect(filtered.json.data).toEqual([]);
  });

  it("records nothing for writes without an event (macro create)", async () => {
    const before = mock.engine.store.events.size;
    await call(mock, "POST", "/api/macros", { body: { name: "m" } });
    expect(mock.engine.store.events.size).toBe(before);
  });
});

describe("users, views and search", () => {
  it("needs password_confirmation to change a user's email", async () => {
    const res = await call(mock, "PUT", "/api/users/5", { body: { email: "alex@new.example.com" } });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toHaveProperty("password_confirmation");
    expect((await call(mock, "PUT", "/api/users/5", { body: { email: "alex@new.example.com", password_confirmation: "pw" } })).status).toBe(200);
  });

  it("validates view filters and lists the tickets a view selects", async () => {
    const bad = await call(mock, "POST", "/api/views", { body: { name: "Bad", slug: "bad", filters: "eq(ticket.status, 'open'" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.data).toHaveProperty("filters");
    const view = await call(mock, "POST", "/api/views", { body: { name: "Urgent", slug: "urgent", filters: "contains(ticket.tags.name, 'urgent') || eq(ticket.priority, 'critical')", order_by: "created_datetime", order_dir: "asc" } });
    expect(view.status).toBe(201);
    const items = await call(mock, "GET", `/api/views/${view.json.id}/items?limit=100`);
    const expected = [...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.includes(3) || t.priority === "critical").map((t) => t.id);
    expect(items.json.data.map((t: { id: number }) => t.id)).toEqual(expected);
  });

  it.each([
    ["customer", "jane", 42],
    ["customer_profile", "jane.doe@example.com", 42],
    ["agent", "alex", 5],
    ["tag", "vip", 4],
    ["team", "billing", 3],
    ["integration", "support email", 12],
    ["customer_channel", "jane.doe@example.com", 42],
    ["customer_channel_email", "jane.doe@example.com", 42],
  ])("searches %s", async (type, query, id) => {
    const res = await call(mock, "POST", "/api/search", { body: { type, query } });
    expect(res.status).toBe(201);
    expect(res.json.data.map((r: { id: number }) => r.id)).toContain(id);
  });
});
