import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { MockEngine } from "../src/index.js";
import { basic } from "./support/http.js";
import { after, openStalledRequest } from "./support/stalled-request.js";

const BIN = fileURLToPath(new URL("../bin/gorgias-mock.js", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

function run(args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: "pipe" });
  children.push(child);
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (out += c));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function start(args: string[]): Promise<Running> {
  const r = run(["--port", "0", ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(r.output());
      if (m) resolve(m[1]!);
    };
    r.child.stdout.on("data", check);
    void r.exit.then((code) => reject(new Error(`exited with ${code}: ${r.output()}`)));
  });
  return { ...r, url };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("gorgias-mock CLI", () => {
  it("prints the URL and the credentials it accepts, serves the API, and stops cleanly on SIGINT", async () => {
    const mock = await start([]);
    expect(mock.output()).toContain("admin@example.com:mock-api-key");
    expect(mock.output()).toContain("Rate limit:    standard");
    expect(mock.output()).toContain("Deliveries:    to loopback receivers only");
    const res = await fetch(`${mock.url}/api/tickets/1`, { headers: { authorization: basic() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gorgias-account-api-call-limit")).toBe("1/40");
    mock.child.kill("SIGINT");
    expect(await mock.exit).toBe(0);
    expect(mock.output()).toContain("stopped.");
  });

  it("stops cleanly on SIGTERM and keeps the state with --state", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gorgias-mock-"));
    const state = join(dir, "state.json");
    const first = await start(["--state", state, "--seed", "9"]);
    const created = await fetch(`${first.url}/api/tags`, { method: "POST", headers: { authorization: basic(), "content-type": "application/json" }, body: JSON.stringify({ name: "kept" }) });
    const { id } = (await created.json()) as { id: number };
    first.child.kill("SIGTERM");
    expect(await first.exit).toBe(0);
    expect(JSON.parse(readFileSync(state, "utf8")).format).toBe("gorgias-mock-state");
    const second = await start(["--state", state]);
    const read = await fetch(`${second.url}/api/tags/${id}`, { headers: { authorization: basic() } });
    expect(((await read.json()) as { name: string }).name).toBe("kept");
    second.child.kill("SIGTERM");
    expect(await second.exit).toBe(0);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("exits on %s while a client holds an incomplete request body open", async (signal) => {
    const mock = await start([]);
    const stalled = await openStalledRequest(Number(new URL(mock.url).port));
    // Answered after the stalled request was sent: the server has read the stalled headers by now.
    expect((await fetch(`${mock.url}/api/tickets/1`, { headers: { authorization: basic() } })).status).toBe(200);
    const sent = performance.now();
    mock.child.kill(signal);
    const code = await Promise.race([mock.exit, after(20_000, "still running after 20 s")]);
    const elapsedMs = performance.now() - sent;
    expect(code).toBe(0);
    expect(mock.output()).toContain("stopped.");
    expect(await Promise.race([stalled.closed.then(() => "closed"), after(5_000, "open")])).toBe("closed");
    // The figure the issue asks for; the hang guard above is the only bound asserted.
    console.log(`gorgias-mock: ${signal} to exit with an incomplete request body: ${elapsedMs.toFixed(0)} ms`);
  });

  it("accepts repeated --api-key pairs without printing the keys", async () => {
    const mock = await start(["--api-key", "ops@example.com:cli-secret-1", "--api-key", "bot@example.com:cli-secret-2", "--rate-limit", "off"]);
    expect(mock.output()).toContain("ops@example.com");
    expect(mock.output()).not.toContain("cli-secret");
    expect((await fetch(`${mock.url}/api/tickets/1`, { headers: { authorization: basic("bot@example.com", "cli-secret-2") } })).status).toBe(200);
    expect((await fetch(`${mock.url}/api/tickets/1`, { headers: { authorization: basic() } })).status).toBe(401);
    mock.child.kill("SIGINT");
    await mock.exit;
    expect(mock.output()).not.toContain("cli-secret");
  });

  it("opens deliveries to any host with --deliver-to-any-host", async () => {
    const mock = await start(["--deliver-to-any-host"]);
    expect(mock.output()).toContain("Deliveries:    to any host (--deliver-to-any-host)");
    mock.child.kill("SIGTERM");
    expect(await mock.exit).toBe(0);
  });

  it("loads --fixtures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gorgias-mock-"));
    const file = join(dir, "fixtures.json");
    writeFileSync(file, JSON.stringify({ tags: [{ id: 77, name: "from-file" }] }));
    const mock = await start(["--fixtures", file, "--latency", "5", "--fail-rate", "0"]);
    const res = await fetch(`${mock.url}/api/tags/77`, { headers: { authorization: basic() } });
    expect(((await res.json()) as { name: string }).name).toBe("from-file");
    mock.child.kill("SIGINT");
    await mock.exit;
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--port", "eighty"], /--port must be an integer/],
    [["--rate-limit", "fast"], /--rate-limit must be standard, enterprise or off/],
    [["--fail-rate", "2"], /--fail-rate must be a probability/],
    [["--latency=-1"], /--latency must be a number/],
    [["--seed", "1.5"], /--seed must be an integer/],
    [["--api-key", "no-colon"], /--api-key must be EMAIL:KEY/],
    [["--fixtures", "/nonexistent/fixtures.json"], /--fixtures: cannot read/],
    [["stray"], /Unexpected argument 'stray'/],
  ])("rejects %j with a clear error and exit code 2", async (args, message) => {
    const r = run(args);
    expect(await r.exit).toBe(2);
    expect(r.output()).toMatch(message);
  });

  it("refuses a --state file whose records do not match the spec, naming the record and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gorgias-mock-"));
    const file = join(dir, "state.json");
    const state = new MockEngine().exportState();
    (state.collections.tickets.records[0] as { customer_id: unknown }).customer_id = "x";
    writeFileSync(file, JSON.stringify(state));
    const r = run(["--port", "0", "--state", file]);
    expect(await Promise.race([r.exit, after(20_000, "still running after 20 s")])).toBe(2);
    expect(r.output()).toMatch(/--state: .* collections\.tickets\.records\.0\.customer_id: Expected null or an integer id/);
  });

  it("names the fixture field that does not match the spec", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gorgias-mock-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ tickets: [{ status: "pending" }] }));
    const r = run(["--port", "0", "--fixtures", file]);
    expect(await r.exit).toBe(2);
    expect(r.output()).toMatch(/--fixtures: Fixtures do not match the spec:\s+fixtures\.tickets\.0\.status/);
  });
});
