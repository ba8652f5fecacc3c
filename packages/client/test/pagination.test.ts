import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, DEFAULT_TO_ARRAY_LIMIT, GorgiasError, InvalidRequestError, InvalidResponseError, ListTooLongError, PaginationCycleError } from "../src/index.js";
import { API_KEY_AUTH, listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** 7 customers in pages of `limit`, the cursor being the index of the next item. */
async function serveCustomers(total = 7): Promise<TestServer> {
  server = await startTestServer((req, res) => {
    const limit = Number(req.query.get("limit") ?? 30);
    const start = Number(req.query.get("cursor") ?? 0);
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({ id: start + i + 1, name: `Customer ${start + i + 1}` }));
    sendJson(res, 200, listPage(data, start + limit < total ? String(start + limit) : null, "/api/customers"));
  });
  return server;
}

describe("pagination", () => {
  it("for await yields every item across pages, following next_cursor until it is absent", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const ids: number[] = [];
    for await (const customer of client.customers.list({ limit: 3, order_by: "created_datetime:asc" })) ids.push(customer.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(requests.map((r) => r.url)).toEqual([
      "/api/customers?limit=3&order_by=created_datetime%3Aasc",
      "/api/customers?limit=3&order_by=created_datetime%3Aasc&cursor=3",
      "/api/customers?limit=3&order_by=created_datetime%3Aasc&cursor=6",
    ]);
  });

  it("pages() yields whole pages with their meta", async () => {
    const { url } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const pages: { size: number; next: string | null | undefined }[] = [];
    for await (const page of client.customers.list({ limit: 5 }).pages()) pages.push({ size: page.data.length, next: page.meta.next_cursor });
    expect(pages).toEqual([
      { size: 5, next: "5" },
      { size: 2, next: null },
    ]);
  });

  it("starts from a given cursor and stops early without fetching more when the loop breaks", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    for await (const customer of client.customers.list({ limit: 2, cursor: "2" })) {
      expect(customer.id).toBe(3);
      break;
    }
    expect(requests.map((r) => r.url)).toEqual(["/api/customers?limit=2&cursor=2"]);
  });

  it("handles an empty list", async () => {
    const { url } = await serveCustomers(0);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const items: unknown[] = [];
    for await (const item of client.customers.list()) items.push(item);
    expect(items).toEqual([]);
  });

  it("detects a cursor cycle A → B → A and names the operation and the cursor", async () => {
    const next: Record<string, string> = { "": "A", A: "B", B: "A" };
    server = await startTestServer((req, res) => sendJson(res, 200, listPage([{ id: 1 }], next[req.query.get("cursor") ?? ""]!)));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const walk = async () => {
      for await (const _ of client.tickets.list()) void _;
    };
    const error = await walk().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(error).toMatchObject({ operationId: "listTickets", cursor: "A" });
    expect((error as Error).message).toMatch(/listTickets returned the next_cursor "A" a second time/);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/tickets", "/api/tickets?cursor=A", "/api/tickets?cursor=B"]);
  });

  it("detects a cycle back to the cursor the walk started from", async () => {
    server = await startTestServer((req, res) => sendJson(res, 200, listPage([{ id: 1 }], req.query.get("cursor") === "S" ? "T" : "S")));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const error = await client.tickets.list({ cursor: "S" }).toArray().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaginationCycleError", cursor: "S" });
    expect(server.requests).toHaveLength(2);
  });

  it("awaiting a list sends exactly one request and resolves with the first page", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const page = await client.customers.list({ limit: 3 });
    expect(page.data.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(page.meta.next_cursor).toBe("3");
    expect(requests).toHaveLength(1);
  });

  it("iterating a list that was also awaited does not request the first page again", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const list = client.customers.list({ limit: 3 });
    const first = await list;
    const ids: number[] = [];
    for await (const customer of list) ids.push(customer.id);
    expect(first.data).toHaveLength(3);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(requests.map((r) => r.url)).toEqual(["/api/customers?limit=3", "/api/customers?limit=3&cursor=3", "/api/customers?limit=3&cursor=6"]);
  });

  it("toArray collects every item within its limit", async () => {
    const { url } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const all = await client.customers.list({ limit: 3 }).toArray({ limit: 7 });
    expect(all.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("toArray throws a ListTooLongError past its limit, without reading further pages", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const error = await client.customers.list({ limit: 3 }).toArray({ limit: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListTooLongError);
    expect(error).toMatchObject({ operationId: "listCustomers", limit: 4 });
    expect(requests).toHaveLength(2);
  });

  it(`toArray's default limit is ${DEFAULT_TO_ARRAY_LIMIT} items`, async () => {
    expect(DEFAULT_TO_ARRAY_LIMIT).toBe(10_000);
    const { url, requests } = await serveCustomers(10_001);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH, rateLimit: false });
    await expect(client.customers.list({ limit: 5_000 }).toArray()).rejects.toMatchObject({ name: "ListTooLongError", limit: 10_000 });
    expect(requests).toHaveLength(3);
  });

  it("refuses an invalid toArray limit", async () => {
    const { url } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    await expect(client.customers.list().toArray({ limit: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it("refuses a response without the envelope's data array", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { items: [] }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const pages = client.tickets.list().pages()[Symbol.asyncIterator]();
    const error = await pages.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(GorgiasError);
    expect((error as Error).message).toMatch(/listTickets \(GET \/api\/tickets\) answered without the list envelope's `data` array/);
  });
});
