import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { API_KEY_AUTH, listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

const root = new URL("../", import.meta.url);
const example = readFileSync(new URL("examples/quick-start.ts", root), "utf8");

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("README quick start", () => {
  it("shows examples/quick-start.ts byte for byte", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(example);
  });

  it("runs against a local server", async () => {
    const tickets = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, status: id % 2 ? "open" : "closed", subject: `Ticket ${id}` }));
    server = await startTestServer((req, res) => {
      const usage = { "X-Gorgias-Account-Api-Call-Limit": `${server!.requests.length}/40` };
      if (req.method === "GET" && req.path === "/api/tickets") {
        const limit = Number(req.query.get("limit") ?? 30);
        const start = Number(req.query.get("cursor") ?? 0);
        return sendJson(res, 200, listPage(tickets.slice(start, start + limit), start + limit < tickets.length ? String(start + limit) : null), usage);
      }
      if (req.method === "POST" && req.path === "/api/tickets/1/messages") return sendJson(res, 201, { id: 100, ticket_id: 1, ...JSON.parse(req.body) }, usage);
      sendJson(res, 404, { error: { msg: "Resource not found." } }, usage);
    });
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", fileURLToPath(new URL("examples/quick-start.ts", root))], {
      cwd: fileURLToPath(root),
      env: { ...process.env, GORGIAS_BASE_URL: server.url, GORGIAS_EMAIL: API_KEY_AUTH.email, GORGIAS_API_KEY: API_KEY_AUTH.apiKey },
    });
    expect(stdout.trim().split("\n")).toEqual([
      "first page: 5 tickets",
      "open tickets: 4",
      "note 100 added to ticket 1",
      "not found: Resource not found.",
      "rate limit: 4/40 used",
    ]);
    const note = server.requests.find((r) => r.method === "POST")!;
    expect(JSON.parse(note.body)).toMatchObject({ channel: "internal-note", public: false });
  });
});
