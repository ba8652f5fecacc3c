import { afterEach, describe, expect, it } from "vitest";
import { createGorgiasClient, GorgiasError, InvalidResponseError } from "../src/index.js";
import { API_KEY_AUTH, sendJson, startTestServer, type TestServer } from "./support/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Ticket 1 lives at /api/tickets/1; /api/tickets/9 redirects there. */
async function serveTicket(): Promise<TestServer> {
  server = await startTestServer((req, res) => {
    if (req.path === "/api/tickets/9") {
      res.writeHead(301, { location: "/api/tickets/1" });
      return void res.end();
    }
    sendJson(res, 200, { id: 1, subject: "Where is my order?" }, { "X-Gorgias-Account-Api-Call-Limit": "3/40" });
  });
  return server;
}

describe("the raw client's response (its body read by the client)", () => {
  it("keeps the status, headers and URL, and says when a redirect was followed", async () => {
    const { url } = await serveTicket();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const { data, response } = await client.GET("/api/tickets/{id}", { params: { path: { id: 9 } } });
    expect(data).toEqual({ id: 1, subject: "Where is my order?" });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("x-gorgias-account-api-call-limit")).toBe("3/40");
    expect(response.url).toBe(`${url}/api/tickets/1`);
    expect(response.redirected).toBe(true);
    expect(response.bodyUsed).toBe(true);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it.each(["text", "blob", "arrayBuffer", "stream"] as const)("serves the body with parseAs %s", async (parseAs) => {
    const { url } = await serveTicket();
    const client = createGorgiasClient({ baseUrl: url, auth: API_KEY_AUTH });
    const { data, response } = await client.GET("/api/tickets/{id}", { params: { path: { id: 1 } }, parseAs });
    expect(response.redirected).toBe(false);
    const text = typeof data === "string" ? data : await new Response(data as BodyInit).text();
    expect(JSON.parse(text)).toEqual({ id: 1, subject: "Where is my order?" });
  });

  it("throws an InvalidResponseError naming the operation when a 2xx body is not JSON", async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    });
    const client = createGorgiasClient({ baseUrl: server.url, auth: API_KEY_AUTH });
    const error = await client.GET("/api/tickets/{id}", { params: { path: { id: 3 } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(GorgiasError);
    expect(error).toMatchObject({ operationId: "getTicket", method: "GET", path: "/api/tickets/3" });
    expect((error as Error).message).toMatch(/getTicket \(GET \/api\/tickets\/3\) answered 200 with a body that is not JSON/);
    await expect(client.tickets.get({ id: 3 })).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
