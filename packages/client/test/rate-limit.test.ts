import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, RateLimitError, type RateLimitUsage } from "../src/index.js";
import { API_KEY_AUTH, listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok = listPage([{ id: 1 }], null);

describe("429 and Retry-After", () => {
  it("waits Retry-After, retries, and the caller sees only the success", async () => {
    let calls = 0;
    server = await startTestServer((_req, res) => {
      calls += 1;
      if (calls === 1) return sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "3", "X-Gorgias-Account-Api-Call-Limit": "40/40" });
      sendJson(res, 200, ok, { "X-Gorgias-Account-Api-Call-Limit": "12/40" });
    });
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock });
    const page = await client.tickets.list();
    expect(page.data).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    // Retry-After, plus the limiter's 50 ms margin for latency.
    expect(clock.sleeps).toEqual([3050]);
    expect(client.rateLimit.usage.lastReported).toEqual({ used: 12, limit: 40 });
  });

  it("retries a POST after a 429: the dropped request was not processed", async () => {
    let calls = 0;
    server = await startTestServer((_req, res) => {
      calls += 1;
      if (calls === 1) return sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "1" });
      sendJson(res, 201, { id: 5, name: "vip" });
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    await expect(client.tags.create({ body: { name: "vip" } })).resolves.toMatchObject({ id: 5 });
    expect(server.count("POST", "/api/tags")).toBe(2);
  });

  it("surfaces RateLimitError with retryAfter once the attempts run out", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "2" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { maxAttempts: 3 } });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(2);
    expect((error as RateLimitError).status).toBe(429);
    expect((error as RateLimitError).message).toMatch(/Wait the number of seconds in Retry-After/);
    expect(server.requests).toHaveLength(3);
  });

  it("surfaces the 429 at once when Retry-After would pass the deadline", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "60" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { deadlineMs: 10_000 } });
    await expect(client.tickets.list()).rejects.toMatchObject({ name: "RateLimitError", retryAfter: 60 });
    expect(server.requests).toHaveLength(1);
  });

  it("still waits Retry-After when client-side limiting is off", async () => {
    let calls = 0;
    server = await startTestServer((_req, res) => {
      calls += 1;
      if (calls === 1) return sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "2" });
      sendJson(res, 200, ok);
    });
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock, rateLimit: false });
    await client.tickets.list();
    expect(clock.sleeps).toEqual([2000]);
    expect(client.rateLimit.enabled).toBe(false);
  });
});

describe("client-side leaky bucket", () => {
  it("sends a full bucket at once, then one call per drained slot", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok));
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock, rateLimit: { requests: 3, windowMs: 3000 } });
    await Promise.all(Array.from({ length: 5 }, () => client.tickets.list()));
    expect(server.requests).toHaveLength(5);
    // The 50 ms margin shifts the queue once; the slots stay one per 1000 ms.
    expect(clock.sleeps.map(Math.round)).toEqual([1050, 1000]);
  });

  it("uses the guide's numbers for the auth kind and plan", () => {
    const usage = (options: Parameters<typeof createGorgiasClient>[0]) => {
      const { limit, windowMs } = createGorgiasClient(options).rateLimit.usage;
      return { limit, windowMs };
    };
    expect(usage({ subdomain: "acme", auth: API_KEY_AUTH })).toEqual({ limit: 40, windowMs: 20_000 });
    expect(usage({ subdomain: "acme", auth: { type: "oauth", accessToken: "t" } })).toEqual({ limit: 80, windowMs: 20_000 });
    expect(usage({ subdomain: "acme", auth: API_KEY_AUTH, plan: "enterprise" })).toEqual({ limit: 40, windowMs: 10_000 });
    expect(usage({ subdomain: "acme", auth: { type: "oauth", accessToken: "t" }, plan: "enterprise" })).toEqual({ limit: 80, windowMs: 10_000 });
  });

  it("raises its estimate to the usage header, since other integrations share the bucket", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok, { "X-Gorgias-Account-Api-Call-Limit": "40/40" }));
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock });
    const seen: RateLimitUsage[] = [];
    const unsubscribe = client.rateLimit.subscribe((usage) => seen.push(usage));
    await client.tickets.list();
    expect(client.rateLimit.usage.used).toBe(40);
    await client.tickets.list();
    // A full 40-per-20-s bucket drains one request every 500 ms (plus the 50 ms margin).
    expect(clock.sleeps.map(Math.round)).toEqual([550]);
    expect(seen.map((u) => u.lastReported)).toEqual([
      { used: 40, limit: 40 },
      { used: 40, limit: 40 },
    ]);
    unsubscribe();
    await client.tickets.list();
    expect(seen).toHaveLength(2);
  });

  it("adopts the limit the API reports", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok, { "X-Gorgias-Account-Api-Call-Limit": "3/80" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    await client.tickets.list();
    expect(client.rateLimit.usage).toMatchObject({ limit: 80, used: 3, queued: 0, pausedForMs: 0 });
  });

  it("rate-limits raw calls too", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok));
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock, rateLimit: { requests: 1, windowMs: 800, marginMs: 0 } });
    await Promise.all([client.GET("/api/tickets"), client.GET("/api/tickets")]);
    expect(clock.sleeps).toEqual([800]);
  });
});
