import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { basic, call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [{ email: "admin@example.com", apiKey: "mock-api-key" }, { email: "ops@example.com", apiKey: "second-key" }] });
});
afterAll(() => mock.stop());

describe("authentication", () => {
  it("accepts every configured email:key pair over Basic auth, with full access", async () => {
    expect((await call(mock, "GET", "/api/tickets/1")).status).toBe(200);
    expect((await call(mock, "GET", "/api/customers/42", { authorization: basic("ops@example.com", "second-key") })).status).toBe(200);
  });

  it.each([
    ["missing", null],
    ["wrong key", basic("admin@example.com", "nope")],
    ["key of another email", basic("ops@example.com", "mock-api-key")],
    ["unknown bearer", "Bearer not-a-token"],
    ["unknown scheme", "Digest abc"],
  ])("answers %s credentials with 401", async (_, authorization) => {
    const res = await call(mock, "GET", "/api/tickets", { authorization });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: { msg: "Unauthorized." } });
    expect(res.headers.get("x-gorgias-account-api-call-limit")).toMatch(/^\d+\/\d+$/);
  });

  it("accepts a token from issueToken for the operations its scopes allow, and names the missing scope otherwise", async () => {
    const token = mock.issueToken(["tickets:read"]);
    expect((await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${token}` })).status).toBe(200);
    const denied = await call(mock, "POST", "/api/tickets", { authorization: `Bearer ${token}`, body: {} });
    expect(denied.status).toBe(403);
    expect(denied.json.error.msg).toBe("Missing required scope: tickets:write.");
    const other = await call(mock, "GET", "/api/customers", { authorization: `Bearer ${token}` });
    expect(other.json.error.msg).toContain("customers:read");
  });

  it("checks search against the scope of the searched type", async () => {
    const token = mock.issueToken(["tags:read"]);
    const tags = await call(mock, "POST", "/api/search", { authorization: `Bearer ${token}`, body: { type: "tag", query: "urg" } });
    expect(tags.status).toBe(201);
    expect(tags.json.data.map((t: { name: string }) => t.name)).toContain("urgent");
    const customers = await call(mock, "POST", "/api/search", { authorization: `Bearer ${token}`, body: { type: "customer", query: "jane" } });
    expect(customers.status).toBe(403);
    expect(customers.json.error.msg).toContain("customers:read");
  });

  it("expires tokens after 24 hours on the mock clock", async () => {
    const token = mock.issueToken(["tickets:read"]);
    mock.clock.advance(24 * 3600 * 1000 - 1000);
    expect((await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${token}` })).status).toBe(200);
    mock.clock.advance(1000);
    const expired = await call(mock, "GET", "/api/tickets/1", { authorization: `Bearer ${token}` });
    expect(expired.status).toBe(401);
    expect(expired.json.error.msg).toMatch(/expired/);
  });

  it("honours a custom token lifetime and rejects unknown scopes", () => {
    expect(() => mock.issueToken(["tickets:fly"])).toThrow(/unknown scope\(s\) tickets:fly/);
    expect(() => mock.issueToken(["tickets:read"], { expiresInSeconds: -1 })).toThrow(/expiresInSeconds/);
  });

  it("treats the legacy write:all scope as full access", async () => {
    const token = mock.issueToken(["write:all"]);
    expect((await call(mock, "GET", "/api/customers/42", { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("answers GET /api/users/0 with the authenticated user", async () => {
    const res = await call(mock, "GET", "/api/users/0");
    expect(res.status).toBe(200);
    expect(res.json.email).toBe("admin@example.com");
  });
});
