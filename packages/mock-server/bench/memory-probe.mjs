// Seeds 100,000 tickets in a fresh plain-Node process (no TypeScript loader, which would add a
// second isolate to the process), answers a few reads, and prints its memory as JSON.
// Run by run.ts with --expose-gc, after `pnpm build`.
import { MockEngine } from "../dist/index.js";

const started = performance.now();
const engine = new MockEngine({ seedCounts: { tickets: 100_000 } });
const seedMs = performance.now() - started;
const authorization = `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}`;
for (const url of ["/api/tickets", "/api/tickets/1", "/api/customers", "/api/tickets?order_by=updated_datetime:desc"]) {
  const res = engine.handleNow({ method: "GET", url, headers: { authorization }, body: null });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
}
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ tickets: engine.store.tickets.size, messages: engine.store.messages.size, seedMs, rssMb: rss / 1048576, heapMb: heapUsed / 1048576 })}\n`);
