import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, DeadlineExceededError } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that never answers. */
async function serveNothing(): Promise<TestServer> {
  server = await startTestServer(() => undefined);
  return server;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("deadline", () => {
  it("ends a call that outlives its deadline with DeadlineExceededError", async () => {
    const { url } = await serveNothing();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, retry: { deadlineMs: 150 } });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).message).toMatch(/listTickets \(GET \/api\/tickets\) did not finish within its 150 ms deadline/);
  });

  it("surfaces a 5xx at once when the backoff would end after the deadline", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 503, { error: { msg: "Unavailable." } }, { "Retry-After": "30" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, retry: { deadlineMs: 5_000 } });
    await expect(client.tickets.list()).rejects.toMatchObject({ name: "ServerError", status: 503, apiMessage: "Unavailable." });
    expect(server.requests).toHaveLength(1);
  });

  it("counts the rate-limit wait inside the deadline", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 1 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, rateLimit: { requests: 1, windowMs: 600_000 }, retry: { deadlineMs: 2_000 } });
    await client.tickets.get({ id: 1 });
    await expect(client.tickets.get({ id: 1 })).rejects.toBeInstanceOf(DeadlineExceededError);
    expect(server.requests).toHaveLength(1);
    expect(client.rateLimit.usage.queued).toBe(0);
  });
});

describe("AbortSignal", () => {
  it("aborts an in-flight request with the signal's reason", async () => {
    const { url, requests } = await serveNothing();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const controller = new AbortController();
    const call = client.tickets.list({}, { signal: controller.signal });
    await until(() => requests.length === 1);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it("aborts a call waiting for room in the rate-limit bucket, which then sends nothing", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 1 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, rateLimit: { requests: 1, windowMs: 600_000 } });
    await client.tickets.get({ id: 1 });
    const controller = new AbortController();
    const waiting = client.tickets.get({ id: 2 }, { signal: controller.signal });
    await until(() => client.rateLimit.usage.queued === 1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(client.rateLimit.usage.queued).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it("aborts a call waiting between retries", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 503, { error: { msg: "Unavailable." } }));
    const controller = new AbortController();
    const lines: string[] = [];
    const client = createGorgiasClient({
      baseUrl: server.url,
      auth: API_KEY_AUTH,
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, deadlineMs: 1_200_000 },
      logger: { warn: (line) => lines.push(line) },
    });
    const call = client.tickets.list({}, { signal: controller.signal });
    await until(() => lines.length === 1);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses to start with an already aborted signal", async () => {
    const { url, requests } = await serveNothing();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    await expect(client.tickets.list({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(requests).toHaveLength(0);
  });
});
