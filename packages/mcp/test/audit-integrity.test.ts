import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { CallToolResultSchema, ErrorCode, McpError, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGorgiasMcp, type GorgiasMcp, type GorgiasMcpOptions } from "../src/gorgias-mcp.js";
import { startHttpServer, type RunningHttpServer } from "../src/http-server.js";
import { CANCELLED_BY_CLIENT, CLIENT_GONE } from "../src/tool-runner.js";
import { startHoldingProxy } from "./support/holding-proxy.js";
import { API_KEY, callsOf, readAudit, textOf, type AuditLine } from "./support/harness.js";

let mock: MockServer;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  mock.reset();
});
afterAll(() => mock.stop());

function auditFile(): string {
  return join(mkdtempSync(join(tmpdir(), "gorgias-mcp-audit-")), "audit.jsonl");
}

/** A counter of the requests the Gorgias client sends. */
function countingFetch(): { fetch: typeof fetch; sent: () => number } {
  let sent = 0;
  return {
    fetch: (input, init) => {
      sent++;
      return globalThis.fetch(input, init);
    },
    sent: () => sent,
  };
}

type Options = Omit<GorgiasMcpOptions, "client"> & { baseUrl?: string; fetch?: typeof fetch };

function service({ baseUrl = mock.url, fetch, ...options }: Options): GorgiasMcp {
  return createGorgiasMcp({ client: { baseUrl, auth: { type: "apiKey", ...API_KEY }, ...(fetch ? { fetch } : {}) }, ...options });
}

/** An SDK client connected to the service in memory. */
async function connectInMemory(mcp: GorgiasMcp): Promise<Client> {
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await mcp.createServer().connect(serverSide);
  const client = new Client({ name: "audit-test", version: "1.0.0" });
  await client.connect(clientSide);
  cleanups.push(() => client.close());
  return client;
}

/** An SDK client connected to the service over Streamable HTTP, with the server's bearer token. */
async function connectHttp(mcp: GorgiasMcp): Promise<{ client: Client; http: RunningHttpServer }> {
  const http = await startHttpServer(mcp, {});
  cleanups.push(() => http.close());
  const client = new Client({ name: "audit-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(http.url), { requestInit: { headers: { authorization: `Bearer ${http.token}` } } }));
  cleanups.push(() => client.close());
  return { client, http };
}

/** A value nested `depth` levels deep (the outer object is level 1). */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

/** A tools/call the SDK's own schema refuses (raw params), answered with a protocol error. */
async function rawCall(client: Client, params: Record<string, unknown>): Promise<McpError> {
  const error = await client.request({ method: "tools/call", params } as never, CallToolResultSchema).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof McpError)) throw new Error(`expected an McpError, got ${String(error)}`);
  return error;
}

/** Ticket 1 as the mock API holds it. */
function ticketOne(): Record<string, unknown> {
  const records = mock.exportState().collections.tickets.records as Record<string, unknown>[];
  return records.find((t) => t.id === 1)!;
}

/** `{"a":{"a":…1…}}`, `depth` levels deep, as JSON text: what a hostile client can send whatever its own JSON encoder allows. */
function deepJson(depth: number): string {
  return '{"a":'.repeat(depth - 1) + '{"leaf":1' + "}".repeat(depth);
}

/** POSTs a JSON-RPC body, as raw text, to the HTTP server with its token; resolves to the parsed answer. */
function postRaw(http: RunningHttpServer, body: string): Promise<{ result?: CallToolResult; error?: { code: number; message: string } }> {
  const { hostname, port } = new URL(http.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path: "/mcp", method: "POST", headers: { authorization: `Bearer ${http.token}`, "content-type": "application/json", accept: "application/json, text/event-stream" } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(text) as { result?: CallToolResult }));
      },
    );
    req.once("error", reject);
    req.end(body);
  });
}

/** A tools/call of `name` whose arguments hold `subject` nested `depth` levels, as raw JSON-RPC text. */
function deepCall(name: string, depth: number, id = 1): string {
  return `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"${name}","arguments":{"id":1,"subject":${deepJson(depth)}}}}`;
}

