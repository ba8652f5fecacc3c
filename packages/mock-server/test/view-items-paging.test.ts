import { createGorgiasClient } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

// Enough tickets that a view of the open ones spans many pages.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ seedCounts: { tickets: 250 } });
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

/** The client, recording the path and query of every request it sends. */
function client(sent: string[] = []) {
  return createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
    rateLimit: false,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      sent.push(`${url.pathname}${url.search}`);
      return fetch(input, init);
    },
  });
}

/** A view of the open tickets, oldest first, and the ids it should list in that order. */
async function openTicketsView(): Promise<{ viewId: number; expected: number[] }> {
  const view = await client().views.create({ body: { slug: "open-oldest-first", name: "Open, oldest first", filters: "eq(ticket.status, 'open')", order_by: "created_datetime", order_dir: "asc" } });
  const expected = [...mock.engine.store.tickets.values()]
    .filter((t) => t.status === "open")
    .sort((a, b) => Date.parse(a.created_datetime) - Date.parse(b.created_datetime) || a.id - b.id)
    .map((t) => t.id);
  return { viewId: view.id, expected };
}

describe("a view's items, paged with meta.next_items (client against the mock)", () => {
  it("for await yields every item of the view once, in order, across pages, following next_items", async () => {
    const { viewId, expected } = await openTicketsView();
    const limit = 7;
    expect(expected.length).toBeGreaterThan(3 * limit);
    const sent: string[] = [];
    const ids: number[] = [];
    for await (const ticket of client(sent).views.listItems({ view_id: viewId, limit })) ids.push(ticket.id);
    expect(ids).toEqual(expected);
    const reads = sent.filter((s) => s.startsWith(`/api/views/${viewId}/items`));
    expect(reads).toHaveLength(Math.ceil(expected.length / limit));
    expect(reads[0]).toBe(`/api/views/${viewId}/items?limit=7`);
    for (const later of reads.slice(1)) expect(later).toMatch(new RegExp(`^/api/views/${viewId}/items\\?limit=7&cursor=[^&]+&direction=next$`));
  });

  it("pages() yields whole pages: current_cursor is the cursor asked for, next_items is null on the last page only", async () => {
    const { viewId, expected } = await openTicketsView();
    const pages: { size: number; current: string | null; next: string | null; prev: string | null }[] = [];
    for await (const page of client().views.listItems({ view_id: viewId, limit: 25 }).pages()) {
      pages.push({ size: page.data.length, current: page.meta.current_cursor, next: page.meta.next_items, prev: page.meta.prev_items });
    }
    expect(pages).toHaveLength(Math.ceil(expected.length / 25));
    expect(pages.map((p) => p.size).reduce((a, b) => a + b, 0)).toBe(expected.length);
    expect(pages[0]).toMatchObject({ current: null, prev: null });
    expect(pages.at(-1)!.next).toBeNull();
    for (let i = 1; i < pages.length; i++) {
      expect(pages[i - 1]!.next).not.toBeNull();
      // The page read from next_items reports that link's cursor as its own.
      expect(pages[i]!.current).toBe(new URL(pages[i - 1]!.next!, mock.url).searchParams.get("cursor"));
      expect(pages[i]!.prev).toMatch(new RegExp(`^/api/views/${viewId}/items\\?cursor=[^&]+&direction=prev$`));
    }
  });

  it("next_items and prev_items are relative URLs to request as they are (with a limit added)", async () => {
    const { viewId, expected } = await openTicketsView();
    const first = await call(mock, "GET", `/api/views/${viewId}/items?limit=10`);
    expect(first.json.meta).toEqual({ current_cursor: null, next_items: expect.stringMatching(/^\/api\/views\/\d+\/items\?cursor=/), prev_items: null });
    const second = await call(mock, "GET", `${first.json.meta.next_items}&limit=10`);
    expect(second.status).toBe(200);
    expect(second.json.data.map((t: { id: number }) => t.id)).toEqual(expected.slice(10, 20));
    const back = await call(mock, "GET", `${second.json.meta.prev_items}&limit=10`);
    expect(back.json.data.map((t: { id: number }) => t.id)).toEqual(expected.slice(0, 10));
    expect(back.json.meta.prev_items).toBeNull();
  });

  it("keeps order_by and ignored_item in the links, and a cursor of another order is refused naming next_items", async () => {
    const { viewId } = await openTicketsView();
    const first = await call(mock, "GET", `/api/views/${viewId}/items?limit=5&order_by=updated_datetime:desc&ignored_item=3`);
    const link = new URL(first.json.meta.next_items, mock.url);
    expect(link.searchParams.get("order_by")).toBe("updated_datetime:desc");
    expect(link.searchParams.get("ignored_item")).toBe("3");
    expect(link.searchParams.has("limit")).toBe(false);
    const wrong = await call(mock, "GET", `/api/views/${viewId}/items?order_by=created_datetime:asc&cursor=${link.searchParams.get("cursor")}`);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.data.cursor).toMatch(/order_by=updated_datetime:desc/);
    const garbage = await call(mock, "GET", `/api/views/${viewId}/items?cursor=garbage`);
    expect(garbage.json.error.data.cursor).toBe("Not a cursor from the cursor of meta.next_items or meta.prev_items.");
  });
});

