import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, DEFAULT_TO_ARRAY_LIMIT, GorgiasError, InvalidRequestError, InvalidResponseError, ListTooLongError, PaginationCycleError } from "../src/index.js";
import { API_KEY_AUTH, listPage, sendJson, startTestServer, viewItemsPage, type TestServer } from "./support/test-server.js";

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

describe("pagination of a view's items (meta.next_items)", () => {
  /** 7 tickets of view 7 in pages of `limit`; next_items carries the cursor (an index) and the direction, not the limit. */
  async function serveViewItems(total = 7): Promise<TestServer> {
    server = await startTestServer((req, res) => {
      const limit = Number(req.query.get("limit") ?? 30);
      const start = Number(req.query.get("cursor") ?? 0);
      const data = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({ id: start + i + 1 }));
      const next = start + limit < total ? `/api/views/7/items?cursor=${start + limit}&direction=next` : null;
      sendJson(res, 200, viewItemsPage(data, next, req.query.get("cursor")));
    });
    return server;
  }

  it("for await follows next_items, sending its cursor and direction with the caller's own parameters", async () => {
    const { url, requests } = await serveViewItems();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const ids: number[] = [];
    for await (const ticket of client.views.listItems({ view_id: 7, limit: 3, order_by: "created_datetime:asc" })) ids.push(ticket.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(requests.map((r) => r.url)).toEqual([
      "/api/views/7/items?limit=3&order_by=created_datetime%3Aasc",
      "/api/views/7/items?limit=3&order_by=created_datetime%3Aasc&cursor=3&direction=next",
      "/api/views/7/items?limit=3&order_by=created_datetime%3Aasc&cursor=6&direction=next",
    ]);
  });

  it("pages() yields whole pages until next_items is null", async () => {
    const { url } = await serveViewItems();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const pages: { size: number; current: string | null; next: string | null }[] = [];
    for await (const page of client.views.listItems({ view_id: 7, limit: 5 }).pages()) pages.push({ size: page.data.length, current: page.meta.current_cursor, next: page.meta.next_items });
    expect(pages).toEqual([
      { size: 5, current: null, next: "/api/views/7/items?cursor=5&direction=next" },
      { size: 2, current: "5", next: null },
    ]);
  });

  it("moves forward when the walk started backwards (direction=prev) and next_items names no direction", async () => {
    server = await startTestServer((req, res) => {
      const cursor = req.query.get("cursor");
      sendJson(res, 200, viewItemsPage([{ id: cursor === "B" ? 2 : 1 }], cursor === "A" ? "/api/views/7/items?cursor=B" : null, cursor));
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const ids = (await client.views.listItems({ view_id: 7, cursor: "A", direction: "prev" }).toArray()).map((t) => t.id);
    expect(ids).toEqual([1, 2]);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/views/7/items?cursor=A&direction=prev", "/api/views/7/items?cursor=B&direction=next"]);
  });

  it("detects a next_items cycle A → B → A and names the operation and the cursor", async () => {
    const next: Record<string, string> = { "": "A", A: "B", B: "A" };
    server = await startTestServer((req, res) => sendJson(res, 200, viewItemsPage([{ id: 1 }], `/api/views/7/items?cursor=${next[req.query.get("cursor") ?? ""]!}&direction=next`)));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const error = await client.views.listItems({ view_id: 7 }).toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(error).toMatchObject({ operationId: "listViewItems", cursor: "A" });
    expect((error as Error).message).toMatch(/listViewItems returned the next_items cursor "A" a second time/);
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ["a next_items without a cursor", "/api/views/7/items?direction=next", /meta\.next_items without a cursor query parameter/],
    ["a next_items that is not a string", 42, /meta\.next_items that is not a string/],
  ])("refuses %s with an InvalidResponseError, after yielding the page it came with", async (_name, link, message) => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { data: [{ id: 1 }], meta: { current_cursor: null, next_items: link, prev_items: null }, object: "list", uri: "/api/views/7/items" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const ids: number[] = [];
    const error = await (async () => {
      for await (const ticket of client.views.listItems({ view_id: 7 })) ids.push(ticket.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(message);
    expect(ids).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  it("a list that is not paged (a ticket's tags) is not a ListPromise: it resolves with the plain array", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, [{ id: 3, name: "urgent" }]));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const tags = client.ticketTags.list({ ticket_id: 1 });
    expect(tags).toBeInstanceOf(Promise);
    expect(await tags).toEqual([{ id: 3, name: "urgent" }]);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/tickets/1/tags"]);
  });
});
