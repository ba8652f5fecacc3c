/**
 * `pnpm bench`: the context budget of tools/list and the per-call overhead of the MCP layer.
 *
 * Peers, measured in the same run:
 * - context: a naive one-tool-per-operation conversion of the same bundled spec (every schema
 *   dereferenced, request and response, full descriptions, examples kept), the shape a generic
 *   OpenAPI-to-MCP converter produces;
 * - calls: the same operation through @gorgias-kit/client directly, against the same mock server.
 */
import { readFileSync } from "node:fs";
import { createGorgiasClient } from "@gorgias-kit/client";
import { startMockServer } from "@gorgias-kit/mock-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { contextSize, createGorgiasMcp, DEFAULT_TOOLSETS_TOKEN_BUDGET } from "../src/index.js";

type Json = Record<string, unknown>;
const TARGET_DYNAMIC = 1_500;

/** Inlines every local `$ref` (a cycle becomes `{}`), as a naive converter does. */
function inline(document: Json, node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(document, n, seen));
  if (!node || typeof node !== "object") return node;
  const ref = (node as { $ref?: string }).$ref;
  if (typeof ref === "string") {
    if (seen.includes(ref)) return {};
    const target = ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Json)[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
    return inline(document, target, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(document, v, seen)]));
}

function naiveTools(document: Json): unknown[] {
  const tools: unknown[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = inline(document, raw) as Json;
      const properties: Json = {};
      for (const p of (op.parameters as Json[] | undefined) ?? []) properties[String(p.name)] = { ...(p.schema as Json), description: p.description };
      const body = ((op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.["application/json"];
      if (body) properties.body = body.schema;
      const success = Object.entries(op.responses as Record<string, Json>).find(([status]) => status.startsWith("2"))?.[1];
      const output = (success?.content as Record<string, Json> | undefined)?.["application/json"]?.schema;
      tools.push({
        name: op.operationId,
        description: `${method.toUpperCase()} ${path}: ${String(op.description ?? op.summary)}`,
        inputSchema: { type: "object", properties },
        ...(output ? { outputSchema: output } : {}),
      });
    }
  }
  return tools;
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(26) : String(c).padStart(12))).join(" ");
}

function contextBudget(): void {
  const client = { baseUrl: "http://127.0.0.1:9", auth: { type: "apiKey", email: "bench@example.com", apiKey: "unused" } } as const;
  const tools = (options: Parameters<typeof createGorgiasMcp>[0]) => createGorgiasMcp({ audit: { write: () => {} }, ...options }).listTools();
  const spec = JSON.parse(readFileSync(new URL("../../spec/openapi.json", import.meta.url), "utf8")) as Json;
  const naive = contextSize(naiveTools(spec));
  const modes = [
    ["default toolsets", contextSize(tools({ client })), DEFAULT_TOOLSETS_TOKEN_BUDGET],
    ["all tools (--toolsets all)", contextSize(tools({ client, grant: { toolsets: ["all"] } })), null],
    ["read-only, default", contextSize(tools({ client, grant: { readOnly: true } })), DEFAULT_TOOLSETS_TOKEN_BUDGET],
    ["read-only, all", contextSize(tools({ client, grant: { readOnly: true, toolsets: ["all"] } })), null],
    ["dynamic (--dynamic)", contextSize(tools({ client, dynamic: true })), TARGET_DYNAMIC],
  ] as const;
  console.log("tools/list context budget (tokens ≈ characters / 4 of the compact JSON result)");
  console.log(row(["mode", "chars", "tokens", "target", "within", "naive/ours"]));
  for (const [mode, size, target] of modes) {
    const within = target === null ? "-" : size.tokens <= target ? "yes" : "NO";
    console.log(row([mode, size.chars, size.tokens, target ?? "measured", within, `${(naive.tokens / size.tokens).toFixed(1)}x`]));
  }
  console.log(row(["peer: naive conversion", naive.chars, naive.tokens, "-", "-", "1.0x"]));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Timing = { label: string; mean: number; p50: number; p99: number };

function summary(label: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { label, mean: samples.reduce((a, b) => a + b, 0) / samples.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Times two paths in alternation (A, B, A, B…), so drift and warm-up weigh on both alike. */
async function alternate(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  for (let i = 0; i < 50; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      times[k]!.push(performance.now() - start);
    }
  }
  return times;
}

async function callOverhead(): Promise<void> {
  const mock = await startMockServer({ port: 0 });
  const options = { baseUrl: mock.url, auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" }, rateLimit: false } as const;
  const direct = createGorgiasClient(options);
  const mcp = createGorgiasMcp({ client: options, audit: { write: () => {} } });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await mcp.createServer().connect(serverSide);
  const client = new Client({ name: "bench", version: "1.0.0" });
  await client.connect(clientSide);
  const n = 1000;
  const [peerTimes, ourTimes] = await alternate(
    n,
    () => direct.call("getTicket", { id: 1 }),
    () => client.callTool({ name: "get_ticket", arguments: { id: 1 } }),
  );
  const peer = summary("client.call (peer)", peerTimes);
  const ours = summary("MCP tools/call", ourTimes);
  await client.close();
  await mock.stop();
  console.log(`\nper-call latency, get_ticket against the mock server (${n} calls each, alternated; in-memory MCP transport: validation, policy, attempt and outcome audit lines, result JSON)`);
  console.log(row(["path", "mean ms", "p50 ms", "p99 ms"]));
  for (const r of [peer, ours]) console.log(row([r.label, r.mean.toFixed(3), r.p50.toFixed(3), r.p99.toFixed(3)]));
  console.log(row(["MCP / client ratio", (ours.mean / peer.mean).toFixed(2), (ours.p50 / peer.p50).toFixed(2), (ours.p99 / peer.p99).toFixed(2)]));
}

contextBudget();
await callOverhead();
