import { afterEach, describe, expect, it } from "vitest";
import { MockEngine, startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
afterEach(() => mock?.stop());

describe("state snapshots", () => {
  it("exports and imports the store over /__admin/state", async () => {
    mock = await startMockServer();
    await call(mock, "POST", "/api/tags", { body: { name: "snapshot-me" } });
    const snapshot = await call(mock, "GET", "/__admin/state", { authorization: null });
    expect(snapshot.status).toBe(200);
    await call(mock, "DELETE", "/api/tickets/1");
    await call(mock, "POST", "/api/tags", { body: { name: "after-the-snapshot" } });
    const restored = await call(mock, "PUT", "/__admin/state", { authorization: null, body: snapshot.json });
    expect(restored.status).toBe(204);
    expect((await call(mock, "GET", "/api/tickets/1")).status).toBe(200);
    const names = (await call(mock, "GET", "/api/tags?search=snap")).json.data.map((t: { name: string }) => t.name);
    expect(names).toEqual(["snapshot-me"]);
    // Ids continue after the snapshot's, not after the discarded writes'.
    const next = await call(mock, "POST", "/api/tags", { body: { name: "next" } });
    expect(next.json.id).toBe(snapshot.json.collections.tags.nextId);
  });

  it("rejects an invalid snapshot with 400 naming what is wrong, and keeps the store", async () => {
    mock = await startMockServer();
    const res = await call(mock, "PUT", "/__admin/state", { authorization: null, body: { format: "gorgias-mock-state", version: 1, collections: {} } });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toHaveProperty(["collections.tickets"]);
    expect((await call(mock, "GET", "/api/tickets/1")).status).toBe(200);
    expect(() => mock.importState({} as never)).toThrow(/Invalid state snapshot: format/);
  });

  it("snapshots and restores programmatically, and resets to the seed", async () => {
    mock = await startMockServer();
    const before = mock.exportState();
    await call(mock, "DELETE", "/api/customers/42");
    mock.importState(before);
    expect((await call(mock, "GET", "/api/customers/42")).status).toBe(200);
    await call(mock, "DELETE", "/api/customers/42");
    expect((await call(mock, "POST", "/__admin/reset", { authorization: null })).status).toBe(204);
    expect((await call(mock, "GET", "/api/customers/42")).status).toBe(200);
    expect(mock.exportState()).toEqual(before);
  });

  it("loses nothing on a clean stop: requests in flight finish, and the state stays readable", async () => {
    mock = await startMockServer({ latencyMs: 200 });
    // Stop only once the request has reached the engine (and is waiting out its latency).
    const engine = mock.engine;
    const handle = engine.handle.bind(engine);
    const arrived = new Promise<void>((resolve) => {
      engine.handle = (request) => {
        resolve();
        return handle(request);
      };
    });
    const pending = call(mock, "POST", "/api/tags", { body: { name: "in-flight" } });
    await arrived;
    await mock.stop();
    expect((await pending).status).toBe(201);
    expect(mock.exportState().collections.tags.records.some((t) => (t as { name: string }).name === "in-flight")).toBe(true);
  });
});

describe("seeded data", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = new MockEngine({ seed: 7 }).exportState();
    const b = new MockEngine({ seed: 7 }).exportState();
    const c = new MockEngine({ seed: 8 }).exportState();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it("holds every id the spec's examples use, whatever the seed", () => {
    for (const seed of [1, 2, 99]) {
      const { store } = new MockEngine({ seed });
      expect(store.tickets.get(1)!.message_ids).toContain(10);
      for (const id of [42, 43]) expect(store.customers.has(id)).toBe(true);
      expect(store.users.has(5)).toBe(true);
      for (const id of [3, 4, 5]) expect(store.tags.has(id)).toBe(true);
      expect(store.macros.has(8)).toBe(true);
      expect(store.views.has(7)).toBe(true);
      expect(store.integrations.has(12)).toBe(true);
      expect(store.events.has(100)).toBe(true);
    }
  });

  it("refuses seed counts that would drop an example id", () => {
    expect(() => new MockEngine({ seedCounts: { customers: 10 } })).toThrow(/seedCounts.customers must be an integer of at least 43/);
  });
});

