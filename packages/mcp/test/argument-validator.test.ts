import { describe, expect, it } from "vitest";
import { ArgumentValidator, split } from "../src/argument-validator.js";
import { toolRoutes } from "../src/generated/tool-routes.gen.js";

const validator = new ArgumentValidator(2048);
const problems = (tool: string, args: Record<string, unknown>) => validator.problems(tool, toolRoutes[tool]!, args);

describe("ArgumentValidator", () => {
  it("has a complete input schema for every tool, and each compiles", () => {
    for (const [tool, route] of Object.entries(toolRoutes)) expect(() => validator.problems(tool, route, {}), tool).not.toThrow();
  });

  it("accepts valid arguments, including API fields the manifest leaves out", () => {
    expect(problems("list_tickets", { limit: 10, order_by: "created_datetime:desc" })).toEqual([]);
    expect(problems("update_ticket", { id: 1, priority: "high", spam: false })).toEqual([]);
  });

  it("names a missing required field", () => {
    expect(problems("get_ticket", {})).toEqual(["`id` is required"]);
    expect(problems("create_ticket", { messages: [{ channel: "email", via: "api" }] })).toEqual(["`messages[0].from_agent` is required"]);
  });

  it("names an unknown field, at any depth", () => {
    expect(problems("list_tickets", { limt: 10 })).toEqual(["`limt` is not a field of this tool"]);
    expect(problems("create_ticket", { messages: [{ channel: "email", via: "api", from_agent: false, colour: "red" }] })).toEqual([
      "`messages[0].colour` is not a field of this tool",
    ]);
  });

  it("names a field of the wrong type or value", () => {
    expect(problems("get_ticket", { id: "one" })).toEqual(["`id` must be integer"]);
    expect(problems("list_tickets", { limit: 500 })).toEqual(["`limit` must be <= 100"]);
    expect(problems("update_ticket", { id: 1, status: "pending" })).toEqual(['`status` must be one of "open", "closed"']);
    expect(problems("update_ticket", { id: 1, subject: 7 })).toEqual(["`subject` must be string or null"]);
  });

  it("checks a map's keys and a tuple's positions, which the manifest leaves to the description", () => {
    const http = { url: "http://127.0.0.1:8080/hook", method: "POST", request_content_type: "application/json", response_content_type: "application/json", form: "{{context}}" };
    const create = (triggers: Record<string, boolean>) => problems("create_integration", { name: "Order sync", type: "http", http: { ...http, triggers } });
    expect(create({ "ticket-created": true })).toEqual([]);
    expect(create({ "ticket-exploded": true })[0]).toMatch(/^`http\.triggers` /);
    const query = (order: unknown[]) =>
      problems("query_reporting_stats", { query: { scope: "tickets-created", filters: [], timezone: "UTC", measures: ["ticketCount"], order } });
    expect(query([["ticketCount", "desc"]])).toEqual([]);
    expect(query([["ticketCount", "sideways"]])[0]).toMatch(/^`query\.order\[0\]\[1\]` must be one of "asc", "desc"/);
  });

  it("checks a body's minProperties once path arguments are set apart", () => {
    expect(problems("update_ticket", { id: 1 })[0]).toMatch(/^give at least 1 of the fields `subject`, /);
  });

  it("refuses a body over the size limit, naming the largest field", () => {
    const [problem] = problems("create_ticket_message", { ticket_id: 1, channel: "email", via: "api", from_agent: true, body_text: "x".repeat(4000) });
    expect(problem).toMatch(/^the request body is \d+ bytes, over the 2048-byte limit; the largest field is `body_text` \(4002 bytes\)$/);
  });

  it("splits arguments into path, query and body", () => {
    expect(split(toolRoutes.create_ticket_message!, { ticket_id: 1, action: "retry", channel: "email", body_text: "hi" })).toEqual({
      path: { ticket_id: 1 },
      query: { action: "retry" },
      body: { channel: "email", body_text: "hi" },
    });
    expect(split(toolRoutes.get_ticket!, { id: 5 })).toEqual({ path: { id: 5 }, query: {}, body: undefined });
    expect(split(toolRoutes.create_customer!, {}).body).toEqual({});
  });
});
