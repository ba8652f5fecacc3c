import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { startMockServer, type MockExchange } from "../src/index.js";
import { createHandlers } from "../src/msw.js";
import { basic, call } from "./support/http.js";

describe("onExchange", () => {
  it("reports each answered API request with its operation, path template, query, body and status", async () => {
    const seen: MockExchange[] = [];
    const mock = await startMockServer({ onExchange: (e) => seen.push(e) });
    try {
      await call(mock, "GET", "/api/tickets?limit=2&status=open&status=closed");
      await call(mock, "POST", "/api/tags", { body: { name: "on-exchange-tag", decoration: { color: "#fff000" } } });
      await call(mock, "GET", "/api/tickets/987654");
      await call(mock, "GET", "/api/no-such-endpoint");
      await call(mock, "GET", "/__admin/state");
    } finally {
      await mock.stop();
    }
    expect(seen).toEqual([
      { operationId: "listTickets", method: "get", path: "/api/tickets", query: { limit: "2", status: ["open", "closed"] }, body: undefined, status: 400 },
      { operationId: "createTag", method: "post", path: "/api/tags", query: {}, body: { name: "on-exchange-tag", decoration: { color: "#fff000" } }, status: 201 },
      { operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: {}, body: undefined, status: 404 },
    ]);
  });

  it("keeps an observer's exception out of the answer, in internalErrors", async () => {
    const mock = await startMockServer({
      onExchange: () => {
        throw new Error("observer failed");
      },
    });
    try {
      expect((await call(mock, "GET", "/api/tags")).status).toBe(200);
      expect(mock.engine.internalErrors.map((e) => e.message)).toEqual(["observer failed"]);
    } finally {
      await mock.stop();
    }
  });

  it("reports from the MSW handlers too", async () => {
    const seen: MockExchange[] = [];
    const server = setupServer(...createHandlers({ onExchange: (e) => seen.push(e) }));
    server.listen({ onUnhandledRequest: "error" });
    try {
      const res = await fetch("https://acme.gorgias.com/api/tickets/1?relationships=custom_fields", { headers: { authorization: basic() } });
      expect(res.status).toBe(200);
    } finally {
      server.close();
    }
    expect(seen).toEqual([{ operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: { relationships: "custom_fields" }, body: undefined, status: 200 }]);
  });

  it("rejects an onExchange that is not a function, naming the option", async () => {
    await expect(startMockServer({ onExchange: "log" as unknown as () => void })).rejects.toThrow(/onExchange must be a function/);
  });
});