describe("fixtures", () => {
  it("loads records on top of the seed, checked against the spec", async () => {
    mock = await startMockServer({
      fixtures: {
        customers: [{ id: 500, email: "fixture@example.com", name: "Fix Ture" }],
        tickets: [{ id: 900, subject: "From a fixture", customer: { id: 500 }, tags: [{ name: "fixture-tag" }], messages: [{ id: 9000, body_text: "Hello" }] }],
      },
    });
    const ticket = await call(mock, "GET", "/api/tickets/900");
    expect(ticket.json).toMatchObject({ subject: "From a fixture", customer: { id: 500, email: "fixture@example.com" }, tags: [{ name: "fixture-tag", usage: 1 }] });
    expect(ticket.json.messages[0]).toMatchObject({ id: 9000, ticket_id: 900 });
    await call(mock, "DELETE", "/api/tickets/900");
    mock.reset();
    expect((await call(mock, "GET", "/api/tickets/900")).status).toBe(200);
  });

  it.each([
    ["record id", { tickets: [{ id: "x", subject: "Bad id" }] }, /fixtures\.tickets\.0\.id: Expected an integer id .*got "x"/],
    ["id past the safe range", { tags: [{ id: 2 ** 60, name: "huge" }] }, /fixtures\.tags\.0\.id: Expected an integer id/],
    ["referenced customer id", { tickets: [{ subject: "Bad ref", customer: { id: "x" } }] }, /fixtures\.tickets\.0\.customer\.id: Expected an integer id/],
    ["message id", { tickets: [{ messages: [{ id: "x", body_text: "Hi" }] }] }, /fixtures\.tickets\.0\.messages\.0\.id: Expected an integer id/],
    ["channel id", { customers: [{ email: "c@example.com", channels: [{ id: 1.5, type: "email", address: "c@example.com" }] }] }, /fixtures\.customers\.0\.channels\.0\.id/],
    ["record (not an object)", { users: ["admin@example.com"] }, /fixtures\.users\.0: Expected an object/],
    ["message channel", { tickets: [{ messages: [{ body_text: "Hi" }, { channel: 42 }] }] }, /fixtures\.tickets\.0\.messages\.1\.channel/],
  ])("refuses a fixture with a bad %s, naming collection, index and field", (_label, fixtures, message) => {
    expect(() => new MockEngine({ fixtures: fixtures as never })).toThrow(message);
  });

  it.each([
    ["id", (s: any) => void (s.collections.tickets.records[0].id = "x"), "collections.tickets.records.0.id"],
    ["customer_id", (s: any) => void (s.collections.tickets.records[0].customer_id = "x"), "collections.tickets.records.0.customer_id"],
    ["tag_ids", (s: any) => void (s.collections.tickets.records[0].tag_ids = "3"), "collections.tickets.records.0.tag_ids"],
    ["status", (s: any) => void (s.collections.tickets.records[0].status = "pending"), "collections.tickets.records.0.status"],
    ["name", (s: any) => void (s.collections.tags.records[0].name = 42), "collections.tags.records.0.name"],
    ["ticket_id", (s: any) => void (s.collections.messages.records[0].ticket_id = null), "collections.messages.records.0.ticket_id"],
    ["voice call direction", (s: any) => void (s.collections.voiceCalls.records[0].direction = "sideways"), "collections.voiceCalls.records.0.direction"],
  ])("refuses a snapshot record with a bad %s, naming it, and keeps the store", async (_label, spoil, field) => {
    mock = await startMockServer();
    const state = mock.exportState();
    spoil(state);
    expect(() => mock.importState(state)).toThrow(field);
    const res = await call(mock, "PUT", "/__admin/state", { authorization: null, body: state });
    expect(res.status).toBe(400);
    expect(res.json.error.msg).toContain(field);
    expect(res.json.error.data).toHaveProperty([field]);
    expect((await call(mock, "GET", "/api/tickets?limit=100")).status).toBe(200);
    expect(mock.exportState()).toEqual(new MockEngine().exportState());
  });

  it("names the fixture field that does not match the spec", () => {
    expect(() => new MockEngine({ fixtures: { tickets: [{ status: "pending" }] } })).toThrow(/fixtures\.tickets\.0\.status/);
    expect(() => new MockEngine({ fixtures: { widgets: [] } as never })).toThrow(/Unknown fixture kind\(s\) widgets/);
  });
});

describe("concurrency", () => {
  it("500 concurrent creates give 500 distinct records, none lost", async () => {
    mock = await startMockServer();
    const before = mock.engine.store.customers.size;
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => call(mock, "POST", "/api/customers", { body: { email: `concurrent-${i}@example.com`, name: `C ${i}`, channels: [] } })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const ids = new Set(results.map((r) => r.json.id));
    expect(ids.size).toBe(500);
    expect(mock.engine.store.customers.size).toBe(before + 500);
    const listed: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: any } = await call(mock, "GET", `/api/customers?limit=100&order_by=created_datetime:asc${cursor ? `&cursor=${cursor}` : ""}`);
      listed.push(...page.json.data.map((c: { id: number }) => c.id));
      cursor = page.json.meta.next_cursor;
    } while (cursor);
    for (const id of ids) expect(listed).toContain(id);
  });
});
