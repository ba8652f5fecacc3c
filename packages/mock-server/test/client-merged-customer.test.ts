import { createGorgiasClient, MethodNotAllowedError, MovedPermanentlyError, UnsupportedMediaTypeError } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());

/** Requests the client sent, as "METHOD path". */
let sent: string[] = [];

function client(rewriteMethod?: string) {
  return createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
    rateLimit: false,
    fetch: (input, init) => {
      const method = rewriteMethod ?? init?.method ?? "GET";
      sent.push(`${method} ${new URL(String(input)).pathname}`);
      return fetch(input, { ...init, method });
    },
  });
}

/** Customer 43 merged into 42, set in the store so the test does not depend on the merge operation's form. */
function mergeCustomer43Into42(): void {
  mock.reset();
  mock.engine.store.customers.delete(43);
  mock.engine.store.mergedCustomers.set(43, 42);
}

beforeEach(() => {
  sent = [];
});

describe("the client against the mock: a merged customer answers 301 on every method", () => {
  it("GET follows to the survivor and says so", async () => {
    mergeCustomer43Into42();
    const customer = await client().customers.get({ id: 43 });
    expect([customer.id, customer.redirectedFrom?.location]).toEqual([42, "/api/customers/42"]);
    expect(sent).toEqual(["GET /api/customers/43", "GET /api/customers/42"]);
  });

  it("PUT is not re-sent: MovedPermanentlyError with the new location, and the survivor is unchanged", async () => {
    mergeCustomer43Into42();
    const before = mock.engine.store.customers.get(42)!.note;
    const error = await client().customers.update({ id: 43, body: { note: "VIP" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MovedPermanentlyError);
    expect((error as MovedPermanentlyError).location).toBe("/api/customers/42");
    expect((error as MovedPermanentlyError).message).toMatch(/followMergedCustomer: true/);
    expect(sent).toEqual(["PUT /api/customers/43"]);
    expect(mock.engine.store.customers.get(42)!.note).toBe(before);
  });

  it("PUT with followMergedCustomer updates the survivor, and the result says it was redirected", async () => {
    mergeCustomer43Into42();
    const updated = await client().customers.update({ id: 43, body: { note: "VIP" } }, { followMergedCustomer: true });
    expect([updated.id, updated.note, updated.redirectedFrom?.path]).toEqual([42, "VIP", "/api/customers/43"]);
    expect(sent).toEqual(["PUT /api/customers/43", "PUT /api/customers/42"]);
    expect(mock.engine.store.customers.get(42)!.note).toBe("VIP");
  });

  it("DELETE is not re-sent: the survivor is not deleted", async () => {
    mergeCustomer43Into42();
    const error = await client().customers.delete({ id: 43 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MovedPermanentlyError);
    expect((error as MovedPermanentlyError).location).toBe("/api/customers/42");
    expect(sent).toEqual(["DELETE /api/customers/43"]);
    expect(mock.engine.store.customers.has(42)).toBe(true);
  });

  it("DELETE with followMergedCustomer deletes the survivor", async () => {
    mergeCustomer43Into42();
    await client().customers.delete({ id: 43 }, { followMergedCustomer: true });
    expect(sent).toEqual(["DELETE /api/customers/43", "DELETE /api/customers/42"]);
    expect(mock.engine.store.customers.has(42)).toBe(false);
  });

  it("followMergedCustomer does not make other writes follow redirects", async () => {
    mock.reset();
    // A write that is not redirected is sent once, as usual.
    await client().tags.update({ id: 1, body: { description: "x" } }, { followMergedCustomer: true });
    expect(sent).toEqual(["PUT /api/tags/1"]);
  });
});

describe("the client against the mock: 405 and 415 have their own errors", () => {
  it("405 is a MethodNotAllowedError listing the Allow header's methods", async () => {
    mock.reset();
    const error = await client("PATCH").tickets.get({ id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MethodNotAllowedError);
    expect((error as MethodNotAllowedError).status).toBe(405);
    expect((error as MethodNotAllowedError).allow).toEqual(["DELETE", "GET", "PUT"]);
    expect((error as Error).message).toMatch(/This path takes DELETE, GET, PUT\./);
  });

  it("415 is an UnsupportedMediaTypeError that says to send JSON", async () => {
    mock.reset();
    const error = await client()
      .tags.create({ body: { name: "vip" } }, { headers: { "content-type": "text/plain" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((error as UnsupportedMediaTypeError).status).toBe(415);
    expect((error as Error).message).toMatch(/Content-Type: application\/json/);
  });
});
