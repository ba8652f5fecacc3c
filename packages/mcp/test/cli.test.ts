import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { callsOf, CLI, readAudit, readHttpStart, runCli } from "./support/harness.js";

const env = { GORGIAS_BASE_URL: "http://127.0.0.1:9", GORGIAS_EMAIL: "admin@example.com", GORGIAS_API_KEY: "cli-test-key" };

interface Sent {
  readonly host?: string;
  readonly method?: string;
  readonly authorization?: string;
  readonly origin?: string;
}

/** A raw HTTP request to the server, with chosen headers; resolves to the status. */
function send(url: string, { method = "POST", host, authorization, origin }: Sent = {}): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  const headers: Record<string, string> = { host: host ?? `${hostname}:${port}`, "content-type": "application/json", accept: "application/json, text/event-stream" };
  if (authorization !== undefined) headers.authorization = authorization;
  if (origin !== undefined) headers.origin = origin;
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end(method === "POST" ? JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }) : undefined);
  });
}

interface Running {
  readonly url: string;
  stderr(): string;
  stop(): Promise<number | null>;
}

/** Starts `gorgias-mcp --http` and resolves once it prints its URL (and its token, unless `--no-auth` or the variable gave it). */
async function serve(args: string[], environment: Record<string, string> = env, printsToken = true): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [CLI, "--http", ...args], { env: { PATH: process.env.PATH ?? "", ...environment }, stdio: ["ignore", "ignore", "pipe"] });
  let text = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = printsToken ? readHttpStart(text)?.url : /at (http:\/\/\S+\/mcp)\n/.exec(text)?.[1];
      if (match) resolve(match);
    });
    child.once("exit", (code) => reject(new Error(`gorgias-mcp exited with ${code}: ${text}`)));
  });
  return {
    url,
    stderr: () => text,
    stop: async () => {
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** A TCP server holding a port on 127.0.0.1. */
async function holdPort(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

describe("the gorgias-mcp command", () => {
  it("prints its usage with --help and exits 0", async () => {
    const { code, stdout } = await runCli(["--help"], {});
    expect(code).toBe(0);
    expect(stdout).toContain("--scopes <list>");
    expect(stdout).toContain("GORGIAS_ACCESS_TOKEN");
    expect(stdout).toContain("GORGIAS_MCP_HTTP_TOKEN");
    expect(stdout).toContain("--no-auth");
  });

  it.each([
    [[], {}, "Missing GORGIAS_SUBDOMAIN"],
    [[], { ...env, GORGIAS_ACCESS_TOKEN: "tok" }, "Both GORGIAS_ACCESS_TOKEN and GORGIAS_API_KEY"],
    [["--scopes", "tickets:raed"], env, 'unknown scope "tickets:raed"'],
    [["--verbose"], env, "Unknown option '--verbose'"],
    [["--audit-log", "/nonexistent-dir/audit.jsonl"], env, "--audit-log: cannot write to /nonexistent-dir/audit.jsonl"],
    [["--audit-log", "/"], env, "--audit-log: cannot write to / (EISDIR)"],
    [["--http", "--no-auth", "--host", "0.0.0.0"], env, "--no-auth is allowed only on a loopback --host"],
    [["--http"], { ...env, GORGIAS_MCP_HTTP_TOKEN: "short" }, "GORGIAS_MCP_HTTP_TOKEN must be at least 16 characters long"],
  ])("exits 2 with one clear line for bad configuration %#", async (args, environment, message) => {
    const { code, stderr } = await runCli(args, environment);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.split("\n")).toEqual([expect.stringMatching(/^gorgias-mcp: /), ""]);
    expect(stderr).not.toContain("cli-test-key");
  });

  it("exits 2 with one clear line when the port is already in use", async () => {
    const held = await holdPort();
    try {
      const { port } = held.address() as AddressInfo;
      const { code, stderr } = await runCli(["--http", "--port", String(port)], env);
      expect(code).toBe(2);
      expect(stderr).toBe(`gorgias-mcp: cannot start: port ${port} on 127.0.0.1 is already in use: pass another --port, or --port 0 for a free one\n`);
    } finally {
      await new Promise((resolve) => held.close(resolve));
    }
  });

  it("over HTTP, binds 127.0.0.1, answers POST /mcp only, and only for a loopback Host", async () => {
    const server = await serve([]);
    try {
      const { token } = readHttpStart(server.stderr())!;
      const authorization = `Bearer ${token}`;
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const port = new URL(server.url).port;
      expect(await send(server.url, { host: `localhost:${port}`, authorization })).toBe(200);
      expect(await send(server.url, { host: `evil.example:${port}`, authorization })).toBe(403);
      expect(await send(server.url, { method: "GET", authorization })).toBe(405);
      expect(await send(server.url.replace("/mcp", "/other"), { authorization })).toBe(404);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("over HTTP, answers only requests with the bearer token it generated and printed once", async () => {
    const server = await serve([]);
    try {
      const { token } = readHttpStart(server.stderr())!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(server.stderr().split(token)).toHaveLength(2);
      expect(await send(server.url)).toBe(401);
      expect(await send(server.url, { authorization: "Bearer wrong" })).toBe(401);
      expect(await send(server.url, { authorization: `Bearer ${token.slice(0, -1)}x` })).toBe(401);
      expect(await send(server.url, { authorization: `Basic ${token}` })).toBe(401);
      expect(await send(server.url, { authorization: `Bearer ${token}` })).toBe(200);
      expect(await send(server.url, { authorization: `bearer  ${token}` })).toBe(200);
      // A wrong token never gets to learn whether the method or the body was right.
      expect(await send(server.url, { method: "GET" })).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it("over HTTP, takes the token from GORGIAS_MCP_HTTP_TOKEN and never prints it", async () => {
    const token = "operator-chosen-token-0123456789";
    const server = await serve([], { ...env, GORGIAS_MCP_HTTP_TOKEN: token }, false);
    try {
      expect(await send(server.url, { authorization: `Bearer ${token}` })).toBe(200);
      expect(await send(server.url)).toBe(401);
      expect(server.stderr()).not.toContain(token);
      expect(server.stderr()).not.toContain("bearer token");
    } finally {
      await server.stop();
    }
  });

  it("over HTTP, refuses browser requests from an Origin not allowed, with 403", async () => {
    const server = await serve(["--allow-origin", "https://app.example.com"]);
    try {
      const authorization = `Bearer ${readHttpStart(server.stderr())!.token}`;
      expect(await send(server.url, { authorization, origin: "https://evil.example" })).toBe(403);
      expect(await send(server.url, { authorization, origin: "null" })).toBe(403);
      expect(await send(server.url, { authorization, origin: "https://app.example.com.evil.example" })).toBe(403);
      // The Origin check comes first: a page cannot probe for the token.
      expect(await send(server.url, { origin: "https://evil.example" })).toBe(403);
      expect(await send(server.url, { authorization, origin: "https://app.example.com" })).toBe(200);
      expect(await send(server.url, { authorization, origin: "http://localhost:5173" })).toBe(200);
      expect(await send(server.url, { authorization, origin: "http://127.0.0.1:8080" })).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("over HTTP with --no-auth on loopback, answers without a token and warns", async () => {
    const server = await serve(["--no-auth"], env, false);
    try {
      expect(await send(server.url)).toBe(200);
      expect(await send(server.url, { origin: "https://evil.example" })).toBe(403);
      expect(server.stderr()).toContain("warning: --no-auth");
      expect(server.stderr()).not.toContain("bearer token");
    } finally {
      await server.stop();
    }
  });

  it("over stdio, refuses arguments nested 100,000 levels deep, audits the call and keeps serving", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "gorgias-mcp-audit-")), "audit.jsonl");
    const child = spawn(process.execPath, [CLI, "--audit-log", file], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["pipe", "pipe", "ignore"] });
    const answers = new Map<number, string>();
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      for (const line of text.split("\n").slice(0, -1)) answers.set((JSON.parse(line) as { id: number }).id, line);
    });
    const depth = 100_000;
    const deep = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } })}\n`);
    child.stdin.write(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"update_ticket","arguments":{"id":1,"subject":${deep}}}}\n`);
    child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list" })}\n`);
    await expect.poll(() => answers.has(3), { timeout: 20_000 }).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(answers.get(2)).toContain("the arguments nest deeper than 64 levels of objects and arrays, the limit. Nothing was sent.");
    expect(answers.get(3)).toContain('"name":"update_ticket"');
    expect(callsOf(readAudit(file))).toEqual([expect.objectContaining({ tool: "update_ticket", decision: "refused", status: null })]);
  });
});
