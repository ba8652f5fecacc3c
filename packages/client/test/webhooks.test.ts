import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWebhook, WebhookError, webhookEvents } from "../src/index.js";

interface SpecWebhook {
  post: { requestBody: { content: { "application/json": { examples: Record<string, { value: Record<string, unknown> }> } } } };
}
const spec = JSON.parse(readFileSync(new URL("../../spec/openapi.json", import.meta.url), "utf8")) as { webhooks: Record<string, SpecWebhook> };

/** The spec's own example of each event. */
function exampleOf(event: string): Record<string, unknown> {
  const examples = spec.webhooks[event]!.post.requestBody.content["application/json"].examples;
  return structuredClone(Object.values(examples)[0]!.value);
}

function refusal(body: unknown, headers?: Parameters<typeof parseWebhook>[1]): WebhookError {
  try {
    parseWebhook(body, headers);
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("parseWebhook accepted the body");
}

describe("parseWebhook", () => {
  it.each(webhookEvents.map((e) => e.event))("accepts the spec's example of %s", (event) => {
    const example = exampleOf(event);
    expect(parseWebhook(JSON.stringify(example)).type).toBe(event);
    expect(parseWebhook(new TextEncoder().encode(JSON.stringify(example)))).toEqual(example);
    expect(parseWebhook(example, { "content-type": "application/json; charset=utf-8" })).toBe(example);
  });

  it("refuses an unknown event, listing the known ones", () => {
    const error = refusal({ ...exampleOf("ticket-created"), type: "ticket-exploded" });
    expect(error.reason).toBe("unknown-event");
    expect(error.event).toBe("ticket-exploded");
    expect(error.message).toMatch(/Unknown webhook event "ticket-exploded"\. Known events: customer-created, .*ticket-created/);
  });

  it.each([
    ["not JSON", "{nope", "invalid-json", /Webhook body is not valid JSON/],
    ["an array", "[]", "not-an-event", /expected a JSON object with a string `type`/],
    ["no type", { object_type: "Ticket" }, "not-an-event", /expected a JSON object with a string `type`/],
  ])("refuses a body that is %s", (_name, body, reason, message) => {
    const error = refusal(body);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it("refuses a payload that does not match its event's schema, naming each path", () => {
    const body = exampleOf("ticket-created");
    delete body.object_id;
    body.object_type = "Customer";
    (body.data as Record<string, unknown>).status = "pending";
    const error = refusal(body);
    expect(error.reason).toBe("invalid-payload");
    expect(error.event).toBe("ticket-created");
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: "/object_id", message: "is required" },
        { path: "/object_type", message: 'must be "Ticket"' },
        { path: "/data/status", message: expect.stringMatching(/^must be one of "open", "closed"/) },
      ]),
    );
    expect(error.message).toMatch(/Webhook "ticket-created" does not match its payload schema: .*\/object_id is required/);
  });

  it("refuses a body sent with a content type other than JSON", () => {
    const headers = new Headers({ "content-type": "application/x-www-form-urlencoded" });
    const error = refusal(JSON.stringify(exampleOf("tag-created")), headers);
    expect(error.reason).toBe("unsupported-content-type");
    expect(error.message).toMatch(/content type "application\/x-www-form-urlencoded"/);
  });

  it("narrows the payload by event", () => {
    const event = parseWebhook(exampleOf("customer-merged"));
    let summary = "";
    switch (event.type) {
      case "customer-merged":
        summary = `${event.data.source_id} → ${event.data.target.id}`;
        break;
      case "ticket-created":
        summary = event.data.subject ?? "";
        break;
      default:
        summary = event.type;
    }
    expect(summary).toMatch(/^\d+ → \d+$/);
  });
});
