import { createGorgiasClient, NotFoundError } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

// The typed client against the mock, on the operations whose live form differs from the guide's
// row (both merges) or from what the spec said before (search's 201): the client sends the live
// form, the mock takes it, and the state afterwards is the merge's.

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());
beforeEach(() => mock.reset());

/** Every request the client sent, as `METHOD path?query`. */
let sent: string[] = [];
/** Statuses the client received, in order. */
let statuses: number[] = [];

function client() {
  sent = [];
  statuses = [];
  return createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
    rateLimit: false,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      sent.push(`${init?.method ?? "GET"} ${url.pathname}${url.search}`);
      const res = await fetch(input, init);
      statuses.push(res.status);
      return res;
    },
  });
}

describe("customers.merge sends PUT /api/customers/merge?source_id=&target_id=", () => {
  it("merges 43 into 42: the source is gone, the target takes the body and the source's tickets", async () => {
    const store = mock.engine.store;
    const sourceTickets = [...store.tickets.values()].filter((t) => t.customer_id === 43).map((t) => t.id);
    expect(sourceTickets.length).toBeGreaterThan(0);
    const api = client();
    const survivor = await api.customers.merge({ source_id: 43, target_id: 42, body: { note: "Merged from 43." } });

    expect(sent).toEqual(["PUT /api/customers/merge?source_id=43&target_id=42"]);
    expect(statuses).toEqual([200]);
    expect(survivor).toMatchObject({ id: 42, note: "Merged from 43." });
    expect(store.customers.get(43)).toBeUndefined();
    expect(store.customers.get(42)!.note).toBe("Merged from 43.");
    for (const id of sourceTickets) expect(store.tickets.get(id)!.customer_id).toBe(42);
    // Reading the merged id answers 301 to the survivor, which the client follows for a GET.
    expect((await api.customers.get({ id: 43 })).id).toBe(42);
  });

  it("takes an empty body: only the merge happens", async () => {
    const before = mock.engine.store.customers.get(42)!.name;
    await client().customers.merge({ source_id: 43, target_id: 42, body: {} });
    expect(mock.engine.store.customers.get(43)).toBeUndefined();
    expect(mock.engine.store.customers.get(42)!.name).toBe(before);
  });

  it("surfaces a missing source as NotFoundError and merges nothing", async () => {
    const error = await client().customers.merge({ source_id: 99999, target_id: 42, body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(mock.engine.store.customers.get(42)).toBeDefined();
  });
});

describe("tags.merge sends PUT /api/tags/{destination_tag_id}/merge", () => {
  it("merges tags 4 and 5 into 3 with 202: the tickets that carried them carry 3, and 4 and 5 are gone", async () => {
    const store = mock.engine.store;
    const carriers = [...store.tickets.values()].filter((t) => t.tag_ids.includes(4) || t.tag_ids.includes(5)).map((t) => t.id);
    expect(carriers.length).toBeGreaterThan(0);
    const api = client();
    const kept = await api.tags.merge({ destination_tag_id: 3, body: { source_tags_ids: [4, 5] } });

    expect(sent).toEqual(["PUT /api/tags/3/merge"]);
    expect(statuses).toEqual([202]);
    expect(kept.id).toBe(3);
    for (const id of carriers) {
      const tags = store.tickets.get(id)!.tag_ids;
      expect(tags).toContain(3);
      expect(tags).not.toContain(4);
      expect(tags).not.toContain(5);
    }
    expect(store.tags.get(4)).toBeUndefined();
    expect(store.tags.get(5)).toBeUndefined();
    expect(kept.usage).toBe([...store.tickets.values()].filter((t) => t.tag_ids.includes(3)).length);
  });
});

describe("search.run", () => {
  it("answers 201 with the matches, and takes a search without a query", async () => {
    const api = client();
    const found = await api.search.run({ body: { type: "customer", query: "jane" } });
    expect(statuses).toEqual([201]);
    const matches = Array.isArray(found) ? found : found.data;
    expect(matches.map((m) => m.id)).toContain(42);
    const recent = await api.search.run({ body: { type: "tag", size: 2 } });
    expect((Array.isArray(recent) ? recent : recent.data).length).toBe(2);
  });

  it("searches the customer-channel types the live API adds", async () => {
    const found = await client().search.run({ body: { type: "customer_channel_email", query: "jane.doe@example.com" } });
    expect((Array.isArray(found) ? found : found.data).map((m) => m.id)).toEqual([42]);
  });
});
