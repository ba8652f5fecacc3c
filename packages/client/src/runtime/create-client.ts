import { DEFAULT_MAX_RESPONSE_BYTES } from "./body-reader.js";
import type { OperationId } from "@gorgias-kit/spec/operations";
import { oauthFacts, rateLimitPolicy, type Plan } from "@gorgias-kit/spec/facts";
import { createResources, type Resources } from "../generated/resources.gen.js";
import { systemClock, type Clock } from "./clock.js";
import { Credentials, type GorgiasAuth } from "./credentials.js";
import { streamEvents, type EventStreamOptions, type StreamedEvent } from "./event-stream.js";
import { cleanLogger, type Logger } from "./logger.js";
import type { CallOptions, OperationParams } from "./operation-caller.js";
import { OperationRunner } from "./operation-runner.js";
import { RateLimiter, type RateLimitListener, type RateLimitUsage } from "./rate-limiter.js";
import { Redactor } from "./redactor.js";
import { createRawClient, type RawClient } from "./raw-client.js";
import { RequestSender } from "./request-sender.js";
import { resolveRetry, type RetryOptions } from "./retry-policy.js";

/** Client-side rate limiting. */
export interface RateLimitOptions {
  /**
   * Requests per window.
   * @default the guide's count for the auth kind (API key 40, OAuth 80)
   */
  requests?: number;
  /**
   * Window length in milliseconds.
   * @default the guide's window for the plan (standard 20 s, enterprise 10 s)
   */
  windowMs?: number;
  /**
   * Extra wait when the bucket is full, so that requests reach the server after its bucket drained even
   * when network latency varies. While calls queue it shifts them all by this much once; it does not slow them.
   * @default 50
   */
  marginMs?: number;
}

export interface GorgiasClientOptions {
  /** The account's subdomain: `acme` for `https://acme.gorgias.com`. Give this or `baseUrl`. */
  subdomain?: string;
  /** The API origin, such as `https://acme.gorgias.com` or a local mock (a trailing `/api` is dropped). Give this or `subdomain`. */
  baseUrl?: string;
  auth: GorgiasAuth;
  /**
   * The account's plan: it sets the rate-limit window.
   * @default "standard"
   */
  plan?: Plan;
  /**
   * The fetch to send requests with.
   * @default globalThis.fetch, read at each call
   */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /**
   * The largest response body the client reads, in bytes. A larger one (an endless one included) ends
   * the call with a `ResponseTooLargeError` once this much was read, and the connection is closed;
   * it bounds the memory one call can take.
   * @default 33554432 (32 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Client-side leaky bucket; `false` turns waiting off (429s are still retried after Retry-After).
   * @default the guide's limits for the auth kind and plan
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Refuse, before sending, a call whose OAuth scope is not among `auth.scopes` (when those are given).
   * @default true
   */
  scopeCheck?: boolean;
  /** Receives a line for each retry, rate-limit wait, token refresh and followed redirect. */
  logger?: Logger;
  /**
   * Time source for rate-limit waits, backoff and Retry-After (tests use a virtual one).
   * @default the system clock
   */
  clock?: Clock;
}

/** The rate-limit usage the client sees, and a way to follow it. */
export interface RateLimitObserver {
  /** Whether the client waits for room in the bucket before sending. */
  readonly enabled: boolean;
  readonly usage: RateLimitUsage;
  /** Called on every usage header and every 429; returns an unsubscribe function. */
  subscribe(listener: RateLimitListener): () => void;
}

/** The events resource: the generated `list` and `get`, and `stream`, which follows new events by polling. */
export type EventsResource = Resources["events"] & {
  /**
   * Follows `GET /api/events`: yields each new event once, oldest first, with the checkpoint to
   * store after handling it; polls within the client's rate limit until `signal` aborts. The
   * guide's events are never pushed, so this is how to follow them.
   */
  stream(options?: EventStreamOptions): AsyncGenerator<StreamedEvent, void, undefined>;
};

export type GorgiasClient = Omit<Resources, "events"> & {
  readonly events: EventsResource;
  /** The raw typed client: `client.raw.GET("/api/tickets", { params: { query: { limit: 10 } } })`. */
  readonly raw: RawClient;
  readonly GET: RawClient["GET"];
  readonly POST: RawClient["POST"];
  readonly PUT: RawClient["PUT"];
  readonly DELETE: RawClient["DELETE"];
  /**
   * Calls any operation by its operationId, with the resource methods' `params` shape (path and query
   * parameters by name, the body under `body`); resolves with the parsed body, throws a GorgiasError subclass.
   */
  call<T = unknown>(operationId: OperationId, params?: OperationParams, options?: CallOptions): Promise<T>;
  readonly rateLimit: RateLimitObserver;
  /** The origin requests go to. */
  readonly baseUrl: string;
};

const PLANS: readonly string[] = [...new Set(rateLimitPolicy.limits.map((l) => l.plan))];

