import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@gorgias-kit/spec/operations";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";
import { exampleBody, exampleRequests, pathOf, queryString } from "./support/spec-examples.js";
import { conformanceProblems, specOperations, componentValidator, successStatusOf } from "./support/spec-conformance.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

const examples = exampleRequests();

describe("every response of every operation conforms to the bundled spec", () => {
  it("covers every operation of the spec", () => {
    expect(new Set(examples.map((e) => e.operation.id))).toEqual(new Set(operations.map((o) => o.id)));
    expect(specOperations).toHaveLength(operations.length);
  });

  it.each(examples.map((e) => [e.operation.id, e.label, e] as const))("%s (%s): success", async (_id, _label, example) => {
    mock.reset();
    const res = await call(mock, example.operation.method, `${pathOf(example.operation, example.path)}${queryString(example.operation, example.query)}`, {
      ...exampleBody(example),
    });
    expect(res.status, res.text).toBeLessThan(400);
    expect(res.status).toBe(successStatusOf(example.operation));
    expect(conformanceProblems(example.operation.id, res.status, res.headers, res.json)).toEqual([]);
  });

  it.each(specOperations.map((op) => [op.id, op] as const))("%s: 401 without credentials, 404 for a missing record", async (_id, op) => {
    const path = pathOf(op, Object.fromEntries((op.path.match(/\{(\w+)\}/g) ?? []).map((p) => [p.slice(1, -1), 999_999])));
    const unauthenticated = await call(mock, op.method, path, { authorization: null });
    expect(unauthenticated.status).toBe(401);
    expect(conformanceProblems(op.id, 401, unauthenticated.headers, unauthenticated.json)).toEqual([]);
    if (op.path.includes("{")) {
      const missing = await call(mock, op.method, path, op.operation.requestBody ? { body: {} } : {});
      expect([400, 404]).toContain(missing.status);
      expect(conformanceProblems(op.id, missing.status, missing.headers, missing.json)).toEqual([]);
    }
  });

  it("records an Event, valid against the Event schema, of the type every write the spec pairs with one names", async () => {
    for (const example of examples.filter((e) => operations.find((o) => o.id === e.operation.id)?.event)) {
      mock.reset();
      const before = mock.engine.store.events.nextId;
      const res = await call(mock, example.operation.method, `${pathOf(example.operation, example.path)}${queryString(example.operation, example.query)}`, {
        ...exampleBody(example),
      });
      expect(res.status, `${example.operation.id}: ${res.text}`).toBeLessThan(300);
      const type = operations.find((o) => o.id === example.operation.id)!.event!;
      const event = mock.engine.store.events.get(before);
      expect(event?.type, example.operation.id).toBe(type);
      const listed = await call(mock, "GET", `/api/events/${before}`);
      const validate = componentValidator("Event");
      expect(validate(listed.json), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect((listed.json as { type: string }).type).toBe(type);
    }
  });
});
