import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient } from "../src/index.js";
import { API_KEY_AUTH, listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveEmptyList(): Promise<TestServer> {
  server = await startTestServer((_req, res) => sendJson(res, 200, listPage([], null)));
  return server;
}

describe("auth headers", () => {
  it("sends HTTP Basic with the email and API key", async () => {
    const { url, requests } = await serveEmptyList();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    await client.tickets.list();
    const expected = `Basic ${Buffer.from(`${API_KEY_AUTH.email}:${API_KEY_AUTH.apiKey}`).toString("base64")}`;
    expect(requests[0]!.headers.authorization).toBe(expected);
    expect(requests[0]!.headers.accept).toBe("application/json");
  });

  it("sends the OAuth access token as a Bearer token", async () => {
    const { url, requests } = await serveEmptyList();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "access-token-1" } });
    await client.customers.list();
    expect(requests[0]!.headers.authorization).toBe("Bearer access-token-1");
  });

  it("sends the same credentials on raw openapi-fetch calls", async () => {
    const { url, requests } = await serveEmptyList();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "access-token-1" } });
    const { data, response } = await client.GET("/api/tickets", { params: { query: { limit: 2 } } });
    expect(response.status).toBe(200);
    expect(data?.object).toBe("list");
    expect(requests[0]!.url).toBe("/api/tickets?limit=2");
    expect(requests[0]!.headers.authorization).toBe("Bearer access-token-1");
  });

  it("encodes a non-ASCII email as UTF-8 in the Basic credentials", async () => {
    const { url, requests } = await serveEmptyList();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "apiKey", email: "zoë@example.com", apiKey: "key-123456" } });
    await client.tickets.list();
    const decoded = Buffer.from(requests[0]!.headers.authorization!.slice("Basic ".length), "base64").toString("utf8");
    expect(decoded).toBe("zoë@example.com:key-123456");
  });
});

describe("options are checked with errors that name the field", () => {
  const cases: [string, unknown, RegExp][] = [
    ["no origin", { auth: API_KEY_AUTH }, /exactly one of `subdomain`.*or `baseUrl`/],
    ["both origins", { subdomain: "acme", baseUrl: "https://acme.gorgias.com", auth: API_KEY_AUTH }, /exactly one of `subdomain`/],
    ["bad subdomain", { subdomain: "acme.gorgias.com", auth: API_KEY_AUTH }, /`subdomain` must be the account's subdomain/],
    ["relative baseUrl", { baseUrl: "acme.gorgias.com", auth: API_KEY_AUTH }, /`baseUrl` must be an absolute http\(s\) URL/],
    ["baseUrl with credentials", { baseUrl: "https://u:p@acme.gorgias.com", auth: API_KEY_AUTH }, /`baseUrl` must not carry credentials/],
    ["missing auth", { subdomain: "acme" }, /`auth` is required/],
    ["unknown auth type", { subdomain: "acme", auth: { type: "token" } }, /`auth.type` must be "apiKey" or "oauth"/],
    ["missing api key", { subdomain: "acme", auth: { type: "apiKey", email: "a@b.co" } }, /`auth.apiKey` must be a non-empty string/],
    ["missing email", { subdomain: "acme", auth: { type: "apiKey", apiKey: "k" } }, /`auth.email` must be a non-empty string/],
    ["missing access token", { subdomain: "acme", auth: { type: "oauth" } }, /`auth.accessToken` must be a non-empty string/],
    ["unknown plan", { subdomain: "acme", auth: API_KEY_AUTH, plan: "gold" }, /`plan` must be one of .*enterprise.*got "gold"/],
    ["bad rate limit", { subdomain: "acme", auth: API_KEY_AUTH, rateLimit: { requests: 0 } }, /`rateLimit.requests` must be a positive number/],
    ["bad margin", { subdomain: "acme", auth: API_KEY_AUTH, rateLimit: { marginMs: -1 } }, /`rateLimit.marginMs` must be a non-negative number/],
    ["bad retry", { subdomain: "acme", auth: API_KEY_AUTH, retry: { maxAttempts: 0 } }, /`retry.maxAttempts` must be at least 1/],
  ];
  it.each(cases)("%s", (_name, options, message) => {
    expect(() => createGorgiasClient(options as never)).toThrow(message);
  });

  it("builds the account origin from the subdomain and drops a trailing /api from baseUrl", () => {
    expect(createGorgiasClient({ subdomain: "acme", auth: API_KEY_AUTH }).baseUrl).toBe("https://acme.gorgias.com");
    expect(createGorgiasClient({ baseUrl: "https://acme.gorgias.com/api/", auth: API_KEY_AUTH }).baseUrl).toBe("https://acme.gorgias.com");
  });
});