describe("a ticket's tags are a plain array, not a paged list", () => {
  it("the client resolves with the array the mock answers, in the order the tags were applied", async () => {
    await client().ticketTags.add({ ticket_id: 1, body: { names: ["shipping"] } });
    const tags = await client().ticketTags.list({ ticket_id: 1 });
    expect(Array.isArray(tags)).toBe(true);
    expect(tags.map((tag) => tag.name)).toEqual(["urgent", "shipping"]);
    const raw = await call(mock, "GET", "/api/tickets/1/tags");
    expect(raw.json).toEqual(tags);
  });

  it("takes no limit or cursor: the client refuses them before sending, the mock answers 400", async () => {
    const sent: string[] = [];
    const params = { ticket_id: 1, limit: 5 } as unknown as Parameters<ReturnType<typeof client>["ticketTags"]["list"]>[0];
    await expect(client(sent).ticketTags.list(params)).rejects.toMatchObject({ name: "InvalidRequestError", message: expect.stringContaining('unknown parameter "limit"') });
    expect(sent).toEqual([]);
    const raw = await call(mock, "GET", "/api/tickets/1/tags?cursor=abc");
    expect(raw.status).toBe(400);
    expect(raw.json.error.data).toHaveProperty("cursor");
  });
});

describe("a view's shares: ids in requests, objects in responses", () => {
  it("shows the users and teams a view is shared with as objects, on create, get and list", async () => {
    const created = await client().views.create({ body: { slug: "shared", name: "Shared", visibility: "shared", shared_with_users: [5], shared_with_teams: [3] } });
    expect(created.shared_with_users).toEqual([{ id: 5, name: "Alex Martin", meta: { sso: null, profile_picture_url: null } }]);
    expect(created.shared_with_teams).toEqual([{ id: 3, name: "Billing", decoration: null }]);
    const read = await client().views.get({ id: created.id });
    expect(read.shared_with_users).toEqual(created.shared_with_users);
    const listed = (await client().views.list({ limit: 100 })).data.find((v) => v.id === created.id)!;
    expect(listed.shared_with_teams).toEqual(created.shared_with_teams);
  });

  it("refuses an unknown user or team with 400 naming it, and changes nothing", async () => {
    const created = await client().views.create({ body: { slug: "shared", name: "Shared", shared_with_users: [5] } });
    const res = await call(mock, "PUT", `/api/views/${created.id}`, { body: { shared_with_users: [5, 999], shared_with_teams: [77] } });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({ "shared_with_users.1": "User 999 does not exist.", "shared_with_teams.0": "Team 77 does not exist." });
    expect((await client().views.get({ id: created.id })).shared_with_users!.map((u) => u.id)).toEqual([5]);
  });
});
