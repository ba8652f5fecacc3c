/**
 * Benchmarks of @gorgias-kit/client, each against a named peer in the same run:
 * 1. per-call overhead vs raw fetch on the same local server and requests (target ratio ≤ 1.10);
 * 2. rate-limit efficiency: 200 calls vs a server enforcing 40 per 2 s (elapsed within 5 % of the
 *    theoretical minimum, ≤ 1 429 received, 0 surfaced);
 * 3. pagination over 100,000 items: heap growth (target < 20 MB);
 * 4. `generate` wall time vs openapi-typescript alone on the same bundled spec.
 */
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createGorgiasClient, RateLimitError } from "../src/index.js";
import { sendJson, ServerBucket, startBenchServer } from "./bench-server.js";

const AUTH = { type: "apiKey", email: "bench@example.com", apiKey: "bench-api-key-0001" } as const;
const BASIC = `Basic ${Buffer.from(`${AUTH.email}:${AUTH.apiKey}`).toString("base64")}`;
const results: string[] = [];

function report(line: string): void {
  console.log(line);
  results.push(line);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function perCallOverhead(): Promise<void> {
  const ticket = JSON.stringify({ id: 1, subject: "Where is my order?", status: "open", channel: "email", via: "email", customer: { id: 42, email: "jane@example.com" }, tags: [], created_datetime: "2024-02-14T21:49:40.308988+00:00" });
  let used = 0;
  const server = await startBenchServer((_req, res) => sendJson(res, 200, ticket, { "X-Gorgias-Account-Api-Call-Limit": `${(used = (used % 40) + 1)}/1000000` }));
  // A bucket large enough never to wait: the limiter's bookkeeping is measured, not its waits.
  const client = createGorgiasClient({ baseUrl: server.url, auth: AUTH, rateLimit: { requests: 1_000_000, windowMs: 1000 } });
  const url = `${server.url}/api/tickets/1`;
  const rawFetch = async () => {
    const response = await fetch(url, { headers: { authorization: BASIC, accept: "application/json" } });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return response.json();
  };
  const viaClient = () => client.tickets.get({ id: 1 });
  const viaRaw = async () => (await client.GET("/api/tickets/{id}", { params: { path: { id: 1 } } })).data;
  const timeRound = async (fn: () => Promise<unknown>, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return (performance.now() - start) / n;
  };
  for (const fn of [rawFetch, viaClient, viaRaw]) await timeRound(fn, 500);
  const samples = { fetch: [] as number[], client: [] as number[], raw: [] as number[] };
  for (let round = 0; round < 15; round++) {
    // Interleaved rounds, so drift in machine load hits every contender alike.
    samples.fetch.push(await timeRound(rawFetch, 300));
    samples.client.push(await timeRound(viaClient, 300));
    samples.raw.push(await timeRound(viaRaw, 300));
  }
  await server.close();
  const base = median(samples.fetch);
  const ours = median(samples.client);
  const typed = median(samples.raw);
  report(`per-call: raw fetch ${(base * 1000).toFixed(0)} µs, client.tickets.get ${(ours * 1000).toFixed(0)} µs, client.GET (raw, openapi-fetch types) ${(typed * 1000).toFixed(0)} µs`);
  report(`per-call: ratio client/fetch ${(ours / base).toFixed(3)} (target ≤ 1.10), client.GET/fetch ${(typed / base).toFixed(3)}`);
}

async function rateLimitEfficiency(): Promise<void> {
  const bucket = new ServerBucket(40, 2000);
  const server = await startBenchServer((_req, res) => {
    const taken = bucket.take();
    if (!taken.ok) return sendJson(res, 429, JSON.stringify({ error: { msg: "Too many requests." } }), { "Retry-After": String(taken.retryAfter), "X-Gorgias-Account-Api-Call-Limit": "40/40" });
    sendJson(res, 200, JSON.stringify({ id: 1 }), { "X-Gorgias-Account-Api-Call-Limit": `${taken.used}/40` });
  });
  const client = createGorgiasClient({ baseUrl: server.url, auth: AUTH, rateLimit: { requests: 40, windowMs: 2000 } });
  const calls = 200;
  const start = performance.now();
  const outcomes = await Promise.all(Array.from({ length: calls }, (_, i) => client.tickets.get({ id: i + 1 }).then(() => null, (error: unknown) => error)));
  const elapsed = performance.now() - start;
  await server.close();
  const surfaced = outcomes.filter((e) => e instanceof RateLimitError).length;
  const failed = outcomes.filter((e) => e !== null).length;
  // The bucket starts empty: 40 go at once, each later call waits for one slot to drain (50 ms).
  const minimum = ((calls - bucket.limit) * bucket.windowMs) / bucket.limit;
  report(`rate limit: ${calls} calls vs 40 per 2 s in ${(elapsed / 1000).toFixed(2)} s, theoretical minimum ${(minimum / 1000).toFixed(2)} s, ratio ${(elapsed / minimum).toFixed(3)} (target ≤ 1.05)`);
  report(`rate limit: 429s received ${bucket.rejected} (target ≤ 1), surfaced ${surfaced} (target 0), other failures ${failed - surfaced}`);
}

async function paginationHeap(): Promise<void> {
  setFlagsFromString("--expose_gc");
  const gc = runInNewContext("gc") as () => void;
  const total = 100_000;
  const pageSize = 100;
  const server = await startBenchServer((req, res) => {
    const query = new URL(req.url ?? "/", "http://x").searchParams;
    const start = Number(query.get("cursor") ?? 0);
    const data = Array.from({ length: Math.min(pageSize, total - start) }, (_, i) => ({
      id: start + i + 1,
      subject: `Ticket ${start + i + 1}: where is my order? ${"x".repeat(120)}`,
      status: "open",
      channel: "email",
      customer: { id: 42, email: "jane@example.com", name: "Jane Doe" },
      tags: [{ id: 1, name: "vip" }],
      created_datetime: "2024-02-14T21:49:40.308988+00:00",
    }));
    const next = start + pageSize < total ? String(start + pageSize) : null;
    sendJson(res, 200, JSON.stringify({ data, meta: { prev_cursor: null, next_cursor: next }, object: "list", uri: "/api/tickets" }));
  });
  const client = createGorgiasClient({ baseUrl: server.url, auth: AUTH, rateLimit: false });
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let count = 0;
  const started = performance.now();
  for await (const ticket of client.tickets.list({ limit: pageSize })) {
    count += ticket.id > 0 ? 1 : 0;
    if (count % 10_000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
  }
  const elapsed = performance.now() - started;
  await server.close();
  gc();
  const after = process.memoryUsage().heapUsed - baseline;
  // The peer: holding every item, as collecting the list into an array would.
  const retainedBytes = Buffer.byteLength(JSON.stringify({ id: 1, subject: `Ticket 1: where is my order? ${"x".repeat(120)}`, status: "open", channel: "email", customer: { id: 42, email: "jane@example.com", name: "Jane Doe" }, tags: [{ id: 1, name: "vip" }], created_datetime: "2024-02-14T21:49:40.308988+00:00" })) * total;
  report(`pagination: ${count} items in ${(elapsed / 1000).toFixed(2)} s, heap growth peak ${(peak / 1e6).toFixed(2)} MB, after ${(after / 1e6).toFixed(2)} MB (target < 20 MB; the items' JSON alone is ${(retainedBytes / 1e6).toFixed(1)} MB)`);
}

async function generateTime(): Promise<void> {
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const run = promisify(execFile);
  const time = async (file: string, args: string[], cwd: string) => {
    const start = performance.now();
    await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - start;
  };
  const tsx = join(repo, "generators/node_modules/.bin/tsx");
  const openapiTs = join(repo, "packages/client/node_modules/.bin/openapi-typescript");
  const generate: number[] = [];
  const typesOnly: number[] = [];
  for (let i = 0; i < 3; i++) {
    // --check does all the work of `pnpm generate` (bundle, model, every emitter, compare) without writing.
    generate.push(await time(tsx, ["bin/generate.ts", "--check"], join(repo, "generators")));
    typesOnly.push(await time(openapiTs, [join(repo, "packages/spec/openapi.json"), "-o", join(tmpdir(), "gorgias-bench-schema.ts")], repo));
  }
  const g = median(generate);
  const t = median(typesOnly);
  report(`generate: all emitters ${(g / 1000).toFixed(2)} s vs openapi-typescript alone ${(t / 1000).toFixed(2)} s on the same spec (ratio ${(g / t).toFixed(2)}; median of 3, process start included)`);
}

const only = process.argv.slice(2);
const benches: [string, () => Promise<void>][] = [
  ["overhead", perCallOverhead],
  ["rate-limit", rateLimitEfficiency],
  ["pagination", paginationHeap],
  ["generate", generateTime],
];
for (const [name, bench] of benches) if (only.length === 0 || only.includes(name)) await bench();
console.log(`\n${results.join("\n")}`);
