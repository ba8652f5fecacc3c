import { afterEach, describe, expect, it } from "vitest";
import {
  apiErrors,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createGorgiasClient,
  ForbiddenError,
  GorgiasApiError,
  GorgiasError,
  InvalidRequestError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
} from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TABLE = [
  [400, BadRequestError, "Bad Request"],
  [401, AuthenticationError, "Unauthorized"],
  [403, ForbiddenError, "Forbidden"],
  [404, NotFoundError, "Not Found"],
  [409, ConflictError, "Conflict"],
  [413, PayloadTooLargeError, "Payload Too Large"],
  [429, RateLimitError, "Too Many Requests"],
  [500, ServerError, "Internal Server Error"],
] as const;

describe("one error class per status of the guide's table", () => {
  it.each(TABLE)("%i → %o", async (status, ErrorClass, title) => {
    const body = { error: { msg: `Message for ${status}.` } };
    server = await startTestServer((_req, res) => sendJson(res, status, body, { "Retry-After": "1" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { maxAttempts: 1 } });
    const error = await client.tickets.update({ id: 31, body: { status: "closed" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(GorgiasApiError);
    expect(error).toBeInstanceOf(GorgiasError);
    expect(error).toMatchObject({ status, operationId: "updateTicket", method: "PUT", path: "/api/tickets/31", apiMessage: `Message for ${status}.`, body });
    const advice = apiErrors[status]!.description;
    expect((error as GorgiasApiError).whatToDo).toBe(advice);
    expect((error as Error).message).toContain(`updateTicket (PUT /api/tickets/31) failed with ${status} ${title}. Gorgias says: "Message for ${status}." ${advice}`);
  });

  it("400 carries the field details of error.data", async () => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 400, { error: { msg: "Invalid request.", data: { subject: "Longer than maximum length 998." } } }),
    );
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const error = (await client.tickets.update({ id: 1, body: { subject: "x".repeat(999) } }).catch((e: unknown) => e)) as BadRequestError;
    expect(error.fieldErrors).toEqual({ subject: "Longer than maximum length 998." });
    expect(error.message).toMatch(/Fields: subject\.$/);
  });

  it("429 carries retryAfter in seconds", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 429, { error: { msg: "Too many requests." } }, { "Retry-After": "7" }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { maxAttempts: 1 } });
    await expect(client.tickets.list()).rejects.toMatchObject({ retryAfter: 7 });
  });

  it("502 after the retries is a ServerError with the 500 advice", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 502, "Bad gateway"));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock(), retry: { maxAttempts: 2, baseDelayMs: 1 } });
    const error = (await client.tickets.list().catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.whatToDo).toBe(apiErrors[500]!.description);
    expect(error.apiMessage).toBeNull();
  });

  it("keeps a body that is not JSON as text", async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not Found</h1>");
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.tickets.get({ id: 1 })).rejects.toMatchObject({ name: "NotFoundError", body: "<h1>Not Found</h1>", apiMessage: null });
  });

  it("an API key's 403 names no scope (it has no scopes)", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 403, { error: { msg: "Forbidden." } }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.tickets.list()).rejects.toMatchObject({ name: "ForbiddenError", missingScope: null });
  });

  it("rejects a missing path parameter before sending", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, {}));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.tickets.get({} as never)).rejects.toThrow(/getTicket: the path parameter "id" is required \(\/api\/tickets\/\{id\}\)/);
    await expect(client.tickets.get({} as never)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("arguments refused before sending", () => {
  it.each([
    ["a line break in a value", { "x-note": "a\r\nx-injected: 1" }, /the value of the header "x-note"/],
    ["a character above U+00FF", { "x-note": "caf\u00e9 \u2603" }, /the value of the header "x-note"/],
    ["an invalid name", { "x note": "1" }, /the header name "x note"/],
  ])("an invalid header (%s) is an InvalidRequestError naming it, not a retried network error", async (_what, headers, message) => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 1 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    const error = await client.tickets.get({ id: 1 }, { headers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toMatch(message);
    const raw = await client.GET("/api/tickets/{id}", { params: { path: { id: 1 } }, headers }).catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a parameter the operation does not take, naming it and the params it takes", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 1 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.tickets.list({ limt: 5 } as never)).rejects.toThrow(/listTickets: unknown parameter "limt"; it takes \{ limit\?, cursor\?/);
    await expect(client.tags.create({ name: "vip" } as never)).rejects.toThrow(/createTag: unknown parameter "name"; it takes \{ body \}/);
    await expect(client.tags.create({} as never)).rejects.toThrow(/createTag: a request body is required, under `body`/);
    await expect(client.tickets.get({ id: 1, body: {} } as never)).rejects.toThrow(/getTicket takes no request body/);
    await expect(client.tickets.get(5 as never)).rejects.toThrow(/getTicket: `params` must be an object \{ id, relationships\? \}, got 5/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("successful responses", () => {
  it("resolves a 204 with undefined", async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.tickets.delete({ id: 3 })).resolves.toBeUndefined();
  });

  it("sends the body as JSON and the query next to it", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 201, { id: 9, ticket_id: 3 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await client.ticketMessages.create({ ticket_id: 3, action: "force", body: { channel: "email", via: "api", from_agent: true, body_text: "Hi" } });
    const [request] = server.requests;
    expect(request!.url).toBe("/api/tickets/3/messages?action=force");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({ channel: "email", via: "api", from_agent: true, body_text: "Hi" });
  });

  it("calls any operation by operationId", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 5 }));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    await expect(client.call("getUser", { id: 5 })).resolves.toEqual({ id: 5 });
    await expect(client.call("nope" as never)).rejects.toThrow(/Unknown operation "nope"/);
  });
});
