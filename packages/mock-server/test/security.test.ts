import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { basic, call } from "./support/http.js";

const KEY = "sk-very-secret-api-key-000";
let mock: MockServer;
let token: string;

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [{ email: "owner@example.com", apiKey: KEY }], oauthClients: [{ clientId: "app", clientSecret: "client-secret-000" }], rateLimit: "standard" });
  token = mock.issueToken(["tickets:read"]);
});
afterAll(() => mock.stop());

describe("credentials never appear in answers, errors, logs or snapshots", () => {
  it("does not echo presented credentials in error bodies or headers", async () => {
    const attempts = [
      { authorization: basic("owner@example.com", `${KEY}-wrong`), secret: `${KEY}-wrong` },
      { authorization: `Bearer ${token}-wrong`, secret: `${token}-wrong` },
      { authorization: `Bearer ${token}`, secret: token, path: "/api/customers" },
      { authorization: basic("owner@example.com", KEY), secret: KEY, path: "/api/tickets/abc" },
      { authorization: basic("owner@example.com", KEY), secret: KEY, path: "/api/nowhere" },
    ];
    for (const a of attempts) {
      const res = await call(mock, "GET", a.path ?? "/api/tickets/1", { authorization: a.authorization });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.text).not.toContain(a.secret);
      const headerValues: string[] = [];
      res.headers.forEach((value) => headerValues.push(value));
      expect(headerValues.join("\n")).not.toContain(a.secret);
    }
  });

  it("keeps API keys and tokens out of state snapshots", async () => {
    const state = await call(mock, "GET", "/__admin/state", { authorization: null });
    for (const secret of [KEY, token, "client-secret-000"]) expect(state.text).not.toContain(secret);
  });

  it("does not echo client secrets or codes in OAuth errors", async () => {
    const res = await fetch(`${mock.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: "code-secret-000", client_id: "app", client_secret: "client-secret-000", redirect_uri: "https://x" }),
    });
    const text = await res.text();
    expect(text).not.toContain("client-secret-000");
    expect(text).not.toContain("code-secret-000");
  });

  it("never returns the write-only secrets of an integration", async () => {
    const created = await call(mock, "POST", "/api/integrations", {
      authorization: basic("owner@example.com", KEY),
      body: { name: "Signed", type: "http", http: { url: "http://127.0.0.1:1/x", method: "POST", request_content_type: "application/json", response_content_type: "application/json", hmac_secret: "hmac-secret-000", oauth2: { token_url: "https://t", client_id: "c", client_secret: "oauth-secret-000" }, triggers: {} } },
    });
    expect(created.status).toBe(201);
    const read = await call(mock, "GET", `/api/integrations/${created.json.id}`, { authorization: basic("owner@example.com", KEY) });
    const list = await call(mock, "GET", "/api/integrations?limit=100", { authorization: basic("owner@example.com", KEY) });
    const events = await call(mock, "GET", "/api/events?types=integration-created", { authorization: basic("owner@example.com", KEY) });
    for (const text of [created.text, read.text, list.text, events.text]) {
      expect(text).not.toContain("hmac-secret-000");
      expect(text).not.toContain("oauth-secret-000");
    }
  });
});
