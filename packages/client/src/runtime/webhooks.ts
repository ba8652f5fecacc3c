import { webhookEvents, webhookPayloadSchemas, webhookSchemaDefinitions, type WebhookEvent, type WebhookPayloads } from "../generated/webhooks.gen.js";
import { GorgiasError } from "./errors.js";
import { validateSchema, type SchemaIssue } from "./schema-validator.js";

/** A webhook payload, narrowed by its `type`. */
export type WebhookPayload<E extends WebhookEvent = WebhookEvent> = { [K in E]: WebhookPayloads[K] }[E];

/** Why a webhook body was refused. */
export type WebhookErrorReason = "invalid-json" | "not-an-event" | "unknown-event" | "invalid-payload" | "unsupported-content-type";

/** A webhook body that is not a valid event of the spec. */
export class WebhookError extends GorgiasError {
  override name = "WebhookError";
  readonly reason: WebhookErrorReason;
  /** The `type` of the body, when it had one. */
  readonly event: string | null;
  /** What did not match the event's payload schema. */
  readonly issues: readonly SchemaIssue[];
  constructor(reason: WebhookErrorReason, message: string, event: string | null = null, issues: readonly SchemaIssue[] = []) {
    super(message);
    this.reason = reason;
    this.event = event;
    this.issues = issues;
  }
}

const EVENTS = new Set<string>(webhookEvents.map((e) => e.event));

/** Request headers as a Headers object, a plain record (Node's IncomingHttpHeaders) or entries. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined> | Iterable<[string, string]>;

function contentType(headers: WebhookHeaders | undefined): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get("content-type");
  const entries = Symbol.iterator in headers ? [...(headers as Iterable<[string, string]>)] : Object.entries(headers);
  for (const [key, value] of entries) if (key.toLowerCase() === "content-type") return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  return null;
}

/**
 * Parses and validates a webhook delivery against the spec's payload schema of its event, and
 * returns it typed: narrow with `switch (event.type)`.
 *
 * @param body the raw body (string or bytes) or an already parsed object.
 * @param headers the request headers, when at hand: a content type other than JSON is refused.
 * @throws WebhookError when the body is not JSON, names no known event, or does not match the event's schema.
 */
export function parseWebhook(body: unknown, headers?: WebhookHeaders): WebhookPayload {
  const type = contentType(headers);
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new WebhookError("unsupported-content-type", `Webhook body has content type "${type}"; Gorgias events are JSON (application/json).`);
  }
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new WebhookError("invalid-json", `Webhook body is not valid JSON: ${(error as Error).message}.`);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || typeof (value as { type?: unknown }).type !== "string") {
    throw new WebhookError("not-an-event", "Webhook body is not an event: expected a JSON object with a string `type` naming the event.");
  }
  const event = (value as { type: string }).type;
  if (!EVENTS.has(event)) {
    throw new WebhookError("unknown-event", `Unknown webhook event "${event}". Known events: ${[...EVENTS].join(", ")}.`, event);
  }
  const issues = validateSchema(webhookPayloadSchemas[event as WebhookEvent], value, webhookSchemaDefinitions);
  if (issues.length > 0) {
    const listed = issues.slice(0, 5).map((i) => `${i.path || "(body)"} ${i.message}`).join("; ");
    throw new WebhookError("invalid-payload", `Webhook "${event}" does not match its payload schema: ${listed}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""}.`, event, issues);
  }
  return value as WebhookPayload;
}
