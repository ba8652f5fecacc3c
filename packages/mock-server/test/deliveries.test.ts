import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startMockServer, type HostLookup, type MockServer } from "../src/index.js";
import { receiverRefusal } from "../src/integrations/receiver-host.js";
import { call } from "./support/http.js";
import { deliveryValidator } from "./support/spec-conformance.js";
import { exampleRequests } from "./support/spec-examples.js";

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let mock: MockServer;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let failuresLeft = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end("busy");
      } else res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  mock = await startMockServer({ delivery: { backoffMs: 5, maxAttempts: 3, timeoutMs: 10_000 } });
});
beforeEach(() => {
  mock.reset();
  received = [];
  failuresLeft = 0;
});
afterAll(async () => {
  await mock.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

async function createIntegration(http: Record<string, unknown>) {
  const res = await call(mock, "POST", "/api/integrations", {
    body: { name: "Hook", type: "http", http: { method: "POST", request_content_type: "application/json", response_content_type: "application/json", ...http } },
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

const newTicket = { subject: "Parcel lost", messages: [{ channel: "email", via: "api", from_agent: false, sender: { email: "buyer@example.com" }, body_text: "Where is it?" }] };

describe("HTTP integrations send their own request when a live trigger fires", () => {
  it("fills the URL and form templates from the flat ticket context, adds no signature, and delivers asynchronously", async () => {
    const integration = await createIntegration({
      url: `${receiverUrl}/hook?ticket={{ticket.id}}`,
      headers: { "x-api-key": "receiver-secret-key", "x-ticket": "{{ticket.id}}" },
      form: { id: "{{ticket.id}}", email: "{{ticket.customer.email}}", subject: "Re: {{ ticket.subject | upper }}", whole: "{{ticket}}" },
      hmac_secret: "s3cr3t",
      triggers: { "ticket-created": true },
    });
    expect(integration.http).not.toHaveProperty("hmac_secret");
    const ticket = (await call(mock, "POST", "/api/tickets", { body: newTicket })).json;
    await mock.deliveries.settled();
    expect(received).toHaveLength(1);
    const [hit] = received;
    expect(hit!.url).toBe(`/hook?ticket=${ticket.id}`);
    expect(hit!.headers["x-ticket"]).toBe(String(ticket.id));
    expect(hit!.headers["x-api-key"]).toBe("receiver-secret-key");
    const body = JSON.parse(hit!.body);
    expect(body).toMatchObject({ id: ticket.id, email: "buyer@example.com", subject: "Re: PARCEL LOST", whole: { id: ticket.id, subject: "Parcel lost", customer_id: ticket.customer.id } });
    // The flat context names the customer by id; `ticket.customer.*` resolves in templates but is not part of it.
    expect(body.whole).not.toHaveProperty("customer");
    // Gorgias documents no signature, so the mock adds none (the stored hmac_secret signs nothing).
    expect(Object.keys(hit!.headers).filter((h) => /signature/i.test(h))).toEqual([]);

    const [attempt] = mock.deliveries.attempts;
    expect(attempt).toMatchObject({ attempt: 1, ok: true, refused: false, trigger: "ticket-created", ticketId: ticket.id, integrationId: integration.id, response: { status: 200 } });
    // Credentials configured for the receiver are redacted in the log.
    expect(attempt!.request.headers["x-api-key"]).toBe("[redacted]");
    expect(JSON.stringify(mock.deliveries.attempts)).not.toContain("receiver-secret-key");
    const admin = await call(mock, "GET", "/__admin/deliveries", { authorization: null });
    expect(admin.json.data).toHaveLength(1);
  });

  it("sends {{context}} as the spec's HttpIntegrationDelivery: the flat ticket and the message for message triggers", async () => {
    await createIntegration({ url: `${receiverUrl}/ctx`, form: "{{context}}", triggers: { "ticket-message-created": true } });
    await call(mock, "POST", "/api/tickets/1/messages", { body: { channel: "email", via: "api", from_agent: true, body_text: "On its way" } });
    await mock.deliveries.settled();
    const body = JSON.parse(received[0]!.body);
    expect(body.ticket.id).toBe(1);
    expect(body.message).toMatchObject({ ticket_id: 1, body_text: "On its way" });
    expect(Object.keys(body).sort()).toEqual(["message", "ticket"]);
    const validate = deliveryValidator("ticket-message-created");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("retries failures with backoff and records every attempt", async () => {
    failuresLeft = 2;
    await createIntegration({ url: `${receiverUrl}/flaky`, form: { id: "{{ticket.id}}" }, triggers: { "ticket-created": true } });
    await call(mock, "POST", "/api/tickets", { body: newTicket });
    await mock.deliveries.settled();
    expect(mock.deliveries.attempts.map((a) => [a.attempt, a.ok, a.willRetry, a.response?.status])).toEqual([
      [1, false, true, 503],
      [2, false, true, 503],
      [3, true, false, 200],
    ]);
    expect(new Set(mock.deliveries.attempts.map((a) => a.deliveryId)).size).toBe(1);
  });

  it("gives up after the last attempt, and records unreachable receivers", async () => {
    await createIntegration({ url: "http://127.0.0.1:1/closed", form: null, triggers: { "ticket-created": true } });
    await call(mock, "POST", "/api/tickets", { body: newTicket });
    await mock.deliveries.settled();
    expect(mock.deliveries.attempts).toHaveLength(3);
    expect(mock.deliveries.attempts.every((a) => !a.ok && a.response === null && a.error)).toBe(true);
  });

  it("ignores triggers an integration does not enable, and deactivated integrations", async () => {
    const integration = await createIntegration({ url: `${receiverUrl}/x`, form: null, triggers: { "ticket-created": false, "ticket-message-created": true } });
    await call(mock, "POST", "/api/tickets", { body: newTicket });
    await call(mock, "PUT", `/api/integrations/${integration.id}`, { body: { name: "Hook", deactivated_datetime: "2024-01-01T00:00:00+00:00" } });
    await call(mock, "POST", "/api/tickets/1/messages", { body: { channel: "email", via: "api", from_agent: true, body_text: "Quiet" } });
    await mock.deliveries.settled();
    expect(received).toEqual([]);
  });

  it("creates an integration deactivated, with its business hours, when the body says so, and it then sends nothing", async () => {
    const res = await call(mock, "POST", "/api/integrations", {
      body: {
        name: "Hook",
        type: "http",
        deactivated_datetime: "2024-01-01T00:00:00",
        business_hours_id: 3,
        http: { url: `${receiverUrl}/x`, method: "POST", request_content_type: "application/json", response_content_type: "application/json", form: null, triggers: { "ticket-created": true } },
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ deactivated_datetime: "2024-01-01T00:00:00", business_hours_id: 3 });
    await call(mock, "POST", "/api/tickets", { body: newTicket });
    await mock.deliveries.settled();
    expect(received).toEqual([]);
  });

  it("refuses a guide event name as a trigger key, naming the field", async () => {
    const res = await call(mock, "POST", "/api/integrations", {
      body: { name: "Hook", type: "http", http: { url: `${receiverUrl}/x`, method: "POST", request_content_type: "application/json", response_content_type: "application/json", triggers: { "customer-created": true } } },
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("http.triggers");
    expect(res.text).toContain("customer-created");
  });

  it("fires ticket-updated on every ticket update, ticket-status-updated and ticket-assignment-updated only when those fields change", async () => {
    await createIntegration({ url: `${receiverUrl}/updated`, form: "{{context}}", triggers: { "ticket-updated": true } });
    await createIntegration({ url: `${receiverUrl}/status`, form: "{{context}}", triggers: { "ticket-status-updated": true } });
    await createIntegration({ url: `${receiverUrl}/assignment`, form: "{{context}}", triggers: { "ticket-assignment-updated": true } });
    const ticket = (await call(mock, "POST", "/api/tickets", { body: newTicket })).json;
    const user = mock.engine.store.users.values().next().value!;
    expect((await call(mock, "PUT", `/api/tickets/${ticket.id}`, { body: { subject: "Parcel found" } })).status).toBe(200);
    expect((await call(mock, "PUT", `/api/tickets/${ticket.id}`, { body: { status: "closed" } })).status).toBe(200);
    expect((await call(mock, "PUT", `/api/tickets/${ticket.id}`, { body: { assignee_user: { id: user.id } } })).status).toBe(200);
    expect((await call(mock, "PUT", `/api/tickets/${ticket.id}`, { body: { status: "closed" } })).status).toBe(200);
    await mock.deliveries.settled();
    const count = (path: string) => received.filter((r) => r.url === path).length;
    expect([count("/updated"), count("/status"), count("/assignment")]).toEqual([4, 1, 1]);
    const status = JSON.parse(received.find((r) => r.url === "/status")!.body);
    expect(status.ticket).toMatchObject({ id: ticket.id, status: "closed" });
    const assignment = JSON.parse(received.find((r) => r.url === "/assignment")!.body);
    expect(assignment.ticket).toMatchObject({ id: ticket.id, assignee_user_id: user.id });
    const validate = deliveryValidator("ticket-assignment-updated");
    for (const r of received) expect(validate(JSON.parse(r.body)), `${r.url}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(mock.deliveries.attempts.map((a) => a.trigger).sort()).toEqual(["ticket-assignment-updated", "ticket-status-updated", ...Array(4).fill("ticket-updated")]);
  });

  it("sends GET forms as query strings and form-encoded bodies", async () => {
    await createIntegration({ url: `${receiverUrl}/get`, method: "GET", form: { id: "{{ticket.id}}" }, triggers: { "ticket-created": true } });
    await createIntegration({ url: `${receiverUrl}/form`, request_content_type: "application/x-www-form-urlencoded", form: { id: "{{ticket.id}}" }, triggers: { "ticket-created": true } });
    const ticket = (await call(mock, "POST", "/api/tickets", { body: newTicket })).json;
    await mock.deliveries.settled();
    const byPath = Object.fromEntries(received.map((r) => [r.url.split("?")[0], r]));
    expect(byPath["/get"]!.url).toBe(`/get?id=${ticket.id}`);
    expect(byPath["/form"]!.body).toBe(`id=${ticket.id}`);
    expect(byPath["/form"]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });
});

describe("deliveries go only to loopback receivers unless deliverToAnyHost is set", () => {
  // Nothing may leave the machine: a delivery fetch to any host but 127.0.0.1 is caught here and never sent.
  let outside: string[];
  let lookups: string[];
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    outside = [];
    lookups = [];
    vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname !== "127.0.0.1") {
        outside.push(url.href);
        return Promise.reject(new TypeError("fetch failed", { cause: new Error("caught by the test: not a loopback receiver") }));
      }
      return realFetch(input, init);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  /** Resolves example.com names to an outside address without asking any resolver. */
  const lookup: HostLookup = async (host) => {
    lookups.push(host);
    return host.endsWith("example.com") ? [{ address: "93.184.215.14", family: 4 }] : [{ address: "127.0.0.1", family: 4 }];
  };
  const createExample = exampleRequests().find((e) => e.operation.id === "createIntegration")!;
  // The spec's examples name only loopback receivers; the same integration aimed at an outside host.
  const exampleBody = createExample.body as { http: Record<string, unknown> };
  const outsideBody = { ...exampleBody, http: { ...exampleBody.http, url: "https://hooks.example.com/gorgias?ticket={{ticket.id}}" } };

  it("the spec's createIntegration example names a loopback receiver", () => {
    expect(new URL(String(exampleBody.http.url)).hostname).toBe("127.0.0.1");
  });

  it("refuses the createIntegration example aimed at an outside receiver once per event: recorded, not retried, never sent", async () => {
    const local = await startMockServer({ delivery: { backoffMs: 5, maxAttempts: 5, lookup } });
    try {
      const created = await call(local, "POST", "/api/integrations", { body: outsideBody });
      expect(created.status, created.text).toBe(201);
      expect(created.json.http.url).toContain("hooks.example.com");
      for (let i = 0; i < 3; i++) expect((await call(local, "POST", "/api/tickets", { body: newTicket })).status).toBe(201);
      await local.deliveries.settled();
      expect(created.json.http.triggers).toMatchObject({ "ticket-created": true });
      // Three tickets, one ticket-created trigger each; the example's message trigger has no message to fire it.
      const attempts = local.deliveries.attempts;
      expect(attempts).toHaveLength(3);
      expect(new Set(attempts.map((a) => a.deliveryId)).size).toBe(attempts.length);
      for (const a of attempts) {
        expect(a).toMatchObject({ attempt: 1, ok: false, refused: true, willRetry: false, response: null });
        expect(a.error).toMatch(/hooks\.example\.com \(93\.184\.215\.14\) is not a loopback address.*--deliver-to-any-host/);
      }
      expect(lookups.every((host) => host === "hooks.example.com")).toBe(true);
      expect(outside).toEqual([]);
      const admin = await call(local, "GET", "/__admin/deliveries", { authorization: null });
      expect(admin.json.data.every((a: { refused: boolean }) => a.refused)).toBe(true);
    } finally {
      await local.stop();
    }
  });

  it("refuses an outside IP literal without a lookup", async () => {
    const local = await startMockServer({ delivery: { lookup } });
    try {
      await call(local, "POST", "/api/integrations", {
        body: { name: "Literal", type: "http", http: { url: "http://192.0.2.10:8080/hook", method: "POST", request_content_type: "application/json", response_content_type: "application/json", form: null, triggers: { "ticket-created": true } } },
      });
      expect((await call(local, "POST", "/api/tickets", { body: newTicket })).status).toBe(201);
      await local.deliveries.settled();
      expect(local.deliveries.attempts.map((a) => [a.refused, a.willRetry])).toEqual([[true, false]]);
      expect(lookups).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  it("still delivers to a real 127.0.0.1 receiver", async () => {
    const local = await startMockServer({ delivery: { lookup } });
    try {
      await call(local, "POST", "/api/integrations", {
        body: { name: "Local", type: "http", http: { url: `${receiverUrl}/local`, method: "POST", request_content_type: "application/json", response_content_type: "application/json", form: { id: "{{ticket.id}}" }, triggers: { "ticket-created": true } } },
      });
      const ticket = (await call(local, "POST", "/api/tickets", { body: newTicket })).json;
      await local.deliveries.settled();
      expect(local.deliveries.attempts.map((a) => [a.ok, a.refused, a.response?.status])).toEqual([[true, false, 200]]);
      expect(received.map((r) => [r.url, JSON.parse(r.body).id])).toEqual([["/local", ticket.id]]);
      expect(outside).toEqual([]);
    } finally {
      await local.stop();
    }
  });

  it("with deliverToAnyHost, sends to an outside host (caught by this test before it leaves)", async () => {
    const local = await startMockServer({ deliverToAnyHost: true, delivery: { backoffMs: 5, maxAttempts: 2, lookup } });
    try {
      await call(local, "POST", "/api/integrations", { body: outsideBody });
      expect((await call(local, "POST", "/api/tickets", { body: newTicket })).status).toBe(201);
      await local.deliveries.settled();
      expect(outside.length).toBeGreaterThan(0);
      expect(outside.every((url) => url.startsWith("https://hooks.example.com/gorgias?ticket="))).toBe(true);
      expect(local.deliveries.attempts.every((a) => !a.refused)).toBe(true);
      expect(lookups).toEqual([]);
    } finally {
      await local.stop();
    }
  });
});

describe("receiverRefusal", () => {
  const resolveTo =
    (...addresses: string[]): HostLookup =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it.each([
    ["http://127.0.0.1:9/x", resolveTo()],
    ["http://127.8.9.10/x", resolveTo()],
    ["http://[::1]:9/x", resolveTo()],
    ["http://localhost:9/x", resolveTo("93.184.215.14")],
    ["http://receiver.test/x", resolveTo("127.0.0.1", "::1")],
  ])("allows %s", async (url, resolve) => {
    expect(await receiverRefusal(url, resolve)).toBeNull();
  });

  it.each([
    ["http://10.0.0.1/x", resolveTo()],
    ["http://[::2]/x", resolveTo()],
    ["http://[::ffff:8.8.8.8]/x", resolveTo()],
    ["http://hooks.example.com/x", resolveTo("93.184.215.14")],
    ["http://mixed.test/x", resolveTo("127.0.0.1", "10.1.2.3")],
    ["http://nothing.test/x", resolveTo()],
  ])("refuses %s", async (url, resolve) => {
    expect(await receiverRefusal(url, resolve)).toMatch(/not a loopback address/);
  });
});
