import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ oauthClients: [{ clientId: "app", clientSecret: "app-secret", redirectUris: ["https://app.example.com/callback"] }] });
});
afterAll(() => mock.stop());

const REDIRECT = "https://app.example.com/callback";

async function authorize(scope: string, state = "xyz"): Promise<URL> {
  const url = `${mock.url}/oauth/authorize?${new URLSearchParams({ response_type: "code", client_id: "app", redirect_uri: REDIRECT, scope, state })}`;
  const res = await fetch(url, { redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}

async function token(params: Record<string, string>, basicAuth = false) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  const body = new URLSearchParams(params);
  if (basicAuth) headers.authorization = `Basic ${Buffer.from("app:app-secret").toString("base64")}`;
  else {
    body.set("client_id", "app");
    body.set("client_secret", "app-secret");
  }
  const res = await fetch(`${mock.url}/oauth/token`, { method: "POST", headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

describe("OAuth authorization-code flow", () => {
  it("auto-approves and redirects back with the code and state", async () => {
    const location = await authorize("tickets:read offline");
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("xyz");
    expect(location.searchParams.get("code")).toBeTruthy();
  });

  it("exchanges a code for a 24-hour Bearer token with a refresh token only when offline is granted", async () => {
    const withOffline = await token({ grant_type: "authorization_code", code: (await authorize("tickets:read offline")).searchParams.get("code")!, redirect_uri: REDIRECT });
    expect(withOffline.status).toBe(200);
    expect(withOffline.json).toMatchObject({ token_type: "Bearer", expires_in: 86400, scope: "tickets:read offline" });
    expect(withOffline.json.refresh_token).toBeTruthy();

    const online = await token({ grant_type: "authorization_code", code: (await authorize("tickets:read")).searchParams.get("code")!, redirect_uri: REDIRECT }, true);
    expect(online.status).toBe(200);
    expect(online.json.refresh_token).toBeUndefined();

    const res = await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${online.json.access_token}` });
    expect(res.status).toBe(200);
  });

  it("refreshes an expired access token", async () => {
    const first = await token({ grant_type: "authorization_code", code: (await authorize("tickets:read offline")).searchParams.get("code")!, redirect_uri: REDIRECT });
    mock.clock.advance(25 * 3600 * 1000);
    expect((await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${first.json.access_token}` })).status).toBe(401);
    const refreshed = await token({ grant_type: "refresh_token", refresh_token: first.json.refresh_token }, true);
    expect(refreshed.status).toBe(200);
    expect((await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${refreshed.json.access_token}` })).status).toBe(200);
  });

  it("uses a code once", async () => {
    const code = (await authorize("tickets:read")).searchParams.get("code")!;
    expect((await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT })).status).toBe(200);
    const again = await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT });
    expect(again.status).toBe(400);
    expect(again.json.error).toBe("invalid_grant");
  });

  it("rejects bad client credentials, unknown scopes, unknown grants and unregistered redirects", async () => {
    const res = await fetch(`${mock.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: "x", client_id: "app", client_secret: "wrong" }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe("invalid_client");
    const bad = await authorize("tickets:read tickets:teleport");
    expect(bad.searchParams.get("error")).toBe("invalid_scope");
    expect((await token({ grant_type: "password" })).json.error).toBe("unsupported_grant_type");
    const unregistered = await fetch(`${mock.url}/oauth/authorize?response_type=code&client_id=app&redirect_uri=${encodeURIComponent("https://evil.example.com/")}`, { redirect: "manual" });
    expect(unregistered.status).toBe(400);
  });
});
