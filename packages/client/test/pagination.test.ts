import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, GorgiasError } from "../src/index.js";
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
  it("listAll yields every item across pages, following next_cursor until it is absent", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const ids: number[] = [];
    for await (const customer of client.customers.listAll({ limit: 3, order_by: "created_datetime:asc" })) ids.push(customer.id);
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
    for await (const page of client.customers.listAll({ limit: 5 }).pages()) pages.push({ size: page.data.length, next: page.meta.next_cursor });
    expect(pages).toEqual([
      { size: 5, next: "5" },
      { size: 2, next: null },
    ]);
  });

  it("starts from a given cursor and stops early without fetching more when the loop breaks", async () => {
    const { url, requests } = await serveCustomers();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    for await (const customer of client.customers.listAll({ limit: 2, cursor: "2" })) {
      expect(customer.id).toBe(3);
      break;
    }
    expect(requests.map((r) => r.url)).toEqual(["/api/customers?limit=2&cursor=2"]);
  });

  it("handles an empty list", async () => {
    const { url } = await serveCustomers(0);
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const items: unknown[] = [];
    for await (const item of client.customers.listAll()) items.push(item);
    expect(items).toEqual([]);
  });

  it("stops with a clear error when the API repeats a cursor", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, listPage([{ id: 1 }], "same")));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const walk = async () => {
      for await (const _ of client.tickets.listAll()) void _;
    };
    await expect(walk()).rejects.toThrow(/listTickets returned the same next_cursor twice \("same"\)/);
  });

  it("refuses a response without the envelope's data array", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { items: [] }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const pages = client.tickets.listAll().pages()[Symbol.asyncIterator]();
    const error = await pages.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GorgiasError);
    expect((error as Error).message).toMatch(/listTickets answered without the list envelope's `data` array/);
  });
});
