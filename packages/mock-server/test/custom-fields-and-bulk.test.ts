import { createGorgiasClient, NotFoundError } from "@gorgias-kit/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

function client() {
  return createGorgiasClient({ baseUrl: mock.url, auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" }, rateLimit: false });
}

describe("custom field values on a ticket, through the client", () => {
  it("defines a field, sets values, reads them back, replaces all, and clears one", async () => {
    const gorgias = client();
    const ticket = await gorgias.tickets.create({
      body: { customer: { email: "sam@example.com" }, messages: [{ channel: "email", via: "api", from_agent: false, body_text: "Hello", sent_datetime: "2024-03-01T12:00:00" }] },
    });
    const field = await gorgias.customFields.create({
      body: { object_type: "Ticket", label: "Order number", definition: { data_type: "text", input_settings: { input_type: "input" } } },
    });

    const set = await gorgias.ticketCustomFields.set({ ticket_id: ticket.id, body: [{ id: field.id, value: "#1001" }, { id: 2, value: 3 }] });
    // Display order: the new field has priority 0, field 2 priority 2.
    expect(set.map((v) => [v.field.id, v.value])).toEqual([[field.id, "#1001"], [2, 3]]);

    await gorgias.ticketCustomFields.update({ ticket_id: ticket.id, id: field.id, body: "#1002" });
    const read = await gorgias.ticketCustomFields.list({ ticket_id: ticket.id });
    expect(Object.fromEntries(read.map((v) => [v.field.id, v.value]))).toEqual({ 2: 3, [field.id]: "#1002" });

    // Replace-all: field 2, left out, loses its value.
    const replaced = await gorgias.ticketCustomFields.set({ ticket_id: ticket.id, body: [{ id: field.id, value: "#1003" }] });
    expect(replaced.map((v) => [v.field.id, v.value])).toEqual([[field.id, "#1003"]]);

    await gorgias.ticketCustomFields.delete({ ticket_id: ticket.id, id: field.id });
    expect(await gorgias.ticketCustomFields.list({ ticket_id: ticket.id })).toEqual([]);
    // The definition stays.
    expect((await gorgias.customFields.get({ id: field.id })).label).toBe("Order number");
  });

  it("refuses a value of the wrong type or a customer field, naming it, and changes nothing", async () => {
    const gorgias = client();
    await expect(gorgias.ticketCustomFields.set({ ticket_id: 1, body: [{ id: 1, value: "Refund" }, { id: 2, value: "many" }] })).rejects.toMatchObject({ status: 400, body: { error: { data: { "1.value": "Custom field 2 takes a number value." } } } });
    await expect(gorgias.ticketCustomFields.update({ ticket_id: 1, id: 3, body: "Gold" })).rejects.toMatchObject({ status: 400 });
    const values = await gorgias.ticketCustomFields.list({ ticket_id: 1 });
    expect(values.map((v) => [v.field.id, v.value])).toEqual([[1, "Shipping"], [2, 1]]);
  });
});

describe("custom field values on a customer, through the client", () => {
  it("defines a field, sets values, reads them back, replaces all, and clears one", async () => {
    const gorgias = client();
    const field = await gorgias.customFields.create({
      body: { object_type: "Customer", label: "Newsletter", priority: 5, definition: { data_type: "boolean", input_settings: { input_type: "dropdown" } } },
    });
    await gorgias.customerCustomFields.set({ customer_id: 42, body: [{ id: 3, value: "Silver" }, { id: field.id, value: true }] });
    await gorgias.customerCustomFields.update({ customer_id: 42, id: field.id, body: false });
    const read = await gorgias.customerCustomFields.list({ customer_id: 42 });
    expect(read.map((v) => [v.field.id, v.value])).toEqual([[3, "Silver"], [field.id, false]]);

    const replaced = await gorgias.customerCustomFields.set({ customer_id: 42, body: [{ id: field.id, value: true }] });
    expect(replaced.map((v) => [v.field.id, v.value])).toEqual([[field.id, true]]);

    await gorgias.customerCustomFields.delete({ customer_id: 42, id: field.id });
    expect(await gorgias.customerCustomFields.list({ customer_id: 42 })).toEqual([]);
    const customer = await gorgias.customers.get({ id: 42, relationships: ["custom_fields"] });
    expect(customer.custom_fields).toEqual({});
  });

  it("lists definitions by object type, and retires one by deactivating it", async () => {
    const gorgias = client();
    const ticketFields = await gorgias.customFields.list({ object_type: "Ticket" });
    expect(ticketFields.data.map((f) => f.id)).toEqual([1, 2]);
    await gorgias.customFields.update({ id: 2, body: { deactivated_datetime: "2024-03-01T12:00:00" } });
    expect((await gorgias.customFields.list({ object_type: "Ticket", archived: true })).data.map((f) => f.id)).toEqual([2]);
    expect((await gorgias.customFields.list({ object_type: "Ticket", archived: false })).data.map((f) => f.id)).toEqual([1]);
    const reordered = await gorgias.customFields.updateMany({ body: [{ id: 3, priority: 9 }, { id: 4, priority: 0 }] });
    expect(reordered.map((f) => [f.id, f.priority])).toEqual([[3, 9], [4, 0]]);
    expect((await gorgias.customFields.list({ object_type: "Customer" })).data.map((f) => f.id)).toEqual([4, 3]);
  });
});

describe("bulk deletes, through the client", () => {
  it("deletes several customers at once; an unknown id deletes none", async () => {
    const gorgias = client();
    await expect(gorgias.customers.deleteMany({ body: { ids: [44, 999] } })).rejects.toBeInstanceOf(NotFoundError);
    expect(mock.engine.store.customers.has(44)).toBe(true);
    await gorgias.customers.deleteMany({ body: { ids: [44, 45] } });
    await expect(gorgias.customers.get({ id: 44 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(gorgias.customers.get({ id: 45 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes several tags at once, off every ticket; a tag a macro applies is refused with 409 and nothing goes", async () => {
    const gorgias = client();
    const tagged = [...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.includes(6) || t.tag_ids.includes(8)).length;
    expect(tagged).toBeGreaterThan(0);
    await expect(gorgias.tags.deleteMany({ body: { ids: [6, 9] } })).rejects.toMatchObject({ status: 409 });
    expect(mock.engine.store.tags.has(6)).toBe(true);
    await gorgias.tags.deleteMany({ body: { ids: [6, 8] } });
    expect(mock.engine.store.tags.has(6) || mock.engine.store.tags.has(8)).toBe(false);
    expect([...mock.engine.store.tickets.values()].filter((t) => t.tag_ids.includes(6) || t.tag_ids.includes(8))).toEqual([]);
  });
});

describe("macro archive flags, through the client", () => {
  it("archives and unarchives, reporting each id's outcome with 207", async () => {
    const gorgias = client();
    const archived = await gorgias.macros.archive({ body: { ids: [3, 4, 999] } });
    expect(archived.data).toEqual([{ id: 3, status: "archived" }, { id: 4, status: "archived" }, { id: 999, status: "not_found" }]);
    expect((await gorgias.macros.archive({ body: { ids: [3] } })).data).toEqual([{ id: 3, status: "already_archived" }]);
    expect((await gorgias.macros.get({ id: 3 })).archived_datetime).not.toBeNull();
    const back = await gorgias.macros.unarchive({ body: { ids: [3, 5] } });
    expect(back.data).toEqual([{ id: 3, status: "unarchived" }, { id: 5, status: "already_not_archived" }]);
    expect((await gorgias.macros.get({ id: 3 })).archived_datetime).toBeNull();
    expect((await gorgias.macros.get({ id: 4 })).archived_datetime).not.toBeNull();
  });
});

describe("customer data, account settings and view search, through the client", () => {
  it("stores a customer's data and ignores a write with an older version", async () => {
    const gorgias = client();
    await gorgias.customers.setData({ customer_id: 42, body: { data: { plan: "gold" }, version: "2024-03-02T00:00:00" } });
    await gorgias.customers.setData({ customer_id: 42, body: { data: { plan: "stale" }, version: "2024-03-01T00:00:00" } });
    expect((await gorgias.customers.get({ id: 42 })).data).toEqual({ plan: "gold" });
    await gorgias.customers.setData({ customer_id: 42, body: { data: { plan: "platinum" }, version: "2024-03-03T00:00:00" } });
    expect((await gorgias.customers.get({ id: 42 })).data).toEqual({ plan: "platinum" });
  });

  it("creates a setting, refuses a second of the same type, replaces its data, and the account shows it", async () => {
    const gorgias = client();
    const created = await gorgias.accountSettings.create({ body: { type: "auto-merge", data: { tickets: { enabled: true, merging_window_days: 3 } } } });
    await expect(gorgias.accountSettings.create({ body: { type: "auto-merge", data: {} } })).rejects.toMatchObject({ status: 409 });
    await gorgias.accountSettings.update({ id: created.id, body: { type: "auto-merge", data: { tickets: { enabled: false } } } });
    expect((await gorgias.accountSettings.list({ type: "auto-merge" })).data).toEqual([{ id: created.id, type: "auto-merge", data: { tickets: { enabled: false } } }]);
    expect((await gorgias.account.get()).settings.map((s) => s.type)).toEqual(["business-hours", "ticket-assignment", "auto-merge"]);
  });

  it("searches an ad-hoc view (id 0) without saving anything", async () => {
    const gorgias = client();
    const views = mock.engine.store.views.size;
    const page = await gorgias.views.searchItems({ view_id: 0, limit: 100, body: { view: { filters: "eq(ticket.status, 'closed')" } } });
    const closed = [...mock.engine.store.tickets.values()].filter((t) => t.status === "closed").map((t) => t.id);
    expect(page.data.map((t) => t.id).sort((a, b) => a - b)).toEqual(closed.sort((a, b) => a - b));
    expect(mock.engine.store.views.size).toBe(views);
  });
});
