import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ seedCounts: { tickets: 250 } });
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

async function walk(path: string, pick: "next_cursor" | "prev_cursor" = "next_cursor", first?: string): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let cursor: string | null | undefined = first;
  let pages = 0;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res = await call(mock, "GET", cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path);
    expect(res.status, res.text).toBe(200);
    ids.push(...res.json.data.map((r: { id: number }) => r.id));
    cursor = res.json.meta[pick];
    pages++;
  } while (cursor && pages < 1000);
  return { ids, pages };
}

/** Walks a view's items by requesting each `meta.next_items` as it is, with `limit=3` added. */
async function walkViewItems(path: string): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let next: string | null = path;
  let pages = 0;
  while (next && pages < 1000) {
    const res = await call(mock, "GET", pages === 0 ? next : `${next}&limit=3`);
    expect(res.status, res.text).toBe(200);
    ids.push(...res.json.data.map((r: { id: number }) => r.id));
    next = res.json.meta.next_items;
    pages++;
  }
  return { ids, pages };
}

describe("cursor pagination", () => {
  it("defaults to 30 items and answers the list envelope", async () => {
    const res = await call(mock, "GET", "/api/tickets");
    expect(res.json.data).toHaveLength(30);
    expect(res.json).toMatchObject({ object: "list", uri: "/api/tickets", meta: { prev_cursor: null, next_cursor: expect.any(String) } });
  });

  it("caps limit at 100", async () => {
    expect((await call(mock, "GET", "/api/tickets?limit=100")).json.data).toHaveLength(100);
    expect((await call(mock, "GET", "/api/tickets?limit=101")).status).toBe(400);
    expect((await call(mock, "GET", "/api/tickets?limit=0")).status).toBe(400);
  });

  it("walks every record exactly once, in order, until next_cursor is absent", async () => {
    const { ids, pages } = await walk("/api/tickets?limit=40&order_by=created_datetime:asc");
    expect(ids).toEqual([...Array(250).keys()].map((i) => i + 1));
    expect(pages).toBe(7);
  });

  it("walks back with prev_cursor", async () => {
    const first = await call(mock, "GET", "/api/tickets?limit=25&order_by=created_datetime:asc");
    const second = await call(mock, "GET", `/api/tickets?limit=25&order_by=created_datetime:asc&cursor=${first.json.meta.next_cursor}`);
    expect(second.json.meta.prev_cursor).toEqual(expect.any(String));
    const back = await call(mock, "GET", `/api/tickets?limit=25&order_by=created_datetime:asc&cursor=${second.json.meta.prev_cursor}`);
    expect(back.json.data.map((t: { id: number }) => t.id)).toEqual(first.json.data.map((t: { id: number }) => t.id));
    expect(back.json.meta.prev_cursor).toBeNull();
  });

  it("stays stable when records are added and removed while paging", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const res: { json: any } = await call(mock, "GET", `/api/tickets?limit=20&order_by=created_datetime:desc${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...res.json.data.map((t: { id: number }) => t.id));
      cursor = res.json.meta.next_cursor;
      // A new ticket sorts first (newest) and must not shift later pages; deleting an unseen one removes it.
      await call(mock, "POST", "/api/tickets", { body: { messages: [{ channel: "email", via: "api", from_agent: false, sender: { email: `p${round}@example.com` } }] } });
      if (round === 2) await call(mock, "DELETE", "/api/tickets/10");
      round++;
    } while (cursor);
    const expected = [...Array(250).keys()].map((i) => 250 - i).filter((id) => id !== 10);
    expect(seen).toEqual(expected);
  });

  it.each(["updated_datetime:desc", "created_datetime:desc", "updated_datetime:asc"])("orders customers by %s", async (order) => {
    const { ids } = await walk(`/api/customers?limit=17&order_by=${order}`);
    const [field, direction] = order.split(":") as [string, string];
    const rows = ids.map((id) => mock.engine.store.customers.get(id)!) as unknown as Record<string, string>[];
    const key = (r: Record<string, string>) => (field === "name" ? (r.name ?? "").toLowerCase() : Date.parse(r[field]!));
    for (let i = 1; i < rows.length; i++) {
      const a = key(rows[i - 1]!);
      const b = key(rows[i]!);
      expect(direction === "asc" ? a <= b : a >= b).toBe(true);
    }
    expect(ids).toHaveLength(mock.engine.store.customers.size);
  });

  it("orders tags by usage, breaking ties by name", async () => {
    const res = await call(mock, "GET", "/api/tags?order_by=usage:desc,name:desc&limit=100");
    const rows = res.json.data as { usage: number; name: string }[];
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1]!.usage > rows[i]!.usage || (rows[i - 1]!.usage === rows[i]!.usage && rows[i - 1]!.name.toLowerCase() >= rows[i]!.name.toLowerCase())).toBe(true);
    }
  });

  it("rejects a malformed cursor and a cursor of another order", async () => {
    expect((await call(mock, "GET", "/api/tickets?cursor=garbage")).json.error.data).toHaveProperty("cursor");
    const page = await call(mock, "GET", "/api/tickets?order_by=created_datetime:asc");
    const other = await call(mock, "GET", `/api/tickets?order_by=updated_datetime:asc&cursor=${page.json.meta.next_cursor}`);
    expect(other.status).toBe(400);
    expect(other.json.error.data.cursor).toMatch(/order_by=created_datetime:asc/);
  });

  it("filters while paging (a customer's tickets, a view's items)", async () => {
    const { ids } = await walk("/api/tickets?customer_id=42&limit=2");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => mock.engine.store.tickets.get(id)!.customer_id === 42)).toBe(true);
    const view = await walkViewItems("/api/views/7/items?limit=3");
    expect(view.ids.length).toBeGreaterThan(3);
    expect(view.ids.every((id) => {
      const t = mock.engine.store.tickets.get(id)!;
      return t.status === "open" && t.assignee_user_id === 1;
    })).toBe(true);
  });
});
