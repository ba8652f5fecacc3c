import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, createGorgiasClient, DeadlineExceededError, TokenRefreshError, type OAuthTokens } from "../src/index.js";
import { scriptedTokenEndpoint, type TokenAnswer } from "./support/faults.js";
import { listPage, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An API that accepts only `valid` as the Bearer token and a token endpoint that rotates to it. */
async function serveExpiringToken(options: { tokenStatus?: number; tokenDelayMs?: number } = {}): Promise<TestServer> {
  server = await startTestServer(async (req, res) => {
    if (req.path === "/oauth/token") {
      if (options.tokenDelayMs) await new Promise((r) => setTimeout(r, options.tokenDelayMs));
      if (options.tokenStatus) return sendJson(res, options.tokenStatus, { error: "invalid_grant", error_description: "refresh token revoked" });
      return sendJson(res, 200, { access_token: "valid", refresh_token: "refresh-2", expires_in: 86400, token_type: "Bearer", scope: "tickets:read offline" });
    }
    if (req.headers.authorization !== "Bearer valid") return sendJson(res, 401, { error: { msg: "Unauthorized." } });
    sendJson(res, 200, listPage([{ id: 1 }], null));
  });
  return server;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("OAuth refresh", () => {
  it("refreshes once for 10 concurrent 401s, retries every call, and reports the new tokens", async () => {
    const { url, requests } = await serveExpiringToken({ tokenDelayMs: 50 });
    const refreshed: OAuthTokens[] = [];
    const client = createGorgiasClient({
      baseUrl: url,
      auth: {
        type: "oauth",
        accessToken: "expired",
        refreshToken: "refresh-1",
        clientId: "client-id",
        clientSecret: "client-secret-value",
        onTokenRefresh: (tokens) => {
          refreshed.push(tokens);
        },
      },
    });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.tickets.list()));

    expect(results.every((page) => page.data.length === 1)).toBe(true);
    const tokenRequests = requests.filter((r) => r.path === "/oauth/token");
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.method).toBe("POST");
    expect(tokenRequests[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(tokenRequests[0]!.body))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "refresh-1",
      client_id: "client-id",
      client_secret: "client-secret-value",
    });
    expect(refreshed).toEqual([{ accessToken: "valid", refreshToken: "refresh-2", expiresIn: 86400, scopes: ["tickets:read", "offline"] }]);
    expect(requests.filter((r) => r.path === "/api/tickets" && r.headers.authorization === "Bearer valid")).toHaveLength(10);
  });

  it("uses the refreshed token on later calls without refreshing again", async () => {
    const { url, requests } = await serveExpiringToken();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "expired", refreshToken: "refresh-1" } });
    await client.tickets.list();
    await client.tickets.list();
    expect(requests.filter((r) => r.path === "/oauth/token")).toHaveLength(1);
    expect(requests.map((r) => `${r.path} ${r.headers.authorization ?? ""}`)).toEqual([
      "/api/tickets Bearer expired",
      "/oauth/token ",
      "/api/tickets Bearer valid",
      "/api/tickets Bearer valid",
    ]);
  });

  it("throws AuthenticationError on a 401 when there is no refresh token", async () => {
    const { url, requests } = await serveExpiringToken();
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "expired" } });
    await expect(client.tickets.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(requests).toHaveLength(1);
  });

  it("retries only once: a 401 after the refresh is an AuthenticationError", async () => {
    server = await startTestServer((req, res) => {
      if (req.path === "/oauth/token") return sendJson(res, 200, { access_token: "still-rejected" });
      sendJson(res, 401, { error: { msg: "Unauthorized." } });
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: { type: "oauth", accessToken: "expired", refreshToken: "refresh-1" } });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toMatch(/refresh an expired OAuth access token/);
    expect(server.count("POST", "/oauth/token")).toBe(1);
    expect(server.count("GET", "/api/tickets")).toBe(2);
  });

  it("fails every waiting call with TokenRefreshError when the token endpoint refuses", async () => {
    const { url, requests } = await serveExpiringToken({ tokenStatus: 400 });
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "oauth", accessToken: "expired", refreshToken: "refresh-1" } });
    const errors = await Promise.all(Array.from({ length: 3 }, () => client.tickets.list().catch((e: unknown) => e)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(TokenRefreshError);
      expect((error as TokenRefreshError).message).toMatch(/answered 400 \(invalid_grant: refresh token revoked\)/);
      expect((error as TokenRefreshError).status).toBe(400);
    }
    expect(requests.filter((r) => r.path === "/oauth/token")).toHaveLength(1);
  });

  const OAUTH = { type: "oauth", accessToken: "expired", refreshToken: "refresh-1" } as const;

  it.each([
    ["a 503", { kind: "error", status: 503 }, 503],
    ["a 500", { kind: "error", status: 500 }, 500],
    ["a 429", { kind: "error", status: 429 }, 429],
    ["a connection reset", { kind: "reset" }, null],
  ] as const)("lets the next call refresh again after %s from the token endpoint", async (_label, failure: TokenAnswer, status) => {
    server = await startTestServer(scriptedTokenEndpoint([failure, { kind: "tokens", accessToken: "valid" }]).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: OAUTH });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect((error as TokenRefreshError).status).toBe(status);
    expect((error as TokenRefreshError).grantEnded).toBe(false);
    expect((error as TokenRefreshError).message).toMatch(/The grant still stands: the next call that gets a 401 tries the refresh again\./);
    await expect(client.tickets.list()).resolves.toMatchObject({ data: [{ id: 1 }] });
    expect(server.count("POST", "/oauth/token")).toBe(2);
  });

  it("ends a call whose token endpoint hangs at its deadline, drops that token request, and lets the next call refresh again", async () => {
    const tokenEndpoint = scriptedTokenEndpoint([{ kind: "hang" }, { kind: "tokens", accessToken: "valid" }]);
    server = await startTestServer(tokenEndpoint.handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: OAUTH, retry: { deadlineMs: 300 } });
    await expect(client.tickets.list()).rejects.toBeInstanceOf(DeadlineExceededError);
    await until(() => tokenEndpoint.stats.aborted === 1);
    await expect(client.tickets.list()).resolves.toMatchObject({ data: [{ id: 1 }] });
    expect(server.count("POST", "/oauth/token")).toBe(2);
  });

  it.each([
    ["400 invalid_grant", { kind: "error", status: 400, error: "invalid_grant" }, 400],
    ["401", { kind: "error", status: 401, error: "invalid_client" }, 401],
  ] as const)("ends the grant for good after %s: later calls do not ask again", async (_label, refusal: TokenAnswer, status) => {
    server = await startTestServer(scriptedTokenEndpoint([refusal, { kind: "tokens", accessToken: "valid" }]).handler);
    const client = createGorgiasClient({ baseUrl: server.url, auth: OAUTH });
    for (let call = 0; call < 3; call++) {
      const error = await client.tickets.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenRefreshError);
      expect((error as TokenRefreshError).status).toBe(status);
      expect((error as TokenRefreshError).grantEnded).toBe(true);
      expect((error as TokenRefreshError).message).toMatch(/Authorize the app again to get a new refresh token\./);
    }
    expect(server.count("POST", "/oauth/token")).toBe(1);
  });

  it("a call waiting on a shared refresh ends with its own signal's abort; the refresh goes on for the others", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server = await startTestServer(async (req, res) => {
      if (req.path === "/oauth/token") {
        await held;
        return sendJson(res, 200, { access_token: "valid", refresh_token: "refresh-2" });
      }
      if (req.headers.authorization !== "Bearer valid") return sendJson(res, 401, { error: { msg: "Unauthorized." } });
      sendJson(res, 200, listPage([{ id: 1 }], null));
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: { type: "oauth", accessToken: "expired", refreshToken: "refresh-1" } });
    const controller = new AbortController();
    const aborted = client.tickets.list({}, { signal: controller.signal }).then(() => null, (e: unknown) => e);
    const other = client.tickets.list();
    await until(() => server!.count("POST", "/oauth/token") === 1);
    controller.abort(new Error("caller gave up"));
    // Settles while the token endpoint still holds the refresh.
    expect(await aborted).toMatchObject({ message: "caller gave up" });
    release();
    await expect(other).resolves.toMatchObject({ data: [{ id: 1 }] });
    expect(server.count("POST", "/oauth/token")).toBe(1);
  });
});
