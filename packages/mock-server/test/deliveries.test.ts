import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { call } from "./support/http.js";

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

describe("HTTP integrations deliver matching events", () => {
  it("fills the URL and form templates and delivers asynchronously", async () => {
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
    expect(body).toMatchObject({ id: ticket.id, email: "buyer@example.com", subject: "Re: PARCEL LOST", whole: { id: ticket.id, subject: "Parcel lost" } });
    expect(hit!.headers["x-gorgias-signature"]).toBe(createHmac("sha256", "s3cr3t").update(hit!.body).digest("hex"));

    const [attempt] = mock.deliveries.attempts;
    expect(attempt).toMatchObject({ attempt: 1, ok: true, event: "ticket-created", integrationId: integration.id, response: { status: 200 } });
    // Credentials configured for the receiver are redacted in the log.
    expect(attempt!.request.headers["x-api-key"]).toBe("[redacted]");
    expect(JSON.stringify(mock.deliveries.attempts)).not.toContain("receiver-secret-key");
    const admin = await call(mock, "GET", "/__admin/deliveries", { authorization: null });
    expect(admin.json.data).toHaveLength(1);
  });

  it("sends {{context}} with the ticket and the message for message events", async () => {
    await createIntegration({ url: `${receiverUrl}/ctx`, form: "{{context}}", triggers: { "ticket-message-created": true } });
    await call(mock, "POST", "/api/tickets/1/messages", { body: { channel: "email", via: "api", from_agent: true, body_text: "On its way" } });
    await mock.deliveries.settled();
    const body = JSON.parse(received[0]!.body);
    expect(body.ticket.id).toBe(1);
    expect(body.message).toMatchObject({ ticket_id: 1, body_text: "On its way" });
    expect(body.event.type).toBe("ticket-message-created");
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

  it("ignores events an integration does not trigger on, and deactivated integrations", async () => {
    const integration = await createIntegration({ url: `${receiverUrl}/x`, form: null, triggers: { "ticket-created": false, "customer-created": true } });
    await call(mock, "POST", "/api/tickets", { body: newTicket });
    await call(mock, "PUT", `/api/integrations/${integration.id}`, { body: { name: "Hook", deactivated_datetime: "2024-01-01T00:00:00+00:00" } });
    await call(mock, "POST", "/api/customers", { body: { email: "quiet@example.com" } });
    await mock.deliveries.settled();
    expect(received).toEqual([]);
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
