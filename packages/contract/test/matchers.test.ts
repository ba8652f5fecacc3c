import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGorgiasMatchers, ExchangeShapeError, gorgiasMatchers, UnknownOperationError } from "../src/index.js";
import { mockAuthorization, requestExample, responseExample } from "./support/spec-examples.js";

expect.extend(gorgiasMatchers);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

const get = (path: string) => fetch(`${mock.url}${path}`, { headers: { authorization: mockAuthorization() } });

describe("toSatisfyOperation", () => {
  it("passes for the mock's real responses, a documented error status included, and leaves the body readable", async () => {
    const response = await get("/api/tickets/1");
    await expect(response).toSatisfyOperation("getTicket");
    expect(((await response.json()) as { id: number }).id).toBe(1);
    await expect(await get("/api/tickets/999999999")).toSatisfyOperation("getTicket");
    await expect(await get("/api/tickets?limit=2")).toSatisfyOperation("listTickets");
  });

  it("fails naming the operation, the JSON path, the expectation and the value", async () => {
    const body = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    body.status = 123;
    await expect(expect({ status: 200, body }).toSatisfyOperation("getTicket")).rejects.toThrow(
      "expected the response to satisfy getTicket (GET /api/tickets/{id}), but 1 thing differs from the spec:\n  - body /status: must be one of open, closed (got 123)",
    );
  });

  it("works under .not, with a message saying the response does satisfy it", async () => {
    await expect({ status: 418, body: null }).not.toSatisfyOperation("getTicket");
    const ticket = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    await expect(expect({ status: 200, body: ticket }).not.toSatisfyOperation("getTicket")).rejects.toThrow("not to hold, but it does (status 200)");
  });

  it("refuses a Response whose body was already read, saying what to pass instead", async () => {
    const response = await get("/api/tickets/1");
    await response.text();
    await expect(expect(response).toSatisfyOperation("getTicket")).rejects.toThrow(ExchangeShapeError);
    await expect(expect(response).toSatisfyOperation("getTicket")).rejects.toThrow("The Response's body was already read");
  });

  it("throws a typed error for an operation the spec lacks", async () => {
    await expect(expect({ status: 200, body: {} }).toSatisfyOperation("getTickt")).rejects.toThrow(UnknownOperationError);
  });

  it("checks against another spec when given one", async () => {
    const spec = structuredClone((await import("../src/index.js")).bundledSpec());
    (spec.components!.schemas!.TicketStatus as { enum: string[] }).enum.push("snoozed");
    const matchers = createGorgiasMatchers({ spec });
    const body = responseExample("/api/tickets/{id}", "get", "200", "ticket");
    body.status = "snoozed";
    expect((await matchers.toSatisfyOperation.call({}, { status: 200, body }, "getTicket")).pass).toBe(true);
    expect((await gorgiasMatchers.toSatisfyOperation.call({}, { status: 200, body }, "getTicket")).pass).toBe(false);
  });
});

describe("toMatchSchema", () => {
  it("passes for a real ticket and fails naming the path for a drifted one", async () => {
    const ticket = (await (await get("/api/tickets/1")).json()) as Record<string, unknown>;
    expect(ticket).toMatchSchema("Ticket");
    expect({ ...ticket, priority: "urgent!" }).not.toMatchSchema("Ticket");
    expect(() => expect({ ...ticket, priority: "urgent!" }).toMatchSchema("Ticket")).toThrow("body /priority: must be one of");
  });
});

describe("toBeValidRequest", () => {
  it("passes for a fetch Request and for the parts of one", async () => {
    const body = requestExample("/api/tickets", "post", "fromCustomer");
    await expect(new Request("https://acme.gorgias.com/api/tickets", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).toBeValidRequest("createTicket");
    await expect({ method: "GET", url: "/api/tickets?limit=10&order_by=created_datetime:desc" }).toBeValidRequest("listTickets");
    await expect({ method: "get", path: "/api/tickets/42", query: { relationships: ["custom_fields"] } }).toBeValidRequest("getTicket");
  });

  it("fails naming the parameter, the expectation and the value", async () => {
    await expect(expect({ method: "GET", url: "/api/tickets?limit=0" }).toBeValidRequest("listTickets")).rejects.toThrow("query /limit: must be >= 1 (got 0)");
    await expect({ method: "POST", path: "/api/tickets", body: { subject: "no messages" } }).not.toBeValidRequest("createTicket");
    await expect(expect({ method: "POST", path: "/api/tickets", body: { subject: "no messages" } }).toBeValidRequest("createTicket")).rejects.toThrow("body /messages: is required (missing)");
  });

  it("never prints a credential header or field", async () => {
    const failure = expect({ method: "POST", path: "/api/tags", headers: { authorization: "Basic c2VjcmV0" }, body: { name: "x", password: "hunter2" } }).toBeValidRequest("createTag");
    const error = await failure.then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain("body /password: must not be sent");
    expect(error?.message).not.toMatch(/hunter2|c2VjcmV0/);
  });
});
