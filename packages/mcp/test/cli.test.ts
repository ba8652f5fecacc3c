import { spawn } from "node:child_process";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { CLI, runCli } from "./support/harness.js";

const env = { GORGIAS_BASE_URL: "http://127.0.0.1:9", GORGIAS_EMAIL: "admin@example.com", GORGIAS_API_KEY: "cli-test-key" };

/** A raw HTTP request to the server, with a chosen Host header. */
function send(url: string, method: string, host: string): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method, headers: { host, "content-type": "application/json", accept: "application/json, text/event-stream" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end(method === "POST" ? JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }) : undefined);
  });
}

describe("the gorgias-mcp command", () => {
  it("prints its usage with --help and exits 0", async () => {
    const { code, stdout } = await runCli(["--help"], {});
    expect(code).toBe(0);
    expect(stdout).toContain("--scopes <list>");
    expect(stdout).toContain("GORGIAS_ACCESS_TOKEN");
  });

  it.each([
    [[], {}, "Missing GORGIAS_SUBDOMAIN"],
    [[], { ...env, GORGIAS_ACCESS_TOKEN: "tok" }, "Both GORGIAS_ACCESS_TOKEN and GORGIAS_API_KEY"],
    [["--scopes", "tickets:raed"], env, 'unknown scope "tickets:raed"'],
    [["--verbose"], env, "Unknown option '--verbose'"],
    [["--audit-log", "/nonexistent-dir/audit.jsonl"], env, "--audit-log: cannot write to /nonexistent-dir/audit.jsonl"],
  ])("exits 2 with a clear message for bad configuration %#", async (args, environment, message) => {
    const { code, stderr } = await runCli(args, environment);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain("cli-test-key");
  });

  it("over HTTP, binds 127.0.0.1, answers POST /mcp only, and only for a loopback Host", async () => {
    const child = spawn(process.execPath, [CLI, "--http"], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
    try {
      const url = await new Promise<string>((resolve) => {
        let text = "";
        child.stderr.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          const match = /at (http:\/\/\S+\/mcp)/.exec(text);
          if (match) resolve(match[1]!);
        });
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const port = new URL(url).port;
      expect(await send(url, "POST", `localhost:${port}`)).toBe(200);
      expect(await send(url, "POST", `evil.example:${port}`)).toBe(403);
      expect(await send(url, "GET", `127.0.0.1:${port}`)).toBe(405);
      expect(await send(url.replace("/mcp", "/other"), "POST", `127.0.0.1:${port}`)).toBe(404);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
