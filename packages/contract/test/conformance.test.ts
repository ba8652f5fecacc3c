import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DEFAULT_API_KEY, startMockServer } from "@gorgias-kit/mock-server";
import { describe, expect, it } from "vitest";
import { MOCK_DEFAULT_API_KEY } from "../src/conformance/conformance-auth.js";
import { main } from "../src/conformance/run-conformance.js";
// The programmatic API as a consumer imports it (the package's entry).
import { asOpenApiDocument, bundledSpec, formatConformanceReport, OperationIndex, runConformance, UnknownOperationError, type ConformanceReport } from "../src/index.js";
import { startFakeServer, sendJson } from "./support/fake-server.js";
import { responseExample } from "./support/spec-examples.js";

/** Collects what `main` writes. */
function captureIo() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
}

describe("gorgias-contract conformance", () => {
  it("passes against gorgias-mock: every operation's examples conform and every boundary case is refused with a documented 4xx", async () => {
    const mock = await startMockServer();
    try {
      const { out, io } = captureIo();
      expect(await main(["--base-url", mock.url, "--json"], io)).toBe(0);
      const report = JSON.parse(out.stdout) as ConformanceReport;
      expect(report.violations).toBe(0);
      expect(report.operations).toBe(new OperationIndex(bundledSpec()).byId.size);
      expect(report.results.filter((r) => r.case.kind === "boundary" && r.outcome === "conforms")).toHaveLength(report.operations - report.withoutBoundary.length);
      // No parameter or body to push out of range: the account reads, and operations whose only
      // parameters are free-form path strings (a file's path, a metric card's slug).
      expect([...report.withoutBoundary].sort()).toEqual(["downloadFile", "getAccount", "getMetricCard", "listAccountSettings"]);
      const boundaries = report.operations - report.withoutBoundary.length;
      const examples = report.results.length - boundaries;
      expect(formatConformanceReport(report).trimEnd().split("\n").at(-1)).toBe(
        `PASS: ${examples} examples (${examples} conform, 0 refused, 0 skipped), ${boundaries} boundary cases (${boundaries} refused as documented), 0 violations; no boundary case for ${report.withoutBoundary.join(", ")}`,
      );
    } finally {
      await mock.stop();
    }
   }, 120_000); // a hang guard: 215 requests on a shared 2-core machine

  it("fails against a server whose ticket has status 123, naming the operation, the request path and the JSON path", async () => {
    const ticket = { ...responseExample("/api/tickets/{id}", "get", "200", "ticket"), status: 123 };
    const server = await startFakeServer((req, res) => (req.url.startsWith("/api/tickets/1") ? sendJson(res, 200, ticket) : sendJson(res, 404, { error: { msg: "Resource not found." } })));
    try {
      const { out, io } = captureIo();
      expect(await main(["--base-url", server.url, "--operations", "getTicket", "--api-key", "s3cret-key"], io)).toBe(1);
      expect(out.stdout).toContain("FAIL getTicket GET /api/tickets/1?relationships=custom_fields [example no body] → 200\n  - body /status: must be one of open, closed (got 123)\n");
      expect(out.stdout).toMatch(/^FAIL: 1 example \(0 conform, 0 refused, 0 skipped\), 1 boundary case \(1 refused as documented\), 1 violation$/m);
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /api/tickets/1?relationships=custom_fields", "GET /api/tickets/0?relationships=custom_fields"]);
      expect(server.requests[0]?.authorization).toBe(`Basic ${Buffer.from("admin@example.com:s3cret-key").toString("base64")}`);
      expect(out.stdout).not.toContain("s3cret-key");
    } finally {
      await server.close();
    }
  });

  it("counts a boundary case the server accepts as a violation", async () => {
    const ticket = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    const server = await startFakeServer((_req, res) => sendJson(res, 200, ticket));
    try {
      const report = await runConformance({ baseUrl: server.url, operations: ["getTicket"], auth: { type: "bearer", token: "t0k" } });
      expect(report.results.map((r) => [r.case.kind, r.outcome])).toEqual([
        ["example", "conforms"],
        ["boundary", "violation"],
      ]);
      expect(report.results[1]?.violations[0]).toEqual({ part: "status", pointer: "", expected: 'must be a documented 4xx: the request has path parameter "id" = 0, below its minimum 1', actual: "200" });
      expect(server.requests[0]?.authorization).toBe("Bearer t0k");
    } finally {
      await server.close();
    }
  });

  it("takes a path parameter without an example from the id an earlier create returned", async () => {
    const spec = asOpenApiDocument(
      {
        openapi: "3.1.0",
        paths: {
          "/api/notes": {
            post: {
              operationId: "createNote",
              requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } }, example: { text: "hi" } } } },
              responses: { "201": { description: "made", content: { "application/json": { schema: { type: "object", required: ["id"] } } } }, "400": { description: "bad" } },
            },
          },
          "/api/notes/{id}": {
            get: { operationId: "getNote", parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }], responses: { "200": { description: "the note" }, "404": { description: "none" } } },
          },
        },
      },
      "notes spec",
    );
    const server = await startFakeServer((req, res) => {
      if (req.method === "POST") return req.body.includes("text") ? sendJson(res, 201, { id: 77 }) : (res.writeHead(400), res.end());
      res.writeHead(req.url === "/api/notes/77" ? 200 : 404);
      res.end();
    });
    try {
      const report = await runConformance({ baseUrl: server.url, spec });
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /api/notes", "POST /api/notes", "GET /api/notes/77"]);
      expect(report.violations).toBe(0);
      expect(report.withoutBoundary).toEqual(["getNote"]);
    } finally {
      await server.close();
    }
  });

  it("reports a server that does not answer as a violation, not a crash", async () => {
    const server = await startFakeServer(() => {});
    const url = server.url;
    await server.close();
    const report = await runConformance({ baseUrl: url, operations: ["getAccount"], timeoutMs: 5_000 });
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ outcome: "violation", violations: [{ part: "status", expected: "must answer" }] });
  });

  it("uses gorgias-mock's default API key unless told otherwise", () => {
    expect(MOCK_DEFAULT_API_KEY).toEqual(DEFAULT_API_KEY);
  });

  it.each([
    [[], "gorgias-contract conformance: --base-url is required, e.g. --base-url http://127.0.0.1:4010\n"],
    [["--base-url", "127.0.0.1:4010"], "gorgias-contract conformance: --base-url must be an absolute http(s) URL, got \"127.0.0.1:4010\"\n"],
    [["--base-url"], "gorgias-contract conformance: --base-url needs a value\n"],
    [["--base-url", "ftp://127.0.0.1/"], 'gorgias-contract conformance: --base-url must be an http or https URL, got "ftp://127.0.0.1/"\n'],
    [["--base-url", "http://127.0.0.1:1", "--verbose"], 'gorgias-contract conformance: unknown argument "--verbose" (see --help)\n'],
    [["--base-url", "http://127.0.0.1:1", "--timeout-ms", "soon"], 'gorgias-contract conformance: --timeout-ms must be a positive whole number of milliseconds, got "soon"\n'],
    [["--base-url", "http://127.0.0.1:1", "--token", "t", "--api-key", "k"], "gorgias-contract conformance: --token cannot be combined with --email or --api-key\n"],
    [["--base-url", "http://127.0.0.1:1", "--operations", "getTickt"], 'gorgias-contract conformance: The spec has no operation "getTickt"; did you mean "getTicket"?\n'],
    [["--base-url", "http://127.0.0.1:1", "--spec", "/nonexistent/openapi.yaml"], "gorgias-contract conformance: /nonexistent/openapi.yaml: cannot be read (ENOENT)\n"],
  ])("exits 2 with one line naming the problem for %j", async (argv, line) => {
    const { out, io } = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr).toBe(line);
    expect(out.stdout).toBe("");
  });

  it("waits out a 429 for its Retry-After and sends the request again, then reports the pacing", async () => {
    const ticket = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    let answered = 0;
    const server = await startFakeServer((req, res) => {
      answered += 1;
      if (answered === 1) {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "1", "x-gorgias-account-api-call-limit": "40/40" });
        res.end(JSON.stringify({ error: { msg: "Too many requests." } }));
      } else if (req.url.startsWith("/api/tickets/1")) sendJson(res, 200, ticket);
      else sendJson(res, 404, { error: { msg: "Resource not found." } });
    });
    try {
      const report = await runConformance({ baseUrl: server.url, operations: ["getTicket"] });
      expect(report.violations).toBe(0);
      expect(report.rateLimited).toEqual({ waits: 1, waitedMs: 1000 });
      expect(server.requests.map((r) => r.url)).toEqual(["/api/tickets/1?relationships=custom_fields", "/api/tickets/1?relationships=custom_fields", "/api/tickets/0?relationships=custom_fields"]);
      expect(formatConformanceReport(report)).toContain("(paced by the server's rate limit: 1 429 waited out, 1.0 s in all)");
    } finally {
      await server.close();
    }
  });

  it("takes a 429 as the answer once its waiting budget is spent (--max-rate-limit-wait-ms 0)", async () => {
    const server = await startFakeServer((_req, res) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "1", "x-gorgias-account-api-call-limit": "40/40" });
      res.end(JSON.stringify({ error: { msg: "Too many requests." } }));
    });
    try {
      const { out, io } = captureIo();
      expect(await main(["--base-url", server.url, "--operations", "getTicket", "--max-rate-limit-wait-ms", "0", "--json"], io)).toBe(0);
      const report = JSON.parse(out.stdout) as ConformanceReport;
      expect(report.rateLimited).toEqual({ waits: 0, waitedMs: 0 });
      expect(report.results.map((r) => [r.case.kind, r.status])).toEqual([
        ["example", 429],
        ["boundary", 429],
      ]);
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it("is paced by gorgias-mock's standard rate limit, not failed by it", async () => {
    const mock = await startMockServer({ rateLimit: "standard" });
    try {
      // 24 operations, 48 requests: more than the 40 the standard API-key bucket holds.
      const operations = [...new OperationIndex(bundledSpec()).byId.keys()].slice(0, 24);
      const report = await runConformance({ baseUrl: mock.url, operations });
      expect(report.violations).toBe(0);
      expect(report.results.filter((r) => r.status === 429)).toEqual([]);
      expect(report.rateLimited.waits).toBeGreaterThan(0);
    } finally {
      await mock.stop();
    }
  });

  it("prints its help with --help and exits 0", async () => {
    const { out, io } = captureIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(out.stdout).toContain("Usage: gorgias-contract conformance --base-url URL");
  });

  it("throws a typed error for an unknown operation when called as a function", async () => {
    await expect(runConformance({ baseUrl: "http://127.0.0.1:1", operations: ["nope"] })).rejects.toThrow(UnknownOperationError);
  });

  it("runs as a command: bad usage exits 2 with one line on stderr", async () => {
    const command = fileURLToPath(new URL("../bin/gorgias-contract.js", import.meta.url));
    const failure = await promisify(execFile)(process.execPath, [command, "conformance", "--operations", "getTicket"]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toBe("gorgias-contract conformance: --base-url is required, e.g. --base-url http://127.0.0.1:4010\n");
  });
});
