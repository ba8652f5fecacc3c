import { describe, expect, it } from "vitest";
import { bundledSpec, SpecValidators, UnknownOperationError, UnknownSchemaError, type Violation } from "../src/index.js";
import { responseExample } from "./support/spec-examples.js";

const validators = SpecValidators.for(bundledSpec());
const ticket = () => responseExample("/api/tickets/{id}", "get", "200", "ticket");
const request = (method: string, path: string, query: Record<string, string | string[]> = {}, body?: unknown) => ({ method, path, query, headers: undefined, body });

describe("SpecValidators", () => {
  it("is compiled once per document", () => {
    expect(SpecValidators.for(bundledSpec())).toBe(validators);
  });

  it("accepts the spec's own response example", () => {
    expect(validators.checkResponse("getTicket", { status: 200, headers: undefined, body: ticket() })).toEqual([]);
  });

  it.each<[string, (t: any) => void, Violation]>([
    ["an enum value the spec lacks", (t) => (t.status = 123), { part: "body", pointer: "/status", expected: "must be one of open, closed", actual: "123" }],
    ["a wrong type deep in an array", (t) => (t.messages[0].body_text = 5), { part: "body", pointer: "/messages/0/body_text", expected: "must be string or null", actual: "5" }],
    ["a missing required field", (t) => delete t.channel, { part: "body", pointer: "/channel", expected: "is required" }],
  ])("names the JSON path, the expectation and the value for %s", (_name, change, violation) => {
    const body = ticket();
    change(body);
    expect(validators.checkResponse("getTicket", { status: 200, headers: undefined, body })).toEqual([violation]);
  });

  it("refuses an undocumented status and lists the documented ones", () => {
    const [violation] = validators.checkResponse("getTicket", { status: 418, headers: undefined, body: ticket() });
    expect(violation).toEqual({ part: "status", pointer: "", expected: "must be a documented status: 200, 400, 401, 403, 404, 405, 429, 500", actual: "418" });
  });

  it("checks the content type and documented headers when headers are given", () => {
    const headers = new Map([
      ["content-type", "text/html"],
      ["x-gorgias-account-api-call-limit", "lots"],
    ]);
    expect(validators.checkResponse("getTicket", { status: 200, headers, body: ticket() })).toEqual([
      { part: "header", pointer: "/X-Gorgias-Account-Api-Call-Limit", expected: "must match ^[0-9]+/[0-9]+$", actual: '"lots"' },
      { part: "content-type", pointer: "", expected: "must be application/json", actual: '"text/html"' },
    ]);
  });

  it("refuses a body on a status that documents none", () => {
    const [violation] = validators.checkResponse("deleteTicket", { status: 204, headers: undefined, body: { ok: true } });
    expect(violation?.expected).toBe("must be empty: status 204 of deleteTicket documents no body");
  });

  it("coerces query strings and names each bad or unknown parameter", () => {
    expect(validators.checkRequest("listTickets", request("GET", "/api/tickets", { limit: "20", order_by: "created_datetime:desc" }))).toEqual([]);
    expect(validators.checkRequest("listTickets", request("GET", "/api/tickets", { limit: "500", colour: "red" }))).toEqual([
      { part: "query", pointer: "/colour", expected: "must not be sent: listTickets has no such query parameter", actual: '"red"' },
      { part: "query", pointer: "/limit", expected: "must be <= 100", actual: "500" },
    ]);
  });

  it("checks path parameters against their schemas", () => {
    expect(validators.checkRequest("getTicket", request("GET", "/api/tickets/abc"))).toEqual([{ part: "path", pointer: "/id", expected: "must be integer", actual: '"abc"' }]);
  });

  it("says which operation a request to another method and path is for", () => {
    expect(validators.checkRequest("getTicket", request("POST", "/api/tickets"))).toEqual([
      { part: "path", pointer: "", expected: "must be GET /api/tickets/{id} (getTicket)", actual: "POST /api/tickets (createTicket)" },
    ]);
  });

  it("requires a required body and checks its fields", () => {
    expect(validators.checkRequest("createTicket", request("POST", "/api/tickets"))).toEqual([{ part: "body", pointer: "", expected: "is required" }]);
    expect(validators.checkRequest("createTicket", request("POST", "/api/tickets", {}, { messages: [] }))).toEqual([
      { part: "body", pointer: "/messages", expected: "must have at least 1 items", actual: "[]" },
    ]);
  });

  it("never shows a credential: a secret-named field's value is redacted", () => {
    const violations = validators.checkRequest("createTag", request("POST", "/api/tags", {}, { name: "vip", api_key: "sk_live_123" }));
    expect(violations).toEqual([{ part: "body", pointer: "/api_key", expected: "must not be sent: the schema has no such field", actual: "[redacted]" }]);
    expect(JSON.stringify(violations)).not.toContain("sk_live_123");
  });

  it("throws a typed error naming an unknown operation or schema, with the likely one", () => {
    expect(() => validators.operation("getTickt")).toThrow(UnknownOperationError);
    expect(() => validators.operation("getTickt")).toThrow('The spec has no operation "getTickt"; did you mean "getTicket"?');
    expect(() => validators.checkSchema("Tickett", {})).toThrow(UnknownSchemaError);
  });
});

describe("ajvErrorsToViolations", () => {
  it("keeps a failed alternative that no deeper error explains, beside an unrelated error", async () => {
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const { ajvErrorsToViolations } = await import("../src/validate/ajv-errors-to-violations.js");
    const validate = new Ajv2020({ allErrors: true, verbose: true }).compile({
      type: "object",
      properties: { a: { not: { type: "string" } }, b: { type: "integer" } },
    });
    expect(validate({ a: "x", b: "y" })).toBe(false);
    expect(ajvErrorsToViolations(validate.errors ?? [], "body")).toEqual([
      { part: "body", pointer: "/b", expected: "must be integer", actual: '"y"' },
      { part: "body", pointer: "/a", expected: "must not match the schema it excludes", actual: '"x"' },
    ]);
  });
});
