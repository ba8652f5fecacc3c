import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, DeadlineExceededError, ResponseTooLargeError } from "../src/index.js";
import { endlessBody, oversizedBody } from "./support/faults.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MiB = 1024 * 1024;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("the deadline covers reading the body", () => {
  it("ends a call whose body trickles forever with DeadlineExceededError, and hangs up", async () => {
    const endless = endlessBody({ chunkBytes: 16, intervalMs: 20 });
    server = await startTestServer(endless.handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, retry: { deadlineMs: 300 } });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).deadlineMs).toBe(300);
    await until(() => endless.stats.aborted === 1);
    expect(server.requests).toHaveLength(1);
  });

  it("holds for the raw client too", async () => {
    const endless = endlessBody({ chunkBytes: 16, intervalMs: 20 });
    server = await startTestServer(endless.handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, retry: { deadlineMs: 300 } });
    await expect(client.GET("/api/tickets")).rejects.toBeInstanceOf(DeadlineExceededError);
    await until(() => endless.stats.aborted === 1);
  });
});

describe("the response size limit", () => {
  it("refuses a body past maxResponseBytes without reading it all, naming the limit", async () => {
    const endless = endlessBody();
    server = await startTestServer(endless.handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, maxResponseBytes: 1 * MiB });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).maxBytes).toBe(1 * MiB);
    expect((error as ResponseTooLargeError).message).toMatch(/listTickets \(GET \/api\/tickets\): the response body exceeds 1048576 bytes/);
    await until(() => endless.stats.aborted === 1);
    // Not retried: the same request would get the same body.
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["with a Content-Length", true],
    ["chunked", false],
  ])("refuses a complete body one byte over the limit (%s) and takes one at the limit", async (_label, declareLength) => {
    const limit = 64 * 1024;
    const over = oversizedBody(limit + 1, { declareLength });
    const exact = oversizedBody(limit, { declareLength });
    server = await startTestServer((req, res) => (req.query.get("limit") === "1" ? over.handler(req, res) : exact.handler(req, res)));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, maxResponseBytes: limit });
    await expect(client.tickets.list({ limit: 1 })).rejects.toBeInstanceOf(ResponseTooLargeError);
    const page = await client.tickets.list({ limit: 2 });
    expect(page.data.length).toBeGreaterThan(1000);
  });

  it("holds for the raw client too", async () => {
    server = await startTestServer(oversizedBody(4096, { declareLength: false }).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, maxResponseBytes: 1024 });
    await expect(client.GET("/api/tickets")).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("refuses a maxResponseBytes that is not a positive number", () => {
    expect(() => createGorgiasClient({ baseUrl: "http://127.0.0.1:1", auth: API_KEY_AUTH, maxResponseBytes: 0 })).toThrow(
      /`maxResponseBytes` must be a positive number of bytes, got 0/,
    );
  });

  it("keeps the client's peak RSS growth under 96 MiB (the 32 MiB default limit plus fetch's buffers) on an endless body", async () => {
    const endless = endlessBody();
    server = await startTestServer((req, res) => (req.path === "/api/tickets" ? endless.handler(req, res) : sendJson(res, 200, { id: 1 })));
    const script = fileURLToPath(new URL("./support/endless-body-rss.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script, server.url], { cwd: fileURLToPath(new URL("..", import.meta.url)) });
    // A hang guard only: without a limit the child would read until the 120 s default deadline.
    const guard = setTimeout(() => child.kill(), 25_000);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearTimeout(guard);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    const result = JSON.parse(stdout) as { baselineRss: number; peakRss: number; errorName: string; errorMessage: string };
    expect(result.errorName).toBe("ResponseTooLargeError");
    expect(result.errorMessage).toMatch(/exceeds 33554432 bytes/);
    expect(endless.stats.bytesWritten).toBeGreaterThan(32 * MiB);
    const growth = result.peakRss - result.baselineRss;
    console.log(`endless body, default limit: RSS ${(result.baselineRss / MiB).toFixed(1)} MiB -> peak ${(result.peakRss / MiB).toFixed(1)} MiB (growth ${(growth / MiB).toFixed(1)} MiB) after the server wrote ${(endless.stats.bytesWritten / MiB).toFixed(1)} MiB`);
    // The body held up to the limit, plus fetch's socket buffers not yet collected (measured 50-75 MiB
    // in all); without a limit the client grew by 2.1 GiB in 14 s and kept reading.
    expect(growth).toBeLessThan(32 * MiB + 64 * MiB);
  });
});
