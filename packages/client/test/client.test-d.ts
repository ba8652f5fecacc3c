import { describe, expectTypeOf, it } from "vitest";
import {
  createGorgiasClient,
  type CallOptions,
  type ItemOf,
  type ListPromise,
  type ParamsOf,
  parseWebhook,
  requiredScopes,
  type components,
  type RedirectedFrom,
  type WebhookPayload,
} from "../src/index.js";

type Schemas = components["schemas"];
const client = createGorgiasClient({ subdomain: "acme", auth: { type: "apiKey", email: "a@example.com", apiKey: "key" } });

describe("resource methods", () => {
  it("a list call resolves with the list envelope", () => {
    expectTypeOf(client.tickets.list()).resolves.toEqualTypeOf<Schemas["TicketList"]>();
    expectTypeOf(client.customers.list({ limit: 10 })).resolves.toEqualTypeOf<Schemas["CustomerList"]>();
    expectTypeOf<Schemas["TicketList"]>().toHaveProperty("meta").toEqualTypeOf<Schemas["ListMeta"]>();
  });

  it("a list call iterates the item type, pages() the envelope, toArray an array of items", () => {
    expectTypeOf(client.tickets.list({ limit: 100 })).toMatchTypeOf<AsyncIterable<Schemas["Ticket"]>>();
    expectTypeOf(client.tickets.list()).toEqualTypeOf<ListPromise<ItemOf<"listTickets">, Schemas["TicketList"]>>();
    expectTypeOf(client.tickets.list().pages()).toMatchTypeOf<AsyncIterable<Schemas["TicketList"]>>();
    expectTypeOf(client.ticketMessages.list({ ticket_id: 1 })).toMatchTypeOf<AsyncIterable<Schemas["TicketMessage"]>>();
    expectTypeOf(client.customers.list().toArray({ limit: 50 })).resolves.toEqualTypeOf<Schemas["CustomerList"]["data"]>();
  });

  it("names every id, so two ids cannot be swapped", () => {
    expectTypeOf(client.ticketMessages.get).parameter(0).toEqualTypeOf<{ ticket_id: number; id: number }>();
    expectTypeOf(client.ticketMessages.get({ ticket_id: 1, id: 2 })).resolves.toEqualTypeOf<Schemas["TicketMessage"]>();
    // @ts-expect-error a missing id
    void client.ticketMessages.get({ id: 2 });
    // @ts-expect-error positional ids are gone
    void client.ticketMessages.get(1, 2);
    // @ts-expect-error params are required when a path parameter is
    void client.tickets.get();
  });

  it("takes params optionally exactly when nothing in them is required", () => {
    expectTypeOf(client.tickets.list).parameter(0).toEqualTypeOf<ParamsOf<"listTickets"> | undefined>();
    expectTypeOf(client.tickets.get).parameter(0).toEqualTypeOf<ParamsOf<"getTicket">>();
    expectTypeOf(client.tags.create).parameter(0).toEqualTypeOf<ParamsOf<"createTag">>();
    expectTypeOf(client.tickets.list).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.tickets.get).parameter(1).toEqualTypeOf<CallOptions | undefined>();
  });

  it("types query parameters as named keys and the body under `body`, from the spec", () => {
    expectTypeOf<ParamsOf<"createTicketMessage">>().toEqualTypeOf<{
      ticket_id: number;
      action?: "force" | "retry" | "cancel";
      body: Schemas["TicketMessageCreate"];
    }>();
    expectTypeOf(client.ticketMessages.create({ ticket_id: 1, action: "force", body: { channel: "internal-note", via: "api", from_agent: true } })).resolves.toEqualTypeOf<
      Schemas["TicketMessage"]
    >();
    expectTypeOf(client.tickets.update).parameter(0).toHaveProperty("body").toEqualTypeOf<Schemas["TicketUpdate"]>();
  });

  it("refuses a wrong body or parameter", () => {
    // @ts-expect-error unknown field and missing `messages`
    void client.tickets.create({ body: { nope: true } });
    // @ts-expect-error wrong field type
    void client.tickets.update({ id: 1, body: { status: "pending" } });
    // @ts-expect-error a body is required
    void client.customers.create();
    // @ts-expect-error the body is not flattened into params
    void client.tags.create({ name: "vip" });
    // @ts-expect-error wrong query value
    void client.ticketMessages.create({ ticket_id: 1, action: "resend", body: { channel: "email", via: "api", from_agent: true } });
    // @ts-expect-error unknown parameter
    void client.tickets.list({ limt: 5 });
  });

  it("marks reads that can be redirected", () => {
    expectTypeOf(client.customers.get({ id: 1 })).resolves.toHaveProperty("redirectedFrom").toEqualTypeOf<RedirectedFrom | undefined>();
    expectTypeOf(client.tickets.delete({ id: 1 })).resolves.toEqualTypeOf<void>();
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
