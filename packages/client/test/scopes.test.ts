import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, ForbiddenError, MissingScopeError, operations, requiredScopes, resolveOperation, UnknownOperationError } from "../src/index.js";
import { listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("requiredScopes", () => {
  it.each([
    [["tickets.list", "customers.create", "listTickets"], ["customers:write", "tickets:read"]],
    [["listTickets", "tickets.get", "ticketMessages.list"], ["tickets:read"]],
    [["ticketMessages.create"], ["tickets:write"]],
    [["views.list"], ["tickets:read"]],
    [["search.run:customer", "search.run:customer_profile"], ["customers:read"]],
    [["search.run:agent", "search.run:tag"], ["tags:read", "users:read"]],
    [[], []],
  ])("%j → %j", (names, expected) => {
    expect(requiredScopes(names)).toEqual(expected);
  });

  it("knows every operation by operationId and by resource method", () => {
    for (const op of operations) {
      expect(resolveOperation(op.id)).toBe(op);
      expect(resolveOperation(`${op.resource}.${op.name}`)).toBe(op);
      if (op.scope) expect(requiredScopes([op.id])).toEqual([op.scope]);
    }
  });

  it.each([
    ["tickets.lst", /Unknown operation "tickets.lst".*Did you mean tickets.list\?/],
    ["nothing", /Unknown operation "nothing": not an operationId/],
    ["search.run", /its scope depends on the searched type; name it after a colon, one of: search.run:customer/],
    ["search.run:planet", /"planet" is not a searchable type/],
    ["tickets.list:customer", /needs tickets:read whatever is sent/],
  ])("refuses %s clearly", (name, message) => {
    expect(() => requiredScopes([name])).toThrow(UnknownOperationError);
    expect(() => requiredScopes([name])).toThrow(message);
  });
});

describe("scope pre-check", () => {
  async function serveAnything(): Promise<TestServer> {
    server = await startTestServer((_req, res) => sendJson(res, 200, listPage([], null)));
    return server;
  }

  it("fails before the network, naming the missing scope", async () => {
    const { url, requests } = await serveAnything();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "token-abcdef", scopes: ["tickets:read"] } });
    await client.tickets.list();
    const error = await client.customers.create({ body: { email: "jane@example.com", channels: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ missingScope: "customers:write", operationId: "createCustomer", grantedScopes: ["tickets:read"] });
    expect((error as Error).message).toMatch(/createCustomer \(POST \/api\/customers\) needs the OAuth scope customers:write, which this token was not granted \(granted: tickets:read\)/);
    expect(requests).toHaveLength(1);
  });

  it("checks search by the searched type", async () => {
    const { url, requests } = await serveAnything();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "token-abcdef", scopes: "customers:read offline" } });
    await client.search.run({ body: { type: "customer", query: "jane" } });
    await expect(client.search.run({ body: { type: "agent", query: "sam" } })).rejects.toMatchObject({ name: "MissingScopeError", missingScope: "users:read" });
    expect(requests).toHaveLength(1);
  });

  it("applies to raw calls too", async () => {
    const { url, requests } = await serveAnything();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "token-abcdef", scopes: [] } });
    await expect(client.GET("/api/tickets")).rejects.toMatchObject({ name: "MissingScopeError", missingScope: "tickets:read" });
    expect(requests).toHaveLength(0);
  });

  it("is skipped when the scopes are unknown, for an API key, or when turned off", async () => {
    const { url, requests } = await serveAnything();
    await createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "token-abcdef" } }).tickets.list();
    await createGorgiasClient({ baseUrl: url, auth: { type: "apiKey", email: "a@example.com", apiKey: "key-abcdef" } }).tickets.list();
    await createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "token-abcdef", scopes: [] }, scopeCheck: false }).tickets.list();
    expect(requests).toHaveLength(3);
  });

  it("names the operation's scope on a 403 from the API", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 403, { error: { msg: "Forbidden." } }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: { type: "oauth", accessToken: "token-abcdef" } });
    const error = await client.tags.merge({ destination_tag_id: 2, body: { source_tags_ids: [1] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).missingScope).toBe("tags:write");
    expect((error as ForbiddenError).message).toMatch(/Grant the missing scope on the OAuth app.*This operation needs the OAuth scope tags:write\./);
  });
});
