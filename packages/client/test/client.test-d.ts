import { describe, expectTypeOf, it } from "vitest";
import {
  createGorgiasClient,
  parseWebhook,
  requiredScopes,
  type components,
  type RedirectedFrom,
  type WebhookPayload,
} from "../src/index.js";

type Schemas = components["schemas"];
const client = createGorgiasClient({ subdomain: "acme", auth: { type: "apiKey", email: "a@example.com", apiKey: "key" } });

describe("resource methods", () => {
  it("a list call yields the list envelope", () => {
    expectTypeOf(client.tickets.list()).resolves.toEqualTypeOf<Schemas["TicketList"]>();
    expectTypeOf(client.customers.list({ limit: 10 })).resolves.toEqualTypeOf<Schemas["CustomerList"]>();
    expectTypeOf<Schemas["TicketList"]>().toHaveProperty("meta").toEqualTypeOf<Schemas["ListMeta"]>();
  });

  it("listAll yields the item type, and pages() the envelope", () => {
    expectTypeOf(client.tickets.listAll()).toMatchTypeOf<AsyncIterable<Schemas["Ticket"]>>();
    expectTypeOf(client.tickets.listAll().pages()).toMatchTypeOf<AsyncIterable<Schemas["TicketList"]>>();
    expectTypeOf(client.ticketMessages.listAll({ ticket_id: 1 })).toMatchTypeOf<AsyncIterable<Schemas["TicketMessage"]>>();
  });

  it("takes path parameters, then the body, then the query", () => {
    expectTypeOf(client.ticketMessages.create).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(client.ticketMessages.create).parameter(1).toEqualTypeOf<Schemas["TicketMessageCreate"]>();
    expectTypeOf(client.ticketMessages.create(1, { channel: "internal-note", via: "api", from_agent: true }, { action: "force" })).resolves.toEqualTypeOf<
      Schemas["TicketMessage"]
    >();
  });

  it("refuses a wrong body", () => {
    // @ts-expect-error unknown field and missing `messages`
    void client.tickets.create({ nope: true });
    // @ts-expect-error wrong field type
    void client.tickets.update(1, { status: "pending" });
    // @ts-expect-error a body is required
    void client.customers.create();
    // @ts-expect-error wrong query value
    void client.ticketMessages.create(1, { channel: "email", via: "api", from_agent: true }, { action: "resend" });
  });

  it("marks reads that can be redirected", () => {
    expectTypeOf(client.customers.get(1)).resolves.toHaveProperty("redirectedFrom").toEqualTypeOf<RedirectedFrom | undefined>();
    expectTypeOf(client.tickets.delete(1)).resolves.toEqualTypeOf<void>();
  });
});

describe("raw client", () => {
  it("is typed by path", async () => {
    const { data } = await client.GET("/api/tickets/{id}", { params: { path: { id: 1 } } });
    expectTypeOf(data).toEqualTypeOf<Schemas["Ticket"] | undefined>();
  });

  it("refuses an unknown path", () => {
    // @ts-expect-error not a path of the API
    void client.GET("/api/tickets/{id}/nope", { params: { path: { id: 1 } } });
    // @ts-expect-error tickets cannot be PATCHed
    void client.raw.PATCH("/api/tickets/{id}", { params: { path: { id: 1 } } });
  });
});

describe("parseWebhook", () => {
  it("narrows by event", () => {
    const event = parseWebhook("{}");
    expectTypeOf(event).toEqualTypeOf<WebhookPayload>();
    if (event.type === "ticket-created") {
      expectTypeOf(event.data).toMatchTypeOf<Schemas["Ticket"]>();
      expectTypeOf(event.object_type).toEqualTypeOf<"Ticket">();
    }
    if (event.type === "customer-merged") {
      expectTypeOf(event.data.source_id).toEqualTypeOf<number>();
    }
    if (event.type === "tag-updated") {
      expectTypeOf(event.data).toMatchTypeOf<Schemas["Tag"]>();
    }
  });
});

describe("requiredScopes", () => {
  it("returns scope names", () => {
    expectTypeOf(requiredScopes(["tickets.list"])).toEqualTypeOf<string[]>();
  });
});
