import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MockEngine, startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

const message = { channel: "email", via: "api", from_agent: false, sender: { email: "new@example.com" }, body_text: "Hi" };
const ticketJson = (extra: string) => `{"messages": [${JSON.stringify(message)}]${extra}}`;

/** The live error body: `{"error": {"msg", "data"}}`, with `data` naming `field`. */
function expectLiveError(res: { status: number; json: any }, status: number, field: string): void {
  expect(res.status).toBe(status);
  expect(typeof res.json.error.msg).toBe("string");
  expect(res.json.error.msg).toContain(field);
  expect(Object.keys(res.json.error.data)).toContain(field);
}

describe("prototype keys (__proto__, constructor, prototype) in JSON bodies", () => {
  it.each([
    ["POST", "/api/tickets", ticketJson(', "__proto__": {"polluted": 1}'), "__proto__"],
    ["POST", "/api/tickets", ticketJson(', "constructor": {"prototype": {"polluted": 1}}'), "constructor"],
    ["POST", "/api/tickets", ticketJson(', "meta": {"__proto__": {"polluted": 1}}'), "meta.__proto__"],
    ["POST", "/api/tickets", ticketJson(', "meta": {"a": [{"prototype": 1}]}'), "meta.a.0.prototype"],
    ["PUT", "/api/tickets/1", '{"meta": {"constructor": {"polluted": 1}}}', "meta.constructor"],
    ["POST", "/api/customers", '{"email": "p@example.com", "__proto__": {"admin": true}}', "__proto__"],
    ["POST", "/api/tags", '{"constructor": "x", "name": "proto-tag"}', "constructor"],
  ])("%s %s with %s → 400 naming %s, and nothing is written", async (method, path, body, field) => {
    const before = JSON.stringify(mock.exportState());
    const res = await call(mock, method, path, { rawBody: body, headers: { "content-type": "application/json" } });
    expectLiveError(res, 400, field);
    expect(JSON.stringify(mock.exportState())).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("refuses them in admin bodies too (PUT /__admin/state)", async () => {
    const state = mock.exportState();
    const text = JSON.stringify(state).replace('"records":[', '"records":[{"__proto__":{"polluted":1},"id":99999},');
    const res = await call(mock, "PUT", "/__admin/state", { authorization: null, rawBody: text, headers: { "content-type": "application/json" } });
    expectLiveError(res, 400, "collections.tickets.records.0.__proto__");
    expect((await call(mock, "GET", "/api/tickets/99999")).status).toBe(404);
  });

  it("refuses them as query parameter names", async () => {
    for (const query of ["__proto__=1&__proto__=2", "constructor=1", "prototype=1"]) {
      const res = await call(mock, "GET", `/api/tickets?${query}`);
      expectLiveError(res, 400, query.split("=")[0]!);
    }
  });

  it("refuses them in fixtures and in state imports, naming the path", () => {
    const fixtures = JSON.parse('{"tickets": [{"id": 901, "meta": {"__proto__": {"polluted": 1}}}]}');
    expect(() => new MockEngine({ fixtures })).toThrow(/fixtures\.tickets\.0\.meta\.__proto__/);
    const engine = new MockEngine();
    const state = JSON.parse(JSON.stringify(engine.exportState()).replace('"records":[', '"records":[{"id":99999,"constructor":{"prototype":{"polluted":1}}},'));
    expect(() => engine.importState(state)).toThrow(/collections\.tickets\.records\.0\.constructor/);
    expect(engine.store.tickets.has(99999)).toBe(false);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("never answered with a 500", () => {
    expect(mock.engine.internalErrors).toEqual([]);
  });
});

describe("path ids and integer query parameters are decimal integers", () => {
  it.each(["0x10", "1.0", "%201", "1e2", "1e23", "+1", "9007199254740993"])("GET /api/tickets/%s → 400 naming id", async (id) => {
    const res = await call(mock, "GET", `/api/tickets/${id}`);
    expectLiveError(res, 400, "id");
  });

  it.each([
    ["limit", "0x10"],
    ["limit", "1.0"],
    ["limit", "%201"],
    ["limit", "1e1"],
    ["customer_id", "1e23"],
    ["customer_id", "99999999999999999999"],
    ["ticket_ids", "0x1"],
  ])("GET /api/tickets?%s=%s → 400 naming the parameter", async (name, value) => {
    const res = await call(mock, "GET", `/api/tickets?${name}=${value}`);
    expectLiveError(res, 400, name);
  });

  it("still accepts plain decimal ids and limits", async () => {
    expect((await call(mock, "GET", "/api/tickets/16")).json.id).toBe(16);
    expect((await call(mock, "GET", "/api/tickets?limit=5&ticket_ids=1&ticket_ids=2")).status).toBe(200);
    expect((await call(mock, "GET", "/api/tickets/9007199254740991")).status).toBe(404);
  });

  it("answers a non-decimal id with 400 on every operation, tags included", async () => {
    expect((await call(mock, "GET", "/api/tags/0x3")).status).toBe(400);
    expect((await call(mock, "DELETE", "/api/views/1e2")).status).toBe(400);
    expect((await call(mock, "GET", "/api/tags/3")).status).toBe(200);
  });
});

describe("admin inputs are bounded, and a refused one changes nothing", () => {
  const admin = (method: string, path: string, body?: unknown) => call(mock, method, path, { authorization: null, ...(body === undefined ? {} : { body }) });

  it.each([
    [{ advance_seconds: -1e20 }, "advance_seconds"],
    [{ advance_seconds: 1e20 }, "advance_seconds"],
    [{ advance_seconds: "60" }, "advance_seconds"],
    [{ advance_seconds: null }, "advance_seconds"],
    [{}, "advance_seconds"],
    [{ advance_seconds: 1, by: 2 }, "by"],
    [[60], "body"],
  ])("POST /__admin/clock %j → 400 naming %s, and the clock does not move", async (body, field) => {
    mock.clock.freeze();
    const before = mock.clock.now();
    try {
      const res = await admin("POST", "/__admin/clock", body);
      expectLiveError(res, 400, field);
      expect(mock.clock.now()).toBe(before);
    } finally {
      mock.clock.unfreeze();
    }
  });

  it("after a refused -1e20 advance, writes and resets keep working", async () => {
    expect((await admin("POST", "/__admin/clock", { advance_seconds: -1e20 })).status).toBe(400);
    expect((await call(mock, "POST", "/api/tags", { body: { name: "after-clock" } })).status).toBe(201);
    for (let i = 0; i < 3; i++) {
      expect((await admin("POST", "/__admin/reset")).status).toBe(204);
      const created = await call(mock, "POST", "/api/tags", { body: { name: `after-reset-${i}` } });
      expect(created.status).toBe(201);
      expect(Date.parse(created.json.created_datetime)).toBeGreaterThan(Date.UTC(2020, 0, 1));
    }
    const moved = await admin("POST", "/__admin/clock", { advance_seconds: 86_400 });
    expect(moved.status).toBe(200);
    expect(Number.isFinite(Date.parse(moved.json.now))).toBe(true);
    expect(mock.engine.internalErrors).toEqual([]);
  });

  it.each([
    ["expires_in as a string", { scopes: ["tickets:read"], expires_in: "3600" }, "expires_in"],
    ["a negative expires_in", { scopes: ["tickets:read"], expires_in: -5 }, "expires_in"],
    ["expires_in 1e300", { scopes: ["tickets:read"], expires_in: 1e300 }, "expires_in"],
    ["a fractional expires_in", { scopes: ["tickets:read"], expires_in: 1.5 }, "expires_in"],
    ["scopes as a string", { scopes: "tickets:read" }, "scopes"],
    ["an unknown scope", { scopes: ["tickets:nope"] }, "scopes"],
    ["1,000 scopes", { scopes: Array.from({ length: 1000 }, () => "tickets:read") }, "scopes"],
    ["an unknown field", { scopes: ["tickets:read"], user_id: 1 }, "user_id"],
  ])("POST /__admin/tokens with %s → 400 naming the field", async (_label, body, field) => {
    const res = await admin("POST", "/__admin/tokens", body);
    expectLiveError(res, 400, field);
  });

  it("issues a bounded token", async () => {
    const res = await admin("POST", "/__admin/tokens", { scopes: ["tickets:read"], expires_in: 3600 });
    expect(res.status).toBe(201);
    expect((await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${res.json.access_token}` })).status).toBe(200);
  });

  it.each([
    ["collections.tickets.nextId", (s: any) => void (s.collections.tickets.nextId = 1e300)],
    ["collections.tags.records.0.id", (s: any) => void (s.collections.tags.records[0].id = 2 ** 60)],
    ["sequences.customerChannel", (s: any) => void (s.sequences.customerChannel = -1)],
    ["mergedCustomers", (s: any) => void (s.mergedCustomers = [[1e300, 1]])],
  ])("PUT /__admin/state refuses an out-of-range %s, and keeps the store", async (field, spoil) => {
    const state = mock.exportState();
    spoil(state);
    const before = JSON.stringify(mock.exportState());
    const res = await admin("PUT", "/__admin/state", state);
    expectLiveError(res, 400, field);
    expect(JSON.stringify(mock.exportState())).toBe(before);
    expect((await call(mock, "POST", "/api/tags", { body: { name: "still-writable" } })).status).toBe(201);
  });

  it("never answered with a 500", () => {
    expect(mock.engine.internalErrors).toEqual([]);
  });
});
