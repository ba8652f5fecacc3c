import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deliveryTriggers, guideEvents, parseDelivery, verifyDeliverySecret, WebhookError, type DeliveryTrigger } from "../src/index.js";

interface SpecWebhook {
  post: { requestBody: { content: { "application/json": { examples: Record<string, { value: Record<string, unknown> }> } } } };
}
const spec = JSON.parse(readFileSync(new URL("../../spec/openapi.json", import.meta.url), "utf8")) as {
  webhooks: Record<string, SpecWebhook>;
  components: { schemas: { IntegrationTrigger: { enum: string[] }; EventType: { "x-gorgias-events": Record<string, unknown> } } };
};

/** The spec's own example of each trigger's delivery (a whole-context form). */
function exampleOf(trigger: string): Record<string, unknown> {
  const examples = spec.webhooks[trigger]!.post.requestBody.content["application/json"].examples;
  return structuredClone(Object.values(examples)[0]!.value);
}

function refusal(run: () => unknown): WebhookError {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookError) return error;
    throw error;
  }
  throw new Error("the delivery was accepted");
}

describe("deliveryTriggers and guideEvents", () => {
  it("lists the 8 live HTTP-integration triggers, the spec's IntegrationTrigger values", () => {
    expect(deliveryTriggers.map((t) => t.trigger).sort()).toEqual([...spec.components.schemas.IntegrationTrigger.enum].sort());
    expect(deliveryTriggers).toHaveLength(8);
  });

  it("lists the guide's 13 events apart from the triggers, each with the operations that produce it", () => {
    expect(guideEvents.map((e) => e.event)).toEqual(Object.keys(spec.components.schemas.EventType["x-gorgias-events"]));
    expect(guideEvents).toHaveLength(13);
    expect(guideEvents.find((e) => e.event === "customer-merged")).toMatchObject({ objectType: "Customer", producedBy: ["mergeCustomers"] });
    expect(deliveryTriggers.map((t) => t.trigger)).not.toContain("customer-merged");
  });
});

describe("parseDelivery", () => {
  it.each(deliveryTriggers.map((t) => t.trigger))("accepts the spec's example of a %s delivery", (trigger) => {
    const example = exampleOf(trigger);
    expect(parseDelivery(JSON.stringify(example), { trigger: trigger as DeliveryTrigger }).ticket.id).toBe(1);
    expect(parseDelivery(new TextEncoder().encode(JSON.stringify(example)), { trigger: trigger as DeliveryTrigger })).toEqual(example);
    expect(parseDelivery(example, { trigger: trigger as DeliveryTrigger, headers: { "content-type": "application/json; charset=utf-8" } })).toBe(example);
  });

  it("returns the message of a message trigger", () => {
    const context = parseDelivery(exampleOf("ticket-message-created"), { trigger: "ticket-message-created" });
    expect(context.message?.body_text).toBe("Your order ships today.");
  });

  it("refuses a trigger that is not one of the live ones, such as a guide event name", () => {
    const error = refusal(() => parseDelivery(exampleOf("ticket-created"), { trigger: "customer-merged" as DeliveryTrigger }));
    expect(error.reason).toBe("unknown-trigger");
    expect(error.message).toMatch(/Unknown HTTP-integration trigger "customer-merged"\. Triggers: .*ticket-handed-over/);
  });

  it.each([
    ["not JSON", "{nope", "invalid-json", /Delivery body is not valid JSON/],
    ["an array", "[]", "not-an-object", /not a JSON object/],
    ["a string", '"hello"', "not-an-object", /not a JSON object/],
  ])("refuses a body that is %s", (_name, body, reason, message) => {
    const error = refusal(() => parseDelivery(body));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it("refuses a context that does not match the spec's TicketHttpIntegrationContext, naming each path", () => {
    const body = exampleOf("ticket-created");
    const ticket = body.ticket as Record<string, unknown>;
    delete ticket.customer_id;
    ticket.status = "pending";
    ticket.created_datetime = "14/02/2024";
    const error = refusal(() => parseDelivery(body));
    expect(error.reason).toBe("invalid-payload");
    expect(error.trigger).toBe("ticket-created");
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: "/ticket/customer_id", message: "is required" },
        { path: "/ticket/status", message: expect.stringMatching(/^must be one of "open", "closed"/) },
        { path: "/ticket/created_datetime", message: expect.stringMatching(/^must match /) },
      ]),
    );
  });

  it("refuses an event-shaped body: deliveries are the rendered template, not Event records", () => {
    const error = refusal(() => parseDelivery({ type: "ticket-created", object_type: "Ticket", object_id: 1, data: {} }));
    expect(error.reason).toBe("invalid-payload");
    expect(error.issues).toContainEqual({ path: "/ticket", message: "is required" });
  });

  it("refuses a form-encoded body", () => {
    const error = refusal(() => parseDelivery("id=1", { headers: new Headers({ "content-type": "application/x-www-form-urlencoded" }) }));
    expect(error.reason).toBe("unsupported-content-type");
  });
});

describe("verifyDeliverySecret", () => {
  const options = { header: "x-webhook-secret", secret: "s3cr3t-value" };

  it("accepts the shared secret in the integration's own header, whatever the header's case or form", () => {
    expect(() => verifyDeliverySecret({ "X-Webhook-Secret": "s3cr3t-value" }, options)).not.toThrow();
    expect(() => verifyDeliverySecret(new Headers({ "x-webhook-secret": "s3cr3t-value" }), options)).not.toThrow();
    expect(() => verifyDeliverySecret([["x-webhook-secret", "s3cr3t-value"]], options)).not.toThrow();
  });

  it.each([
    ["a different secret", { "x-webhook-secret": "s3cr3t-valuf" }, "secret-mismatch"],
    ["a prefix of the secret", { "x-webhook-secret": "s3cr3t" }, "secret-mismatch"],
    ["a longer value", { "x-webhook-secret": "s3cr3t-value-and-more" }, "secret-mismatch"],
    ["an empty value", { "x-webhook-secret": "" }, "secret-mismatch"],
    ["no such header", { "x-other": "s3cr3t-value" }, "missing-secret"],
  ])("refuses %s without revealing the secret", (_name, headers, reason) => {
    const error = refusal(() => verifyDeliverySecret(headers, options));
    expect(error.reason).toBe(reason);
    expect(error.message).toContain("x-webhook-secret");
    expect(error.message).not.toContain("s3cr3t");
  });

  it("needs a header name and a secret", () => {
    expect(() => verifyDeliverySecret({}, { header: "", secret: "x" })).toThrow(TypeError);
    expect(() => verifyDeliverySecret({}, { header: "x-a", secret: "" })).toThrow(TypeError);
  });
});
