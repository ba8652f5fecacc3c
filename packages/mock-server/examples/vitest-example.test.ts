import { createGorgiasClient } from "@gorgias-kit/client";
import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

// The three lines: start the mock, reset it between tests, stop it at the end.
let mock: MockServer;
beforeAll(async () => void (mock = await startMockServer()));
beforeEach(() => mock.reset());
afterAll(() => mock.stop());

const gorgias = () =>
  createGorgiasClient({
    baseUrl: mock.url,
    auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
  });

it("replies to a customer and tags the ticket", async () => {
  const ticket = await gorgias().tickets.get({ id: 1 });
  const reply = await gorgias().ticketMessages.create({
    ticket_id: ticket.id,
    body: { channel: "email", via: "api", from_agent: true, body_text: "Your order shipped this morning." },
  });
  await gorgias().ticketTags.add({ ticket_id: ticket.id, body: { names: ["shipping"] } });

  expect(reply.ticket_id).toBe(1);
  const tags = await gorgias().ticketTags.list({ ticket_id: ticket.id });
  expect(tags.map((tag) => tag.name)).toContain("shipping");
});

it("starts every test from the same seeded data", async () => {
  const tags = await gorgias().ticketTags.list({ ticket_id: 1 });
  expect(tags.map((tag) => tag.name)).toEqual(["urgent"]);
});
