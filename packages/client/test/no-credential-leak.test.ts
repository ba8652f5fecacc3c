import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, type GorgiasClient } from "../src/index.js";
import { sendJson, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const API_KEY = "key-SECRET-api-7f3a9c";
const ACCESS = "access-SECRET-1b2c3d";
const REFRESH = "refresh-SECRET-4e5f6a";
const CLIENT_SECRET = "client-SECRET-8g9h0i";
const ROTATED_ACCESS = "access-SECRET-rotated";
const SECRETS = [API_KEY, ACCESS, REFRESH, CLIENT_SECRET, ROTATED_ACCESS, Buffer.from(`agent@example.com:${API_KEY}`).toString("base64")];

/** Everything a credential could leak through: message, stack, own fields, body, cause. */
function everything(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return [String(e), e.stack, JSON.stringify(e), JSON.stringify(Object.entries(e)), e.cause ? everything(e.cause) : ""].join("\n");
}

function expectClean(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A hostile server that echoes every credential it receives back in errors, in each way it can. */
async function serveEcho(): Promise<TestServer> {
  let tokenCalls = 0;
  server = await startTestServer((req, res) => {
    const echo = `${req.headers.authorization ?? ""} ${req.body}`;
    if (req.path === "/oauth/token") {
      tokenCalls += 1;
      if (tokenCalls > 1) return sendJson(res, 400, { error: "invalid_grant", error_description: `bad ${echo}` });
      return sendJson(res, 200, { access_token: ROTATED_ACCESS, refresh_token: REFRESH });
    }
    // The status to answer: a test header for resource calls (which refuse unknown parameters), the query for raw ones.
    const status = Number(req.headers["x-test-status"] ?? req.query.get("status") ?? 400);
    sendJson(res, status, { error: { msg: `Rejected ${echo}`, data: { authorization: echo } } }, { "Retry-After": "1" });
  });
  return server;
}

describe("no credential in any error message or log", () => {
  const statuses = [400, 401, 403, 404, 409, 413, 429, 500];

  async function collect(client: GorgiasClient, lines: string[]): Promise<string> {
    const texts: string[] = [];
    for (const status of statuses) {
      texts.push(everything(await client.raw.GET("/api/tickets", { params: { query: { status } as never } }).then((r) => r.error)));
      texts.push(everything(await client.call("listTickets", {}, { headers: { "x-test-status": String(status) } }).catch((e: unknown) => e)));
    }
    texts.push(...lines);
    return texts.join("\n");
  }

  it("with an API key", async () => {
    const { url } = await serveEcho();
    const lines: string[] = [];
    const logger = { debug: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "apiKey", email: "agent@example.com", apiKey: API_KEY }, logger, clock: new VirtualClock(), retry: { baseDelayMs: 1 } });
    const text = await collect(client, lines);
    expect(text).toContain("Rejected");
    expect(lines.length).toBeGreaterThan(0);
    expectClean(text);
  });

  it("with OAuth, through a token refresh and a refused second refresh", async () => {
    const { url } = await serveEcho();
    const lines: string[] = [];
    const logger = { debug: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
    const client = createGorgiasClient({
      baseUrl: url,
      auth: { type: "oauth", accessToken: ACCESS, refreshToken: REFRESH, clientId: "app", clientSecret: CLIENT_SECRET },
      logger,
      clock: new VirtualClock(),
      retry: { baseDelayMs: 1 },
    });
    const errors: unknown[] = [];
    // The first 401 refreshes (then the retry is refused again); the second one's refresh is refused.
    for (const status of [400, 401, 401, 403, 404, 409, 413, 429, 500]) {
      errors.push(await client.call("listTickets", {}, { headers: { "x-test-status": String(status) } }).catch((e: unknown) => e));
    }
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "BadRequestError",
      "AuthenticationError",
      "TokenRefreshError",
      "ForbiddenError",
      "NotFoundError",
      "ConflictError",
      "PayloadTooLargeError",
      "RateLimitError",
      "ServerError",
    ]);
    const text = [...errors.map(everything), ...lines].join("\n");
    expect(text).toContain("[redacted]");
    expectClean(text);
  });

  it("when the connection fails", async () => {
    const { url } = await serveEcho();
    await server!.close();
    server = undefined;
    const client = createGorgiasClient({ baseUrl: url, auth: { type: "apiKey", email: "agent@example.com", apiKey: API_KEY }, clock: new VirtualClock(), retry: { maxAttempts: 1 } });
    const error = await client.tickets.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("NetworkError");
    expectClean(everything(error));
  });
});
