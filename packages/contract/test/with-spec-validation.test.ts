import { createGorgiasClient, ServerError } from "@gorgias-kit/client";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { assertNoSpecViolations, type ObservedExchange } from "../src/index.js";
import { SpecViolationError, withSpecValidation } from "../src/msw.js";
import { requestExample, responseExample } from "./support/spec-examples.js";

const ORIGIN = "https://acme.gorgias.com";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  expect(() => assertNoSpecViolations(), "a violation no test expected").not.toThrow();
});
afterAll(() => server.close());

// MSW logs a handler's exception before answering 500; the tests read the answer instead.
const quietly = () => vi.spyOn(console, "error").mockImplementation(() => {});

const client = () => createGorgiasClient({ baseUrl: ORIGIN, auth: { type: "apiKey", email: "dev@example.com", apiKey: "stub-key" }, retry: { maxAttempts: 1 } });

describe("withSpecValidation", () => {
  it("lets a stub that matches the spec answer, and reports each exchange", async () => {
    const exchanges: ObservedExchange[] = [];
    const ticket = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    server.use(...withSpecValidation([http.get(`${ORIGIN}/api/tickets/:id`, () => HttpResponse.json(ticket))], { onExchange: (e) => exchanges.push(e) }));
    const read = await client().tickets.get({ id: 1, relationships: ["custom_fields"] });
    expect(read.status).toBe("open");
    expect(exchanges).toEqual([{ operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: { relationships: "custom_fields" }, body: undefined, status: 200 }]);
  });

  it("fails the call of a stub whose response drifted, naming the operation, the URL path and the JSON path", async () => {
    const console = quietly();
    const ticket = { ...responseExample("/api/tickets/{id}", "get", "200", "ticket"), status: 123 };
    server.use(...withSpecValidation([http.get(`${ORIGIN}/api/tickets/:id`, () => HttpResponse.json(ticket))]));
    const failure = await client()
      .tickets.get({ id: 1 })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServerError);
    expect((failure as ServerError).message).toContain("getTicket (GET /api/tickets/1)");
    expect((failure as ServerError).body).toMatchObject({
      name: "SpecViolationError",
      message: "GET /api/tickets/1 (getTicket): the stub's response differs from the spec:\n  - body /status: must be one of open, closed (got 123)",
    });
    expect(String(console.mock.calls[0]?.[0])).toContain("body /status: must be one of open, closed");
    // The after-each check fails the test even if the code under test swallowed the 500.
    expect(() => assertNoSpecViolations()).toThrow(SpecViolationError);
    expect(() => assertNoSpecViolations()).not.toThrow();
  });

  it("hands a request the code under test sent wrong to onViolation instead of throwing", async () => {
    quietly();
    const violations: SpecViolationError[] = [];
    const created = responseExample("/api/tickets", "post", "201");
    server.use(...withSpecValidation([http.post(`${ORIGIN}/api/tickets`, () => HttpResponse.json(created, { status: 201 }))], { onViolation: (v) => violations.push(v) }));
    const body = { ...requestExample("/api/tickets", "post", "fromCustomer"), priority: "whenever" };
    const res = await fetch(`${ORIGIN}/api/tickets`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ operationId: "createTicket", method: "POST", path: "/api/tickets", source: "request" });
    expect(violations[0]?.message).toContain("body /priority: must be one of");
  });

  it("treats a stubbed path the spec lacks as a violation", async () => {
    quietly();
    server.use(...withSpecValidation([http.get(`${ORIGIN}/api/tickets/:id/summary`, () => HttpResponse.json({ text: "hi" }))]));
    const res = await fetch(`${ORIGIN}/api/tickets/1/summary`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toBe(
      "GET /api/tickets/1/summary (no operation of the spec): the request differs from the spec:\n  - path: must be a method and path the spec documents (got GET /api/tickets/1/summary)",
    );
    expect(() => assertNoSpecViolations()).toThrow("no operation of the spec");
  });

  it("does not check a handler that answers nothing, so the next handler answers", async () => {
    const ticket = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    server.use(
      ...withSpecValidation([
        http.get(`${ORIGIN}/api/tickets/:id`, () => undefined),
        http.get(`${ORIGIN}/api/tickets/:id`, () => HttpResponse.json(ticket)),
      ]),
    );
    expect((await fetch(`${ORIGIN}/api/tickets/1`)).status).toBe(200);
  });
});
