import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.stop());
beforeEach(() => mock.reset());

describe("list orders", () => {
  it("listMacros defaults to usage, most used first, and a bare usage pages the same order", async () => {
    const implicit = (await call(mock, "GET", "/api/macros?limit=100")).json.data as { id: number; usage: number }[];
    const explicit = (await call(mock, "GET", "/api/macros?limit=100&order_by=usage:desc")).json.data as { id: number }[];
    expect(implicit.map((m) => m.id)).toEqual(explicit.map((m) => m.id));
    for (let i = 1; i < implicit.length; i++) expect(implicit[i - 1]!.usage).toBeGreaterThanOrEqual(implicit[i]!.usage);
  });

  it("listMacros refuses a relevance order without ticket_id, naming the field", async () => {
    const res = await call(mock, "GET", "/api/macros?order_by=relevance:desc");
    expect([res.status, Object.keys(res.json.error.data)]).toEqual([400, ["ticket_id"]]);
    expect((await call(mock, "GET", "/api/macros?order_by=relevance:desc&ticket_id=1")).status).toBe(200);
  });

  it("listUsers defaults to name:asc and orders by role.name", async () => {
    const names = ((await call(mock, "GET", "/api/users?limit=100")).json.data as { name: string }[]).map((u) => u.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const roles = ((await call(mock, "GET", "/api/users?limit=100&order_by=role.name:desc")).json.data as { role: { name: string } }[]).map((u) => u.role.name);
    expect(roles).toEqual([...roles].sort().reverse());
  });

  it("listCustomers no longer takes name:asc (a guide-only order)", async () => {
    const res = await call(mock, "GET", "/api/customers?order_by=name:asc");
    expect([res.status, Object.keys(res.json.error.data)]).toEqual([400, ["order_by"]]);
  });
});

describe("a message's action policy", () => {
  it("cancel deletes a message whose external action failed; without a failure it changes nothing", async () => {
    const ticket = [...mock.engine.store.tickets.values()].find((t) => t.message_ids.length > 1)!;
    const [failedId, fineId] = ticket.message_ids as [number, number];
    mock.engine.store.messages.update(failedId, (m) => void (m.failed_datetime = "2024-01-01T00:00:00"));
    const body = (id: number) => {
      const m = mock.engine.store.messages.get(id)!;
      return { channel: m.channel, via: m.via, from_agent: m.from_agent };
    };
    const cancelled = await call(mock, "PUT", `/api/tickets/${ticket.id}/messages/${failedId}?action=cancel`, { body: body(failedId) });
    expect([cancelled.status, cancelled.json.id]).toEqual([202, failedId]);
    expect(mock.engine.store.messages.has(failedId)).toBe(false);
    expect(mock.engine.store.tickets.get(ticket.id)!.message_ids).not.toContain(failedId);
    const kept = await call(mock, "PUT", `/api/tickets/${ticket.id}/messages/${fineId}?action=cancel`, { body: body(fineId) });
    expect(kept.status).toBe(202);
    expect(mock.engine.store.messages.has(fineId)).toBe(true);
  });
});
