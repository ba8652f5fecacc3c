import { createGorgiasClient } from "@gorgias-kit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@gorgias-kit/spec/operations";
import { startMockServer, type MockServer } from "../src/index.js";
import { exampleRequests } from "./support/spec-examples.js";
import { conformanceProblems } from "./support/spec-conformance.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

/** The last response the client received, captured through its `fetch` option. */
let last: { status: number; headers: Headers; body: unknown } | null = null;

function client() {
  return createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
    rateLimit: false,
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      const text = await res.clone().text();
      const json = res.headers.get("content-type")?.startsWith("application/json") === true;
      last = { status: res.status, headers: res.headers, body: json && text ? JSON.parse(text) : text || null };
      return res;
    },
  });
}

describe("contract: @gorgias-kit/client runs every example of the spec against the mock", () => {
  const examples = exampleRequests();

  it("has an example request for every operation", () => {
    expect(new Set(examples.map((e) => e.operation.id))).toEqual(new Set(operations.map((o) => o.id)));
  });

  it.each(examples.map((e) => [e.operation.id, e.label, e] as const))("%s (%s)", async (id, _label, example) => {
    mock.reset();
    last = null;
    const entry = operations.find((o) => o.id === id)!;
    // The one shape of every resource method: path and query parameters by name, the body under `body`.
    const params = { ...example.path, ...example.query, ...(entry.body !== null ? { body: example.body } : {}) };
    const resource = (client() as unknown as Record<string, Record<string, (params: object) => Promise<unknown>>>)[entry.resource]!;
    await resource[entry.name]!(params);
    expect(last).not.toBeNull();
    expect(last!.status).toBe(entry.successStatus);
    expect(conformanceProblems(id, last!.status, last!.headers, last!.body)).toEqual([]);
  });

  it("pages through every ticket with for await over list, following the mock's cursors", async () => {
    mock.reset();
    const ids: number[] = [];
    for await (const ticket of client().tickets.list({ limit: 7 })) ids.push(ticket.id);
    expect(ids).toHaveLength(mock.engine.store.tickets.size);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("follows the 301 of a merged customer to the survivor", async () => {
    mock.reset();
    await client().customers.merge({ source_id: 43, target_id: 42, body: {} });
    const survivor = await client().customers.get({ id: 43 });
    expect((survivor as { id: number }).id).toBe(42);
  });
});
