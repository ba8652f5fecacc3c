import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ maxBodyBytes: 64 * 1024 });
});
afterAll(() => mock.stop());

const ticket = { messages: [{ channel: "email", via: "api", from_agent: false, sender: { email: "new@example.com" }, body_text: "Hi" }] };

describe("errors use the live error body and name what is wrong", () => {
  it.each([
    ["GET", "/api/unknown", 404],
    ["GET", "/nothing/here", 404],
    ["GET", "/api/tickets/1/unknown", 404],
  ])("%s %s → %i", async (method, path, status) => {
    const res = await call(mock, method, path);
    expect(res.status).toBe(status);
    expect(res.json.error.msg).toContain(path);
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const res = await call(mock, "PATCH", "/api/tickets/1");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("DELETE, GET, PUT");
    expect(res.json.error.msg).toMatch(/PATCH/);
  });

  it("prefers a literal path segment over a parameter (/api/customers/merge)", async () => {
    const res = await call(mock, "GET", "/api/customers/merge");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("PUT");
  });

  it("answers a body that is not JSON with 415", async () => {
    const res = await call(mock, "POST", "/api/tickets", { rawBody: "subject=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(415);
    expect(res.json.error.data).toHaveProperty("content-type");
  });

  it("answers malformed JSON with 400", async () => {
    const res = await call(mock, "POST", "/api/tickets", { rawBody: '{"messages": [', headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.json.error.msg).toMatch(/Malformed JSON/);
  });

  it("answers a body over the size limit with 413, streamed or not", async () => {
    const big = JSON.stringify({ ...ticket, subject: "x".repeat(70 * 1024) });
    const res = await call(mock, "POST", "/api/tickets", { rawBody: big, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(413);
    expect(res.json.error.msg).toMatch(/65536-byte limit/);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("x".repeat(8192)));
        controller.close();
      },
    });
    const streamed = await fetch(`${mock.url}/api/tickets`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}` },
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("rejects deeply nested bodies with 400 and no crash", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const res = await call(mock, "POST", "/api/tickets", { rawBody: `{"meta": {"a": ${deep}}, "messages": []}`, headers: { "content-type": "application/json" } });
    expect([400, 413]).toContain(res.status);
    const nested = `{"meta": ${'{"a":'.repeat(40)}1${"}".repeat(40)}, ${JSON.stringify(ticket).slice(1)}`;
    const res2 = await call(mock, "POST", "/api/tickets", { rawBody: nested, headers: { "content-type": "application/json" } });
    expect(res2.status).toBe(400);
    expect(res2.json.error.msg).toMatch(/nested too deeply/);
    expect(mock.engine.internalErrors).toEqual([]);
  });

  it("names every bad and unknown field", async () => {
    const res = await call(mock, "POST", "/api/tickets", { body: { ...ticket, subject: "s".repeat(999), colour: "red", priority: "whenever" } });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({
      colour: "Unknown field.",
      subject: "Longer than maximum length 998.",
      priority: expect.stringMatching(/^Must be one of/),
    });
    expect(res.json.error.msg).toMatch(/^Invalid request: /);
  });

  it("accepts a subject of exactly 998 characters", async () => {
    const res = await call(mock, "POST", "/api/tickets", { body: { ...ticket, subject: "s".repeat(998) } });
    expect(res.status).toBe(201);
    expect(res.json.subject).toHaveLength(998);
  });

  it("names nested fields with dotted paths", async () => {
    const res = await call(mock, "POST", "/api/tickets", { body: { messages: [{ channel: "email", via: "api" }] } });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({ "messages.0.from_agent": "Missing data for required field." });
  });

  it("validates query parameters (limit over the maximum, unknown parameter)", async () => {
    const res = await call(mock, "GET", "/api/tickets?limit=101&colour=red");
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({ limit: "Must be at most 100.", colour: "Unknown field." });
  });

  it("answers missing records with 404 and a malformed id with 400", async () => {
    expect((await call(mock, "GET", "/api/tickets/999999")).status).toBe(404);
    const bad = await call(mock, "GET", "/api/tickets/abc");
    expect(bad.status).toBe(400);
    expect(bad.json.error.data).toEqual({ id: "Not a valid integer." });
  });

  it("answers a malformed id with 400 naming the parameter", async () => {
    const res = await call(mock, "GET", "/api/tickets/1/messages/abc");
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.data)).toEqual(["id"]);
  });

  it("requires a body where the spec does", async () => {
    const res = await call(mock, "POST", "/api/tickets");
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({ body: "A JSON body is required." });
  });

  it("answers duplicates with 409", async () => {
    expect((await call(mock, "POST", "/api/tags", { body: { name: "urgent" } })).status).toBe(409);
    expect((await call(mock, "POST", "/api/customers", { body: { email: "JANE.DOE@example.com", channels: [] } })).status).toBe(409);
    expect((await call(mock, "POST", "/api/users", { body: { email: "alex.martin@acme.com", name: "A", role: { name: "agent" } } })).status).toBe(409);
  });

  it("names missing references in a body, and writes nothing", async () => {
    const before = mock.engine.store.customers.size;
    const res = await call(mock, "POST", "/api/tickets", {
      body: { customer: { email: "someone-new@example.com" }, assignee_user: { id: 9999 }, messages: ticket.messages },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.data).toEqual({ "assignee_user.id": "User 9999 does not exist." });
    expect(mock.engine.store.customers.size).toBe(before);
  });

  it("never crashed", () => {
    expect(mock.engine.internalErrors).toEqual([]);
  });
});
