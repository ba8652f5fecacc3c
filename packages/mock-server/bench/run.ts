import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { requestMix, sameSizeMix } from "./request-mix.js";

/**
 * The mock against Stoplight Prism (`prism mock` on the same bundled spec), same load generator
 * and request mix, in one run; then the memory of a mock seeded with 100,000 tickets.
 */

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SPEC = fileURLToPath(new URL("../../spec/openapi.json", import.meta.url));
const PRISM = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));
const MOCK_BIN = fileURLToPath(new URL("../bin/gorgias-mock.js", import.meta.url));

interface Measured {
  name: string;
  requestsPerSecond: number;
  bytesPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function load(name: string, url: string, duration: number, requests: autocannon.Request[]): Promise<Measured> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, requests });
  return {
    name,
    requestsPerSecond: result.requests.average,
    bytesPerSecond: result.throughput.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function measure(name: string, url: string, requests: autocannon.Request[]): Promise<Measured> {
  await load(name, url, 2, requests);
  return load(name, url, DURATION_S, requests);
}

function report(title: string, ours: Measured, peer: Measured): void {
  console.log(`\n${title}`);
  console.table([ours, peer].map((r) => ({ server: r.name, "req/s": Math.round(r.requestsPerSecond), "MB/s": +(r.bytesPerSecond / 1e6).toFixed(1), "p50 ms": r.p50, "p99 ms": r.p99, "non-2xx": r.non2xx, errors: r.errors })));
  const ratio = ours.requestsPerSecond / peer.requestsPerSecond;
  console.log(`req/s ratio gorgias-mock / prism: ${ratio.toFixed(1)}x (target >= 10x: ${ratio >= 10 ? "met" : "NOT met"}); bytes/s ratio ${(ours.bytesPerSecond / peer.bytesPerSecond).toFixed(1)}x`);
  console.log(`gorgias-mock p99: ${ours.p99} ms (target <= 10 ms: ${ours.p99 <= 10 ? "met" : "NOT met"})`);
  if (ours.non2xx > 0 || ours.errors > 0) console.log(`warning: gorgias-mock answered ${ours.non2xx} non-2xx and ${ours.errors} errors`);
}

function memory(): Promise<{ rssMb: number; heapMb: number; seedMs: number; tickets: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", fileURLToPath(new URL("./memory-probe.mjs", import.meta.url))], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`memory probe exited with ${code}`))));
  });
}

// Both servers run in their own process, as users run them (the built CLI, and the prism CLI),
// so neither shares a thread with the load generator.
const servers: ChildProcess[] = [];
try {
  const mockPort = await freePort();
  servers.push(spawn(process.execPath, [MOCK_BIN, "--port", String(mockPort), "--rate-limit", "off"], { stdio: "ignore" }));
  const prismPort = await freePort();
  servers.push(spawn(PRISM, ["mock", SPEC, "-p", String(prismPort), "-h", "127.0.0.1", "--verboseLevel", "warn"], { stdio: "ignore" }));
  const mockUrl = `http://127.0.0.1:${mockPort}`;
  await waitUntilServing(`${mockUrl}/api/tickets`, 30_000);
  await waitUntilServing(`http://127.0.0.1:${prismPort}/api/tickets`, 60_000);

  console.log(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per run (after a 2 s warm-up); mix: list tickets, get ticket, create ticket, list customers.`);
  const prismUrl = `http://127.0.0.1:${prismPort}`;
  report("Default page size (the mock lists 30 records; Prism answers the one-record example):", await measure("gorgias-mock", mockUrl, requestMix), await measure("prism mock", prismUrl, requestMix));
  report("One record per list page (bodies of about the same size):", await measure("gorgias-mock", mockUrl, sameSizeMix), await measure("prism mock", prismUrl, sameSizeMix));
} finally {
  for (const server of servers) server.kill("SIGTERM");
}

const mem = await memory();
console.log(
  `memory with ${mem.tickets.toLocaleString("en")} seeded tickets: RSS ${mem.rssMb.toFixed(0)} MB, heap ${mem.heapMb.toFixed(0)} MB, seeded in ${(mem.seedMs / 1000).toFixed(1)} s (target RSS <= 300 MB: ${mem.rssMb <= 300 ? "met" : "NOT met"})`,
);
