import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";
import { exampleBody, exampleRequests, parametersOf, pathOf, queryString } from "./support/spec-examples.js";
import { operationById } from "./support/spec-conformance.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

describe("the spec's request examples", () => {
  it("replayed in spec order against one fresh mock, none is refused (no 4xx from one example undoing another)", async () => {
    mock.reset();
    const refused: string[] = [];
    const examples = exampleRequests();
    for (const example of examples) {
      const res = await call(mock, example.operation.method, `${pathOf(example.operation, example.path)}${queryString(example.operation, example.query)}`, {
        ...exampleBody(example),
      });
      if (res.status >= 400) refused.push(`${example.operation.id} (${example.label}) → ${res.status} ${res.text}`);
    }
    expect(refused).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(operationById.size);
  });

  it("the shared cursor example is the mock's next_cursor after the first page of tickets", async () => {
    mock.reset();
    const listTickets = operationById.get("listTickets")!;
    const limit = parametersOf(listTickets).find((p) => p.name === "limit")!.example;
    const cursor = parametersOf(listTickets).find((p) => p.name === "cursor")!.example;
    const first = await call(mock, "GET", `/api/tickets?limit=${String(limit)}`);
    expect(first.json.meta.next_cursor).toBe(cursor);
    const second = await call(mock, "GET", `/api/tickets?limit=${String(limit)}&cursor=${String(cursor)}`);
    expect(second.status).toBe(200);
    expect(second.json.data.length).toBeGreaterThan(0);
  });

  // Lists whose spec states a default order_by: their cursor example was issued in that order.
  it.each(["listTickets", "listMessages", "listCustomers", "listUsers", "listTags", "listMacros", "listEvents"].map((id) => [id, operationById.get(id)!] as const))(
    "%s accepts its cursor example alone (it was issued in the list's default order)",
    async (_id, op) => {
      mock.reset();
      const params = parametersOf(op);
      const path = Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, p.example]));
      const query = Object.fromEntries(params.filter((p) => p.name === "cursor").map((p) => [p.name, p.example]));
      const res = await call(mock, "GET", `${pathOf(op, path)}${queryString(op, query)}`);
      expect(res.status, res.text).toBe(200);
    },
  );

  it.each([...operationById.values()].filter((op) => parametersOf(op).some((p) => p.name === "cursor")).map((op) => [op.id, op] as const))(
    "%s accepts its cursor example with its order_by example (a cursor names a position in one order)",
    async (_id, op) => {
      mock.reset();
      const params = parametersOf(op);
      const path = Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, p.example]));
      // Required query parameters (a list's `object_type`) go along: without them the list is refused whatever the cursor.
      const query = Object.fromEntries(params.filter((p) => p.name === "cursor" || p.name === "order_by" || (p.in === "query" && p.required)).map((p) => [p.name, p.example]));
      const res = await call(mock, op.method, `${pathOf(op, path)}${queryString(op, query)}`, {
        ...(op.operation.requestBody ? { body: exampleRequests().find((e) => e.operation.id === op.id)?.body } : {}),
      });
      expect(res.status, res.text).toBe(200);
    },
  );
});
