import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, NetworkError, type GorgiasClient } from "../src/index.js";
import { resetMidBody } from "./support/faults.js";
import { API_KEY_AUTH, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST = { baseDelayMs: 10, maxDelayMs: 40 };
const TAG = { id: 1, name: "vip", description: "x".repeat(4000) };

describe("a connection reset in the middle of the response body", () => {
  it.each([
    ["GET", 200, (c: GorgiasClient) => c.tags.get({ id: 1 })],
    ["PUT", 200, (c: GorgiasClient) => c.tags.update({ id: 1, body: { name: "vip" } })],
    ["DELETE", 200, (c: GorgiasClient) => c.tags.delete({ id: 1 })],
  ] as const)("is retried for a %s", async (method, status, call) => {
    server = await startTestServer(resetMidBody(1, status, TAG).handler);
    const lines: string[] = [];
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST, logger: { warn: (l) => lines.push(l) } });
    await call(client);
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
    expect(lines).toEqual([expect.stringMatching(/failed with a network error while reading the response body \(terminated.*\): retrying in \d+ ms \(attempt 2 of 4\)/)]);
  });

  it("is a NetworkError, not retried, for a POST (it was processed)", async () => {
    server = await startTestServer(resetMidBody(1, 201, TAG).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: FAST });
    const error = await client.tags.create({ body: { name: "vip" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/^createTag \(POST \/api\/tags\) lost the connection while reading the response body: terminated/);
    expect(server.requests).toHaveLength(1);
  });

  it("is a NetworkError once the attempts run out", async () => {
    server = await startTestServer(resetMidBody(100, 200, TAG).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { ...FAST, maxAttempts: 3 } });
    await expect(client.tags.list()).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(3);
  });

  it("is a NetworkError for the raw client", async () => {
    server = await startTestServer(resetMidBody(100, 200, TAG).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { ...FAST, maxAttempts: 2 } });
    await expect(client.GET("/api/tags")).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(2);
  });
});
