import { components } from "@gorgias-kit/spec/schemas";
import { deliveryContextSchemas, deliveryTriggers, type DeliveryContexts, type DeliveryTrigger } from "../generated/webhooks.gen.js";
import { GorgiasError } from "./errors.js";
import { validateSchema, type SchemaIssue } from "./schema-validator.js";

/** The render context of an HTTP-integration trigger: the flat `ticket`, and `message` for message triggers. */
export type DeliveryContext<T extends DeliveryTrigger = DeliveryTrigger> = DeliveryContexts[T];

/** Why a delivery was refused. */
export type WebhookErrorReason = "invalid-json" | "not-an-object" | "unknown-trigger" | "invalid-payload" | "unsupported-content-type" | "missing-secret" | "secret-mismatch";

/** A delivery that is not what the spec says an HTTP integration sends, or that fails its shared-secret check. */
export class WebhookError extends GorgiasError {
  override name = "WebhookError";
  readonly reason: WebhookErrorReason;
  /** The trigger the delivery was parsed as, when one was given. */
  readonly trigger: string | null;
  /** What did not match the context schema. */
  readonly issues: readonly SchemaIssue[];
  constructor(reason: WebhookErrorReason, message: string, trigger: string | null = null, issues: readonly SchemaIssue[] = []) {
    super(message);
    this.reason = reason;
    this.trigger = trigger;
    this.issues = issues;
  }
}

const TRIGGERS = new Set<string>(deliveryTriggers.map((t) => t.trigger));

function isTrigger(value: string): value is DeliveryTrigger {
  return TRIGGERS.has(value);
}

/** Request headers as a Headers object, a plain record (Node's IncomingHttpHeaders) or entries. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined> | Iterable<[string, string]>;

function header(headers: WebhookHeaders | undefined, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const entries = Symbol.iterator in headers ? [...(headers as Iterable<[string, string]>)] : Object.entries(headers);
  for (const [key, value] of entries) if (key.toLowerCase() === name.toLowerCase()) return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  return null;
}

/** Options of {@link parseDelivery}. */
export interface ParseDeliveryOptions {
  /** The request headers, when at hand: a content type other than JSON is refused. */
  headers?: WebhookHeaders;
  /**
   * The trigger the delivery is for. The body does not name it: name it in the integration's own
   * URL (`http://127.0.0.1:8080/hooks/ticket-created`) and pass it here.
   * @default "ticket-created" (every trigger's context has the same schema)
   */
  trigger?: DeliveryTrigger;
}

/**
 * Parses the body of an HTTP-integration delivery whose `form` is the whole context
 * (`"{{context}}"`), validates it against the spec's `HttpIntegrationDelivery`, and returns it typed.
 * With any other `form` the body is the integration owner's own template: parse it yourself.
 *
 * @param body the raw body (string or bytes) or an already parsed object.
 * @throws WebhookError when the body is not JSON, not an object, or does not match the context schema.
 */
export function parseDelivery<T extends DeliveryTrigger = "ticket-created">(body: unknown, options: ParseDeliveryOptions & { trigger?: T } = {}): DeliveryContext<T> {
  const trigger: string = options.trigger ?? "ticket-created";
  if (!isTrigger(trigger)) {
    throw new WebhookError("unknown-trigger", `Unknown HTTP-integration trigger "${trigger}". Triggers: ${[...TRIGGERS].join(", ")}.`, trigger);
  }
  const type = header(options.headers, "content-type");
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new WebhookError("unsupported-content-type", `Delivery body has content type "${type}"; parseDelivery reads JSON bodies (request_content_type application/json).`, trigger);
  }
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new WebhookError("invalid-json", `Delivery body is not valid JSON: ${(error as Error).message}.`, trigger);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new WebhookError("not-an-object", "Delivery body is not a JSON object: a whole-context form sends { ticket, message? }.", trigger);
  }
  const issues = validateSchema(deliveryContextSchemas[trigger], value, components.schemas);
  if (issues.length > 0) {
    const listed = issues.slice(0, 5).map((i) => `${i.path || "(body)"} ${i.message}`).join("; ");
    throw new WebhookError("invalid-payload", `Delivery for "${trigger}" does not match its context schema: ${listed}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""}.`, trigger, issues);
  }
  return value as DeliveryContext<T>;
}

/** Compares every byte whatever the first difference, so the time taken does not reveal where it is (no `node:crypto`: the client runs in browsers too). */
function constantTimeEqual(received: string, expected: string): boolean {
  const a = new TextEncoder().encode(received);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a[i % Math.max(a.length, 1)] ?? 0) ^ b[i]!;
  return difference === 0;
}

/** Options of {@link verifyDeliverySecret}. */
export interface VerifyDeliverySecretOptions {
  /** The header the integration's own `http.headers` sends the secret in, such as `x-webhook-secret`. */
  header: string;
  /** The secret configured in that header. */
  secret: string;
}

/**
 * Checks that a delivery carries the shared secret its integration was configured to send in one
 * of its own headers, comparing in constant time. Gorgias signs nothing, so this is what a receiver
 * can verify. The secret never appears in the error.
 *
 * @throws WebhookError (`missing-secret` or `secret-mismatch`) when the header is absent or differs.
 */
export function verifyDeliverySecret(headers: WebhookHeaders, options: VerifyDeliverySecretOptions): void {
  if (!options || typeof options.header !== "string" || options.header === "" || typeof options.secret !== "string" || options.secret === "") {
    throw new TypeError("verifyDeliverySecret: `header` and `secret` must be non-empty strings.");
  }
  const received = header(headers, options.header);
  if (received === null) throw new WebhookError("missing-secret", `Delivery has no "${options.header}" header; the integration's headers must send the shared secret.`);
  if (!constantTimeEqual(received, options.secret)) throw new WebhookError("secret-mismatch", `Delivery's "${options.header}" header does not match the shared secret.`);
}
