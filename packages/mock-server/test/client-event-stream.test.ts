import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createGorgiasClient, InvalidRequestError, type Clock, type EventStreamCheckpoint, type StreamedEvent } from "@gorgias-kit/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

const auth = { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" } as const;
const newTicket = { subject: "Parcel lost", messages: [{ channel: "email", via: "api", from_agent: false, sender: { email: "buyer@example.com" }, body_text: "Where is it?" }] };

/** Takes `count` events from a stream, then aborts it; the hang guard only stops a broken stream. */
async function take(stream: AsyncGenerator<StreamedEvent>, count: number, stop: AbortController): Promise<StreamedEvent[]> {
  const out: StreamedEvent[] = [];
  const guard = setTimeout(() => stop.abort(), 20_000);
  try {
    for await (const item of stream) {
      out.push(item);
      if (out.length === count) break;
    }
  } finally {
    clearTimeout(guard);
    stop.abort();
  }
  return out;
}

describe("client.events.stream follows GET /api/events of the mock", () => {
  it("yields the events created by writes, in order, after the newest event when it started", async () => {
    const client = createGorgiasClient({ baseUrl: mock.url, auth });
    const stop = new AbortController();
    const stream = client.events.stream({ pollIntervalMs: 20, signal: stop.signal });
    const collected = take(stream, 3, stop);
    // The stream's first request (the newest event) happens before these writes are made.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await call(mock, "POST", "/api/tags", { body: { name: "vip-stream" } })).status).toBe(201);
    expect((await call(mock, "POST", "/api/customers", { body: { email: "stream@example.com", channels: [{ type: "email", address: "stream@example.com", preferred: true }] } })).status).toBe(201);
    expect((await call(mock, "POST", "/api/tickets", { body: newTicket })).status).toBe(201);
    const events = await collected;
    expect(events.map((e) => [e.event.type, e.event.object_type])).toEqual([
      ["tag-created", "Tag"],
      ["customer-created", "Customer"],
      ["ticket-created", "Ticket"],
    ]);
    const ids = events.map((e) => e.event.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(events.at(-1)!.checkpoint).toEqual({ created_datetime: events.at(-1)!.event.created_datetime, id: ids.at(-1) });
  });

  it("resumes from a stored checkpoint with only the newer events: none missed, none repeated", async () => {
    const client = createGorgiasClient({ baseUrl: mock.url, auth });
    // The seeded history is from 2024: starting a minute ago reads only the three new tags.
    const since = new Date(Date.now() - 60_000).toISOString().replace("Z", "");
    for (const name of ["a", "b", "c"]) await call(mock, "POST", "/api/tags", { body: { name: `resume-${name}` } });
    const first = new AbortController();
    const firstRun = await take(client.events.stream({ since, types: ["tag-created"], pollIntervalMs: 20, signal: first.signal }), 3, first);
    const seen = firstRun.map((e) => e.event.id);
    expect(new Set(seen).size).toBe(3);
    const stored: EventStreamCheckpoint = JSON.parse(JSON.stringify(firstRun.at(-1)!.checkpoint));

    await call(mock, "POST", "/api/tags", { body: { name: "resume-d" } });
    await call(mock, "POST", "/api/customers", { body: { email: "skip@example.com", channels: [{ type: "email", address: "skip@example.com", preferred: true }] } });
    await call(mock, "POST", "/api/tags", { body: { name: "resume-e" } });
    const second = new AbortController();
    const resumed = await take(client.events.stream({ checkpoint: stored, types: ["tag-created"], pollIntervalMs: 20, signal: second.signal }), 2, second);
    expect(resumed.map((e) => e.event.type)).toEqual(["tag-created", "tag-created"]);
    expect(resumed.every((e) => !seen.includes(e.event.id))).toBe(true);
    const names = await Promise.all(resumed.map(async (e) => (await call(mock, "GET", `/api/tags/${e.event.object_id}`)).json.name));
    expect(names).toEqual(["resume-d", "resume-e"]);
  }, 30_000);

  it("orders events of one instant by id: a checkpoint at that instant yields only the larger ids", async () => {
    const client = createGorgiasClient({ baseUrl: mock.url, auth });
    for (const name of ["x", "y"]) await call(mock, "POST", "/api/tags", { body: { name: `same-${name}` } });
    const [x, y] = [...mock.engine.store.events.values()].filter((e) => e.type === "tag-created").slice(-2);
    // A checkpoint at y's own instant, one id below it: x (an older instant or a smaller id) is skipped, y is not.
    const stop = new AbortController();
    const after = await take(client.events.stream({ checkpoint: { created_datetime: y!.created_datetime, id: y!.id - 1 }, types: ["tag-created"], pollIntervalMs: 20, signal: stop.signal }), 1, stop);
    expect(x!.id).toBe(y!.id - 1);
    expect(after.map((e) => e.event.id)).toEqual([y!.id]);
  });

  it("asks for one page of pageSize events at a time, and each request waits for the client's rate limiter", async () => {
    const urls: string[] = [];
    const sleeps: number[] = [];
    // Real time passes for the mock; the client's waits are recorded and skipped.
    let now = 0;
    const clock: Clock = {
      now: () => now,
      async sleep(ms, signal) {
        if (signal?.aborted) throw signal.reason;
        sleeps.push(ms);
        now += ms;
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
    const client = createGorgiasClient({
      baseUrl: mock.url,
      auth,
      clock,
      fetch: (input, init) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    for (const name of ["p1", "p2", "p3", "p4", "p5"]) await call(mock, "POST", "/api/tags", { body: { name } });
    // Fill the account's bucket (40 per 20 s) to 38 outside this client: the usage header of its
    // first answer tells its limiter, which then makes the next requests wait for room.
    for (let i = 0; i < 33; i++) expect((await call(mock, "GET", "/api/tags/1")).status).toBe(200);
    const stop = new AbortController();
    const since = [...mock.engine.store.events.values()].filter((e) => e.type === "tag-created").at(-5)!.created_datetime;
    const events = await take(client.events.stream({ since, types: ["tag-created"], pageSize: 2, pollIntervalMs: 1, signal: stop.signal }), 5, stop);
    expect(events.map((e) => e.event.type)).toEqual(Array(5).fill("tag-created"));
    // Five events in pages of two: three requests in the first poll, each asking for two.
    expect(urls).toHaveLength(3);
    expect(urls.map((u) => new URL(u).searchParams.get("limit"))).toEqual(["2", "2", "2"]);
    // Near the account's limit, the limiter held the later pages back (the poll interval is 1 ms).
    expect(sleeps.filter((ms) => ms > 1).length).toBeGreaterThanOrEqual(1);
  });

  it("ends without an error when the signal aborts during the wait between polls", async () => {
    const client = createGorgiasClient({ baseUrl: mock.url, auth });
    const stop = new AbortController();
    const stream = client.events.stream({ pollIntervalMs: 60_000, signal: stop.signal });
    const done = (async () => {
      const items: StreamedEvent[] = [];
      for await (const item of stream) items.push(item);
      return items;
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop.abort();
    await expect(done).resolves.toEqual([]);
  });

  it.each([
    [{ pageSize: 0 }, /pageSize/],
    [{ pageSize: 101 }, /pageSize/],
    [{ pollIntervalMs: -1 }, /pollIntervalMs/],
    [{ since: "yesterday" }, /since/],
    [{ checkpoint: { created_datetime: "nope", id: 1 } }, /checkpoint/],
  ])("refuses bad options %j before any request, naming the option", async (options, message) => {
    const client = createGorgiasClient({ baseUrl: mock.url, auth });
    const stream = client.events.stream(options as never);
    await expect(stream.next()).rejects.toThrow(InvalidRequestError);
    await expect(client.events.stream(options as never).next()).rejects.toThrow(message);
  });
});

describe("examples/follow-events.ts (the client README's event-stream example)", () => {
  const root = new URL("../../client/", import.meta.url);
  const example = readFileSync(new URL("examples/follow-events.ts", root), "utf8");
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "follow-events-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is shown byte for byte in the client README", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    expect([...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])).toContain(example);
  });

  it("prints the new events, stores the checkpoint, and on the next run prints only newer ones", async () => {
    const run = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", fileURLToPath(new URL("examples/follow-events.ts", root))], {
        cwd: fileURLToPath(root),
        env: { ...process.env, GORGIAS_BASE_URL: mock.url, GORGIAS_EMAIL: auth.email, GORGIAS_API_KEY: auth.apiKey, CHECKPOINT_FILE: join(dir, "checkpoint.json"), SINCE: since },
        timeout: 30_000,
      });
      return stdout.trim().split("\n").filter(Boolean);
    };
    const since = new Date(Date.now() - 60_000).toISOString().replace("Z", "");
    const tag = (await call(mock, "POST", "/api/tags", { body: { name: "example-1" } })).json;
    const ticket = (await call(mock, "POST", "/api/tickets", { body: newTicket })).json;
    expect(await run()).toEqual([`tag-created Tag ${tag.id}`, `ticket-created Ticket ${ticket.id}`]);
    const stored = JSON.parse(readFileSync(join(dir, "checkpoint.json"), "utf8"));
    expect(stored.id).toBe(mock.engine.store.events.nextId - 1);

    const later = (await call(mock, "POST", "/api/tags", { body: { name: "example-2" } })).json;
    await call(mock, "PUT", `/api/tags/${later.id}`, { body: { name: "example-2b" } }); // tag-updated: not a type the example follows
    expect(await run()).toEqual([`tag-created Tag ${later.id}`]);
  }, 60_000);
});
