import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";
import { parametersOf, pathOf, queryString } from "./support/spec-examples.js";
import { conformanceProblems, specOperations, TRANSPORT_STATUSES } from "./support/spec-conformance.js";

// The transport-level statuses the mock answers (405 for another method on a path, 413 and 415 for
// a body) are documented on the operations, and their answers conform to that documentation.

const MAX_BODY_BYTES = 2048;
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ maxBodyBytes: MAX_BODY_BYTES, maxUploadBytes: MAX_BODY_BYTES });
});
afterAll(() => mock.stop());

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH"];
const methodsOfPath = (path: string) => specOperations.filter((o) => o.path === path).map((o) => o.method).sort();
/** The operation's path with id 1, and its required query parameters' examples (the customer merge names both customers there). */
const examplePath = (op: (typeof specOperations)[number]) => {
  const query = Object.fromEntries(parametersOf(op).filter((p) => p.in === "query" && p.required).map((p) => [p.name, p.example]));
  return pathOf(op, Object.fromEntries((op.path.match(/\{(\w+)\}/g) ?? []).map((p) => [p.slice(1, -1), 1]))) + queryString(op, query);
};
const bodyOperations = specOperations.filter((op) => op.operation.requestBody);

describe("statuses the mock answers before an operation runs are documented", () => {
  it("leaves only 404 (an unknown path) to the transport", () => {
    expect([...TRANSPORT_STATUSES]).toEqual([404]);
  });

  it.each(specOperations.map((op) => [op.id, op] as const))("%s: another method on its path is a documented 405 with Allow", async (_id, op) => {
    const allowed = methodsOfPath(op.path);
    const other = METHODS.find((m) => !allowed.includes(m))!;
    const res = await call(mock, other, examplePath(op), other === "GET" ? {} : { body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")?.split(", ").sort()).toEqual(allowed);
    expect(Object.keys(op.operation.responses)).toContain("405");
    expect(conformanceProblems(op.id, 405, res.headers, res.json)).toEqual([]);
  });

  it("covers 52 operations that take a body", () => {
    expect(bodyOperations).toHaveLength(52);
  });

  it.each(bodyOperations.map((op) => [op.id, op] as const))("%s: a body that is not JSON is a documented 415", async (_id, op) => {
    const res = await call(mock, op.method, examplePath(op), { rawBody: "name=x", headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
    expect(conformanceProblems(op.id, 415, res.headers, res.json)).toEqual([]);
  });

  it.each(bodyOperations.map((op) => [op.id, op] as const))("%s: a body over the size limit is a documented 413", async (_id, op) => {
    const res = await call(mock, op.method, examplePath(op), { rawBody: JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES) }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(413);
    expect(conformanceProblems(op.id, 413, res.headers, res.json)).toEqual([]);
  });
});