/** Checks the audit's pairing, and returns the calls. */
function pairedCalls(lines: AuditLine[]): AuditLine[] {
  const byCall = new Map<unknown, string[]>();
  for (const line of lines) byCall.set(line.call, [...(byCall.get(line.call) ?? []), String(line.event)]);
  for (const [call, events] of byCall) expect(events, String(call)).toEqual(["attempt", "outcome"]);
  return callsOf(lines);
}

describe("write-ahead audit", () => {
  it("refuses a call whose attempt cannot be written, and nothing reaches the API: the ticket is unchanged", async () => {
    const file = auditFile();
    const counter = countingFetch();
    const client = await connectInMemory(service({ audit: { file }, fetch: counter.fetch }));
    expect((await client.callTool({ name: "get_ticket", arguments: { id: 1 } })).isError).toBeFalsy();
    const sentBefore = counter.sent();
    const before = mock.exportState();
    rmSync(join(file, ".."), { recursive: true });

    const result = (await client.callTool({ name: "update_ticket", arguments: { id: 1, status: "closed", subject: "changed" } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      "Refused: the audit log cannot be written (ENOENT), so this call was not made and nothing was sent to Gorgias. Ask the operator to fix the audit log (--audit-log); the call can then be made again.",
    );
    expect(counter.sent()).toBe(sentBefore);
    expect(mock.exportState()).toEqual(before);
    expect(ticketOne()).toMatchObject({ id: 1, status: "open", subject: "Where is my order?" });
  });

  it("answers a write's true result when only its outcome cannot be recorded, with a note not to repeat it", async () => {
    const lines: string[] = [];
    const sink = (line: string) => {
      if (line.includes('"event":"outcome"')) throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
      lines.push(line);
    };
    const client = await connectInMemory(service({ audit: { write: sink } }));
    const result = (await client.callTool({ name: "update_ticket", arguments: { id: 1, subject: "Renamed once" } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: 1, subject: "Renamed once" });
    expect(result.content.at(-1)).toEqual({
      type: "text",
      text: "Note: the audit log cannot be written (ENOSPC), so how this call ended is not on record. The result above is final: do not repeat the call because of this note.",
    });
    expect(lines.map((l) => (JSON.parse(l) as AuditLine).event)).toEqual(["attempt"]);
  });
});

describe("every call is audited", () => {
  it("audits calls the SDK's schema refuses (arguments not an object, no tool name) and answers InvalidParams", async () => {
    const file = auditFile();
    const client = await connectInMemory(service({ audit: { file } }));
    const arrayArgs = await rawCall(client, { name: "get_ticket", arguments: [1, 2] });
    expect(arrayArgs.code).toBe(ErrorCode.InvalidParams);
    expect(arrayArgs.message).toContain("Invalid tools/call request: `arguments` must be a JSON object.");
    const noName = await rawCall(client, { arguments: { id: 1 } });
    expect(noName.message).toContain("`name` must be a string");
    const numberName = await rawCall(client, { name: 7 });
    expect(numberName.code).toBe(ErrorCode.InvalidParams);
    expect(pairedCalls(readAudit(file)).map((c) => [c.tool, c.arguments, c.decision, c.status])).toEqual([
      ["get_ticket", [1, 2], "refused", null],
      [null, { id: 1 }, "refused", null],
      [null, {}, "refused", null],
    ]);
  });

  it("refuses arguments nested 5,000 levels deep, naming the 64-level limit, and audits the call; over HTTP and through call_tool too", async () => {
    const file = auditFile();
    const counter = countingFetch();
    const mcp = service({ audit: { file }, fetch: counter.fetch, dynamic: true });
    const expected = "Invalid arguments for update_ticket: the arguments nest deeper than 64 levels of objects and arrays, the limit. Nothing was sent.";

    const direct = (await (await connectInMemory(mcp)).callTool({ name: "update_ticket", arguments: { id: 1, subject: nested(5_000) } })) as CallToolResult;
    expect(textOf(direct)).toBe(expected);
    const { client, http } = await connectHttp(mcp);
    expect(textOf((await postRaw(http, deepCall("update_ticket", 5_000))).result!)).toBe(expected);
    const viaMeta = `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"call_tool","arguments":{"name":"update_ticket","arguments":{"id":1,"subject":${deepJson(5_000)}}}}}`;
    expect(textOf((await postRaw(http, viaMeta)).result!)).toBe(expected);
    // Just within the limit, the validator answers as usual.
    expect(textOf((await client.callTool({ name: "update_ticket", arguments: { id: 1, subject: nested(63) } })) as CallToolResult)).toContain("`subject` must be string or null");

    expect(counter.sent()).toBe(0);
    const calls = pairedCalls(readAudit(file));
    expect(calls.map((c) => [c.tool, c.via ?? null, c.decision, c.reason])).toEqual([
      ["update_ticket", null, "refused", "invalid arguments: the arguments nest deeper than 64 levels of objects and arrays, the limit"],
      ["update_ticket", null, "refused", "invalid arguments: the arguments nest deeper than 64 levels of objects and arrays, the limit"],
      ["update_ticket", "call_tool", "refused", "invalid arguments: the arguments nest deeper than 64 levels of objects and arrays, the limit"],
      ["update_ticket", null, "refused", "invalid arguments: `subject` must be string or null"],
    ]);
    expect(JSON.stringify(calls[0]!.arguments)).toContain("[nested too deeply]");
  });

  it("writes exactly one attempt and one outcome per call over a mixed run of 120 calls, refused and malformed ones included", async () => {
    const file = auditFile();
    const mcp = service({ audit: { file }, grant: { scopes: ["tickets:read", "tickets:write", "customers:read"] } });
    const { client, http } = await connectHttp(mcp);
    const call = (name: string, args?: Record<string, unknown>) => client.callTool(args === undefined ? { name } : { name, arguments: args }) as Promise<CallToolResult>;
    const kinds: (() => Promise<unknown>)[] = [
      () => call("get_ticket", { id: 1 }),
      () => call("list_tickets", { limit: 2 }),
      () => call("update_ticket", { id: 1, subject: "Mixed run" }),
      () => call("get_ticket", { id: 987654 }),
      () => call("create_tag", { name: "vip" }),
      () => call("list_tickets", { limt: 5 }),
      () => rawCall(client, { name: "get_ticket", arguments: [1] }),
      () => rawCall(client, { arguments: {} }),
      () => postRaw(http, deepCall("update_ticket", 5_000)),
      () => call("drop_database", {}),
      () => call("search", { type: "tag", query: "vip" }),
      () => call("get_ticket"),
    ];
    const rounds = 10;
    for (let round = 0; round < rounds; round++) for (const kind of kinds) await kind();
    const calls = rounds * kinds.length;

    const lines = readAudit(file);
    const audited = pairedCalls(lines);
    expect(calls).toBe(120);
    expect(lines).toHaveLength(2 * calls);
    expect(new Set(lines.map((l) => l.call)).size).toBe(calls);
    expect(audited).toHaveLength(calls);
    const count = (predicate: (c: AuditLine) => boolean) => audited.filter(predicate).length;
    expect(count((c) => c.decision === "allowed")).toBe(4 * rounds);
    expect(count((c) => c.decision === "refused")).toBe(8 * rounds);
    expect(count((c) => c.status === 200)).toBe(3 * rounds);
    expect(count((c) => c.status === 404)).toBe(rounds);
    expect(count((c) => c.tool === null)).toBe(rounds);
  });
});

describe("secrets in URLs and credential headers", () => {
  const integration = {
    name: "Order lookup",
    type: "http",
    http: {
      url: "http://hook-user:hook-pass-1@127.0.0.1:9/lookup?ticket={{ticket.id}}&access_token=url-secret-2&API_KEY=url-secret-3",
      method: "POST",
      request_content_type: "application/json",
      response_content_type: "application/json",
      headers: { Authorization: "Bearer header-secret-4", "X-Api-Key": "header-secret-5", "Content-Type": "application/json" },
      hmac_secret: "hmac-secret-6",
    },
  };
  const secrets = ["hook-pass-1", "hook-user", "url-secret-2", "url-secret-3", "header-secret-4", "header-secret-5", "hmac-secret-6"];

  it("never writes them to the audit log, and tool results show credential headers redacted", async () => {
    const file = auditFile();
    const client = await connectInMemory(service({ audit: { file }, grant: { toolsets: ["integrations"] } }));
    const created = (await client.callTool({ name: "create_integration", arguments: integration })) as CallToolResult;
    expect(created.isError).toBeFalsy();
    const { id, http } = created.structuredContent as { id: number; http: { headers: Record<string, string> } };
    expect(http.headers).toEqual({ Authorization: "[redacted]", "X-Api-Key": "[redacted]", "Content-Type": "application/json" });
    const read = (await client.callTool({ name: "get_integration", arguments: { id } })) as CallToolResult;
    const listed = (await client.callTool({ name: "list_integrations", arguments: {} })) as CallToolResult;
    for (const result of [created, read, listed]) for (const secret of ["header-secret-4", "header-secret-5"]) expect(JSON.stringify(result)).not.toContain(secret);
    // The API still holds the real headers: the redaction is of what the agent sees.
    expect(JSON.stringify(mock.exportState().collections.integrations)).toContain("header-secret-4");

    // Handing the placeholder back would overwrite the real credential: refused, naming the field.
    const { hmac_secret: _writeOnly, ...readable } = integration.http;
    const handedBack = (await client.callTool({ name: "update_integration", arguments: { id, name: integration.name, http: { ...readable, headers: http.headers } } })) as CallToolResult;
    expect(handedBack.isError).toBe(true);
    expect(textOf(handedBack)).toContain('`http.headers.Authorization` is "[redacted]", the placeholder tool results show in place of a credential header: give the real value');
    expect(JSON.stringify(mock.exportState())).toContain("header-secret-4");

    const log = readAudit(file).map((l) => JSON.stringify(l)).join("\n");
    expect(log).toContain("create_integration");
    expect(log).toContain("{{ticket.id}}");
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});

describe("a client hang-up during a call", () => {
  /**
   * Calls `name` over a raw HTTP request, hangs up once the API has the request and the MCP
   * server has seen its client go, then lets the API answer. Resolves with the audited calls.
   */
  async function hangUpDuring(name: string, args: Record<string, unknown>, held: (method: string, url: string) => boolean): Promise<AuditLine[]> {
    const file = auditFile();
    const proxy = await startHoldingProxy(mock.url, (req) => held(req.method ?? "", req.url ?? ""));
    cleanups.push(() => proxy.close());
    const mcp = service({ audit: { file }, baseUrl: proxy.url });
    let serverClosed!: () => void;
    const closed = new Promise<void>((resolve) => (serverClosed = resolve));
    // The same service, noting when the server of the HTTP request sees its client go.
    const observed: GorgiasMcp = {
      listTools: () => mcp.listTools(),
      settled: () => mcp.settled(),
      createServer: () => {
        const server = mcp.createServer();
        server.onclose = serverClosed;
        return server;
      },
    };
    const http = await startHttpServer(observed, {});
    cleanups.push(() => http.close());

    const { hostname, port } = new URL(http.url);
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } });
    const req = request({
      hostname,
      port,
      path: "/mcp",
      method: "POST",
      headers: { authorization: `Bearer ${http.token}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
    });
    req.once("error", () => {});
    req.end(body);

    await proxy.arrived;
    req.destroy();
    await closed;
    proxy.release();
    await mcp.settled();
    return pairedCalls(readAudit(file));
  }

  it("during a write, is recorded with the outcome the API gave, and the write is not cut short", async () => {
    const calls = await hangUpDuring("update_ticket", { id: 1, status: "closed" }, (method, url) => method === "PUT" && url === "/api/tickets/1");
    expect(calls).toEqual([expect.objectContaining({ tool: "update_ticket", decision: "allowed", status: 200, reason: CLIENT_GONE })]);
    expect(ticketOne().status).toBe("closed");
  });

  it("during a read, cancels it and records it as cancelled by the client", async () => {
    const calls = await hangUpDuring("get_ticket", { id: 1 }, (method, url) => method === "GET" && url === "/api/tickets/1");
    expect(calls).toEqual([expect.objectContaining({ tool: "get_ticket", decision: "allowed", status: null, reason: CANCELLED_BY_CLIENT })]);
  });
});
