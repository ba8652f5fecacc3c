import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
afterEach(() => mock.stop());

describe("rate limiting (leaky bucket per account)", () => {
  it("allows 40 API-key calls, then answers 429 with Retry-After, and the dropped call has no effect", async () => {
    mock = await startMockServer({ rateLimit: "standard" });
    mock.clock.freeze();
    for (let i = 1; i <= 40; i++) {
      const res = await call(mock, "GET", "/api/tags?limit=1");
      expect(res.status).toBe(200);
      expect(res.headers.get("x-gorgias-account-api-call-limit")).toBe(`${i}/40`);
    }
    const tagsBefore = mock.engine.store.tags.size;
    const dropped = await call(mock, "POST", "/api/tags", { body: { name: "over-the-limit" } });
    expect(dropped.status).toBe(429);
    expect(dropped.headers.get("retry-after")).toBe("1");
    expect(dropped.headers.get("x-gorgias-account-api-call-limit")).toBe("40/40");
    expect(dropped.json.error.msg).toMatch(/Too many requests/);
    expect(mock.engine.store.tags.size).toBe(tagsBefore);

    // 40 per 20 s drains 2 per second.
    mock.clock.advance(1000);
    expect((await call(mock, "POST", "/api/tags", { body: { name: "after-the-wait" } })).status).toBe(201);
    expect((await call(mock, "GET", "/api/tags?limit=1")).status).toBe(200);
    expect((await call(mock, "GET", "/api/tags?limit=1")).status).toBe(429);
  });

  it("gives OAuth apps 80 calls and Enterprise accounts a 10-second window", async () => {
    mock = await startMockServer({ rateLimit: "enterprise" });
    mock.clock.freeze();
    const token = mock.issueToken(["tags:read"]);
    for (let i = 0; i < 80; i++) expect((await call(mock, "GET", "/api/tags?limit=1", { authorization: `Bearer ${token}` })).status).toBe(200);
    const over = await call(mock, "GET", "/api/tags?limit=1", { authorization: `Bearer ${token}` });
    expect(over.status).toBe(429);
    expect(over.headers.get("x-gorgias-account-api-call-limit")).toBe("80/80");
    // 80 per 10 s drains 8 per second: after 0.125 s one more call fits.
    mock.clock.advance(125);
    expect((await call(mock, "GET", "/api/tags?limit=1", { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("reports usage on every response even when limiting is off", async () => {
    mock = await startMockServer();
    mock.clock.freeze();
    for (let i = 0; i < 45; i++) expect((await call(mock, "GET", "/api/tags?limit=1")).status).toBe(200);
    for (const [method, path] of [["GET", "/api/tickets/1"], ["GET", "/api/nowhere"], ["DELETE", "/api/tickets"], ["GET", "/api/tickets/999999"]] as const) {
      expect((await call(mock, method, path)).headers.get("x-gorgias-account-api-call-limit")).toMatch(/^\d+\/40$/);
    }
  });
});
