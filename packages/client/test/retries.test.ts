import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, NetworkError, ServerError } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST = { baseDelayMs: 10, maxDelayMs: 40 };

/** Fails the first `failures` requests with `status`, then answers 200 (201 for POST). */
async function serveFlaky(status: number, failures: number): Promise<TestServer> {
  let seen = 0;
  server = await startTestServer((req, res) => {
    seen += 1;
    if (seen <= failures) return sendJson(res, status, { error: { msg: "Internal server error." } });
    sendJson(res, req.method === "POST" ? 201 : 200, { id: 1, name: "vip", status: "open" });
  });
  return server;
}

describe("retry rules per method", () => {
  it.each([
    ["GET", 503, (c: ReturnType<typeof createGorgiasClient>) => c.tags.list()],
    ["PUT", 500, (c: ReturnType<typeof createGorgiasClient>) => c.tags.update({ id: 1, body: { name: "vip" } })],
    ["DELETE", 502, (c: ReturnType<typeof createGorgiasClient>) => c.tickets.delete({ id: 1 })],
    ["GET", 504, (c: ReturnType<typeof createGorgiasClient>) => c.tickets.get({ id: 1 })],
  ] as const)("retries a %s after %i", async (method, status, call) => {
    const { url, requests } = await serveFlaky(status, 2);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    await call(client);
    expect(requests.map((r) => r.method)).toEqual([method, method, method]);
  });

  it("sends a POST that got a 500 exactly once", async () => {
    const { url, requests } = await serveFlaky(500, 1);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    const error = await client.ticketMessages
      .create({ ticket_id: 7, body: { channel: "email", via: "api", from_agent: true, body_text: "Your order shipped." } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toMatch(/createTicketMessage \(POST \/api\/tickets\/7\/messages\) failed with 500/);
    expect(requests).toHaveLength(1);
  });

  it("retries a POST after a 500 when the call opts in with retryUnsafe", async () => {
    const { url, requests } = await serveFlaky(500, 1);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    await client.tags.create({ body: { name: "vip" } }, { retryUnsafe: true });
    expect(requests).toHaveLength(2);
  });

  it("does not retry a client error such as 404", async () => {
    const { url, requests } = await serveFlaky(404, 5);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    await expect(client.tickets.get({ id: 1 })).rejects.toMatchObject({ name: "NotFoundError", status: 404 });
    expect(requests).toHaveLength(1);
  });

  it("bounds the attempts, then throws ServerError", async () => {
    const { url, requests } = await serveFlaky(503, 100);
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock, retry: { ...FAST, maxAttempts: 3 } });
    await expect(client.tickets.list()).rejects.toMatchObject({ name: "ServerError", status: 503 });
    expect(requests).toHaveLength(3);
    // Exponential backoff with jitter: the n-th delay lies in [cap/2, cap] with cap = base * 2^(n-1).
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(5);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(10);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(10);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(20);
  });

  it("waits a 503's Retry-After instead of its own backoff", async () => {
    let seen = 0;
    server = await startTestServer((_req, res) => {
      seen += 1;
      if (seen === 1) return sendJson(res, 503, { error: { msg: "Unavailable." } }, { "Retry-After": "2" });
      sendJson(res, 200, { id: 1 });
    });
    const clock = new VirtualClock();
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock, retry: FAST });
    await client.tickets.get({ id: 1 });
    expect(clock.sleeps).toEqual([2000]);
  });
});

describe("network errors", () => {
  /** Drops the connection without answering the first `drops` requests. */
  async function serveDropping(drops: number): Promise<TestServer> {
    let seen = 0;
    server = await startTestServer((_req, res) => {
      seen += 1;
      if (seen <= drops) return void res.socket?.destroy();
      sendJson(res, 200, { id: 1, name: "vip" });
    });
    return server;
  }

  it("retries a GET whose connection dropped", async () => {
    const { url, requests } = await serveDropping(1);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    await expect(client.tags.list()).resolves.toBeDefined();
    expect(requests).toHaveLength(2);
  });

  it("sends a POST whose connection dropped (it may have been processed) exactly once", async () => {
    const { url, requests } = await serveDropping(1);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    const error = await client.tags.create({ body: { name: "vip" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/createTag \(POST \/api\/tags\) got no response/);
    expect(requests).toHaveLength(1);
  });

  it("retries even a POST when the connection was refused (nothing was sent), within the attempts", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const lines: string[] = [];
    const client = createGorgiasClient({
      baseUrl: `http://127.0.0.1:${port}`,
      auth: API_KEY_AUTH,
      clock: new VirtualClock(),
      retry: { ...FAST, maxAttempts: 3 },
      logger: { warn: (line) => lines.push(line) },
    });
    const error = await client.tags.create({ body: { name: "vip" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/ECONNREFUSED/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/createTag \(POST \/api\/tags\) failed with a network error .*ECONNREFUSED.*retrying in \d+ ms \(attempt 2 of 3\)/);
  });
});
