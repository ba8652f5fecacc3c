import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandlers, MockEngine } from "../src/msw.js";
import { startMockServer } from "../src/index.js";
import { basic } from "./support/http.js";

const engine = new MockEngine({ seed: 4 });
const server = setupServer(...createHandlers({ engine }), ...createHandlers({ baseUrl: "https://other.gorgias.com", seed: 4 }));
beforeAll(() =>
  server.listen({
    // Requests to the local mock server in this file go through; anything else unhandled is an error.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  }),
);
afterAll(() => server.close());

describe("MSW handlers from the same engine", () => {
  it("answers in process, with the same data as the HTTP server for the same seed", async () => {
    const res = await fetch("https://acme.gorgias.com/api/tickets/1", { headers: { authorization: basic() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gorgias-account-api-call-limit")).toMatch(/^\d+\/40$/);
    const viaMsw = await res.json();
    const http = await startMockServer({ seed: 4 });
    try {
      const viaHttp = await (await fetch(`${http.url}/api/tickets/1`, { headers: { authorization: basic() } })).json();
      expect(viaMsw).toEqual(viaHttp);
    } finally {
      await http.stop();
    }
  });

  it("keeps state across requests, and exposes the shared engine", async () => {
    const created = await fetch("https://acme.gorgias.com/api/tags", {
      method: "POST",
      headers: { authorization: basic(), "content-type": "application/json" },
      body: JSON.stringify({ name: "from-msw" }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(engine.store.tags.get(id)?.name).toBe("from-msw");
    const token = engine.issueToken(["tags:read"]);
    const read = await fetch(`https://acme.gorgias.com/api/tags/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    const other = await fetch(`https://other.gorgias.com/api/tags/${id}`, { headers: { authorization: basic() } });
    expect(other.status).toBe(404);
  });

  it("gives the same errors (unknown path, bad JSON, missing credentials)", async () => {
    expect((await fetch("https://acme.gorgias.com/api/nowhere", { headers: { authorization: basic() } })).status).toBe(404);
    const bad = await fetch("https://acme.gorgias.com/api/tags", { method: "POST", headers: { authorization: basic(), "content-type": "application/json" }, body: "{" });
    expect(bad.status).toBe(400);
    expect((await fetch("https://acme.gorgias.com/api/tags")).status).toBe(401);
  });

  it("rejects a base URL that is not absolute", () => {
    expect(() => createHandlers({ baseUrl: "acme.gorgias.com" })).toThrow(/baseUrl must be an absolute URL/);
  });
});
