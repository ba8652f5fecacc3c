import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, MovedPermanentlyError, TooManyRedirectsError } from "../src/index.js";
import { redirectLoop } from "./support/faults.js";
import { API_KEY_AUTH, startTestServer, type TestServer } from "./support/test-server.js";
import { VirtualClock } from "./support/virtual-clock.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("redirects", () => {
  it.each([301, 302, 307, 308])("stops a %i loop after 5 redirects with TooManyRedirectsError, sending 6 requests", async (status) => {
    server = await startTestServer(redirectLoop(status));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    const error = await client.tickets.get({ id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect((error as TooManyRedirectsError).maxRedirects).toBe(5);
    expect((error as TooManyRedirectsError).message).toMatch(/^getTicket \(GET \/api\/tickets\/1\) was redirected more than 5 times \(last to \/api\/tickets\/1\)/);
    expect(server.requests.map((r) => r.path)).toEqual(["/api/tickets/1", "/api/tickets/2", "/api/tickets/1", "/api/tickets/2", "/api/tickets/1", "/api/tickets/2"]);
  });

  it("stops a loop for the raw client too", async () => {
    server = await startTestServer(redirectLoop());
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    await expect(client.GET("/api/tickets/{id}", { params: { path: { id: 1 } } })).rejects.toBeInstanceOf(TooManyRedirectsError);
    expect(server.requests).toHaveLength(6);
  });

  it("does not follow a write's redirect, even in a loop", async () => {
    server = await startTestServer(redirectLoop(307));
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH, clock: new VirtualClock() });
    await expect(client.tickets.update({ id: 1, body: { status: "closed" } })).rejects.toBeInstanceOf(MovedPermanentlyError);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["PUT /api/tickets/1"]);
  });
});
