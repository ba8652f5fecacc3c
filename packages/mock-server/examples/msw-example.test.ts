import { createGorgiasClient } from "@gorgias-kit/client";
import { createHandlers, MockEngine } from "@gorgias-kit/mock-server/msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

// The same engine in process: no port, requests to https://acme.gorgias.com are answered by the mock.
const engine = new MockEngine();
const server = setupServer(...createHandlers({ engine, baseUrl: "https://acme.gorgias.com" }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => engine.reset());
afterAll(() => server.close());

it("creates a customer, then finds it", async () => {
  const gorgias = createGorgiasClient({
    baseUrl: "https://acme.gorgias.com",
    auth: { type: "oauth", accessToken: engine.issueToken(["customers:read", "customers:write"]) },
  });
  const created = await gorgias.customers.create({ body: { email: "sam@example.com", name: "Sam Rivera", channels: [] } });
  const page = await gorgias.customers.list({ email: "sam@example.com" });
  expect(page.data.map((customer) => customer.id)).toEqual([created.id]);
});
