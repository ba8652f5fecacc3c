import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";
import { conformanceProblems } from "./support/spec-conformance.js";

// Live datetimes often carry no offset (`2019-11-16T15:59:41.966927`). The spec's Datetime
// schema accepts them, so the mock's generated validators must too, and still refuse garbage.

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

const OFFSET_LESS = "2019-11-16T15:59:41.966927";

describe("request datetimes with or without an offset", () => {
  it.each([
    ["no offset", OFFSET_LESS],
    ["+00:00", "2021-11-02T21:58:43.171610+00:00"],
    ["Z", "2030-01-01T00:00:00Z"],
  ])("a body datetime with %s is accepted and echoed", async (_label, value) => {
    mock.reset();
    const res = await call(mock, "PUT", "/api/tickets/1", { body: { snooze_datetime: value } });
    expect(res.status, res.text).toBe(200);
    expect(res.json.snooze_datetime).toBe(value);
    expect(conformanceProblems("updateTicket", res.status, res.headers, res.json)).toEqual([]);
  });

  it.each([
    ["an empty string", ""],
    ["a word", "tomorrow"],
    ["a date alone", "2030-01-01"],
    ["an impossible month", "2030-13-01T00:00:00"],
  ])("a body datetime that is %s is a 400 naming the field", async (_label, value) => {
    const res = await call(mock, "PUT", "/api/tickets/1", { body: { snooze_datetime: value } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.data)).toEqual(["snooze_datetime"]);
    expect(conformanceProblems("updateTicket", res.status, res.headers, res.json)).toEqual([]);
  });

  it("a query datetime without an offset filters events", async () => {
    const res = await call(mock, "GET", `/api/events?created_datetime[gte]=${OFFSET_LESS}&limit=5`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.data.length).toBeGreaterThan(0);
    expect(conformanceProblems("listEvents", res.status, res.headers, res.json)).toEqual([]);
  });

  it("a query datetime that is not one is a 400 naming the filter", async () => {
    const res = await call(mock, "GET", "/api/events?created_datetime[gte]=last-week");
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json.error.data)).toContain("created_datetime");
  });
});
