import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** The built CLI: tests run after `build`, as the published bin would. */
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** The mock server's default API key. */
export const API_KEY = { email: "admin@example.com", apiKey: "mock-api-key" };

export type TransportKind = "stdio" | "http";

export type AuditLine = Record<string, unknown>;

export interface Session {
  readonly client: Client;
  /** The file the server appends its audit log to. */
  readonly auditFile: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** The audit log's lines, parsed: attempt and outcome records. */
  auditLines(): AuditLine[];
  /** One entry per call, in the order of the attempts: the attempt's fields and its outcome's. */
  audit(): AuditLine[];
  /** Every text the session produced: stderr, the audit file and each tool result it returned. */
  transcript(): string;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export function apiKeyEnv(baseUrl: string): Record<string, string> {
  return { GORGIAS_BASE_URL: baseUrl, GORGIAS_EMAIL: API_KEY.email, GORGIAS_API_KEY: API_KEY.apiKey };
}

function auditFile(): string {
  return join(mkdtempSync(join(tmpdir(), "gorgias-mcp-audit-")), "audit.jsonl");
}

/** The lines of an audit file, parsed. */
export function readAudit(file: string): AuditLine[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditLine);
}

/**
 * Each attempt with its outcome merged in (same `call` id), in the order of the attempts. An
 * attempt without an outcome has no `decision`; an outcome without an attempt is reported as such.
 */
export function callsOf(lines: readonly AuditLine[]): AuditLine[] {
  const outcomes = new Map(lines.filter((l) => l.event === "outcome").map((l) => [l.call, l]));
  const attempts = lines.filter((l) => l.event === "attempt");
  const orphans = [...outcomes.keys()].filter((id) => !attempts.some((a) => a.call === id));
  if (orphans.length > 0) throw new Error(`outcome without an attempt: ${orphans.join(", ")}`);
  return attempts.map(({ event: _attempt, ...attempt }) => {
    const { event: _outcome, time: _ended, ...outcome } = outcomes.get(attempt.call) ?? {};
    return { ...attempt, ...outcome };
  });
}

function session(client: Client, stderr: () => string, file: string, close: () => Promise<void>): Session {
  const results: string[] = [];
  return {
    client,
    auditFile: file,
    stderr,
    auditLines: () => readAudit(file),
    audit: () => callsOf(readAudit(file)),
    transcript: () => [stderr(), readFileSync(file, "utf8"), ...results].join("\n"),
    async call(name, args = {}) {
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      results.push(JSON.stringify(result));
      return result;
    },
    close,
  };
}

/** Starts `gorgias-mcp` with these flags and environment, and connects an SDK client over stdio. */
export async function connectStdio(flags: string[], env: Record<string, string>): Promise<Session> {
  const file = auditFile();
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, "--audit-log", file, ...flags], env, stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "gorgias-mcp-test", version: "1.0.0" });
  await client.connect(transport);
  return session(client, () => stderr, file, () => client.close());
}

/** Starts `gorgias-mcp --http --port 0`, reads the URL it prints, and connects an SDK client over Streamable HTTP. */
export async function connectHttp(flags: string[], env: Record<string, string>): Promise<Session> {
  const file = auditFile();
  const child = spawn(process.execPath, [CLI, "--http", "--port", "0", "--audit-log", file, ...flags], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const started = readHttpStart(stderr);
      if (started) resolve(started);
    });
    child.once("exit", (code) => reject(new Error(`gorgias-mcp exited with ${code}: ${stderr}`)));
  });
  const client = new Client({ name: "gorgias-mcp-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  return session(client, () => stderr, file, async () => {
    await client.close();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  });
}

/** The URL and the bearer token `gorgias-mcp --http` prints when it starts, once both are out. */
export function readHttpStart(stderr: string): { url: string; token: string } | null {
  const url = /at (http:\/\/\S+\/mcp)/.exec(stderr)?.[1];
  const token = /bearer token .*: (\S+)\n/.exec(stderr)?.[1];
  return url && token ? { url, token } : null;
}

export function connect(kind: TransportKind, flags: string[], env: Record<string, string>): Promise<Session> {
  return kind === "stdio" ? connectStdio(flags, env) : connectHttp(flags, env);
}

/** The text of a tool result. */
export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

/** Runs the CLI to completion (for flags and environment it refuses). */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