/** Creates a client for one Gorgias account. */
export function createGorgiasClient(options: GorgiasClientOptions): GorgiasClient {
  if (!options || typeof options !== "object") throw new TypeError("createGorgiasClient: options are required ({ subdomain | baseUrl, auth }).");
  const origin = originOf(options);
  const plan = options.plan ?? "standard";
  if (!PLANS.includes(plan)) throw new TypeError(`createGorgiasClient: \`plan\` must be one of ${PLANS.join(", ")}, got ${JSON.stringify(plan)}.`);
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new TypeError("createGorgiasClient: `fetch` must be a function.");
  const fetchFn = options.fetch ? () => options.fetch! : () => globalThis.fetch;
  const clock = options.clock ?? systemClock;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (typeof maxResponseBytes !== "number" || !(maxResponseBytes > 0)) {
    throw new TypeError(`createGorgiasClient: \`maxResponseBytes\` must be a positive number of bytes, got ${JSON.stringify(maxResponseBytes)}.`);
  }
  const retry = resolveRetry(options.retry);
  const redactor = new Redactor();
  const credentials = new Credentials(options.auth, origin, fetchFn, redactor, { maxResponseBytes, timeoutMs: retry.deadlineMs });
  const limits = rateLimitsFor(credentials.kind, plan, options.rateLimit);
  const limiter = new RateLimiter(limits.requests, limits.windowMs, limits.marginMs, clock);
  const sender = new RequestSender({
    fetch: fetchFn,
    credentials,
    limiter,
    enforceRateLimit: options.rateLimit !== false,
    retry,
    clock,
    logger: cleanLogger(options.logger, (text) => redactor.text(text)),
    redactor,
    scopeCheck: options.scopeCheck ?? true,
    maxResponseBytes,
  });
  const runner = new OperationRunner(sender, origin, credentials, redactor);
  const raw = createRawClient(sender, origin, redactor);
  const resources = createResources(runner);
  return {
    ...resources,
    events: { ...resources.events, stream: (streamOptions?: EventStreamOptions) => streamEvents(resources.events, clock, streamOptions) },
    raw,
    GET: raw.GET,
    POST: raw.POST,
    PUT: raw.PUT,
    DELETE: raw.DELETE,
    call: <T>(operationId: OperationId, params?: OperationParams, callOptions?: CallOptions) => runner.call<T>(operationId, params, callOptions),
    rateLimit: {
      enabled: options.rateLimit !== false,
      get usage() {
        return limiter.usage();
      },
      subscribe: (listener) => limiter.subscribe(listener),
    },
    baseUrl: origin,
  };
}

function originOf(options: GorgiasClientOptions): string {
  const { subdomain, baseUrl } = options;
  if ((subdomain === undefined) === (baseUrl === undefined)) {
    throw new TypeError("createGorgiasClient: give exactly one of `subdomain` (such as \"acme\") or `baseUrl` (such as \"https://acme.gorgias.com\").");
  }
  if (subdomain !== undefined) {
    if (typeof subdomain !== "string" || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(subdomain)) {
      throw new TypeError(`createGorgiasClient: \`subdomain\` must be the account's subdomain such as "acme" (letters, digits, hyphens), got ${JSON.stringify(subdomain)}.`);
    }
    return oauthFacts.serverUrl.replace("{subdomain}", subdomain.toLowerCase());
  }
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new TypeError(`createGorgiasClient: \`baseUrl\` must be an absolute http(s) URL such as "https://acme.gorgias.com", got ${JSON.stringify(baseUrl)}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`createGorgiasClient: \`baseUrl\` must use http or https, got "${url.protocol}".`);
  if (url.username || url.password) throw new TypeError("createGorgiasClient: `baseUrl` must not carry credentials; pass them in `auth`.");
  // Paths in the spec start with /api, so an origin given as ".../api" would double it.
  const path = url.pathname.replace(/\/+$/, "").replace(/\/api$/, "");
  return `${url.origin}${path}`;
}

const DEFAULT_MARGIN_MS = 50;

function rateLimitsFor(kind: "apiKey" | "oauth2", plan: string, options: RateLimitOptions | false | undefined): Required<RateLimitOptions> {
  const rule = rateLimitPolicy.limits.find((l) => l.auth === kind && l.plan === plan)!;
  const chosen: Required<RateLimitOptions> = { requests: rule.requests, windowMs: rule.windowSeconds * 1000, marginMs: DEFAULT_MARGIN_MS };
  if (options && typeof options === "object") {
    for (const key of ["requests", "windowMs", "marginMs"] as const) {
      const value = options[key];
      if (value === undefined) continue;
      const valid = typeof value === "number" && Number.isFinite(value) && (key === "marginMs" ? value >= 0 : value > 0);
      if (!valid) {
        throw new TypeError(`createGorgiasClient: \`rateLimit.${key}\` must be a ${key === "marginMs" ? "non-negative" : "positive"} number, got ${JSON.stringify(value)}.`);
      }
      chosen[key] = value;
    }
  }
  return chosen;
}
