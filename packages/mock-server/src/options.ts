import type { ApiKeyCredential } from "./engine/credentials.js";
import type { OAuthClient } from "./engine/oauth-endpoints.js";
import type { RateLimitPlan } from "./engine/rate-limiter.js";
import type { DeliveryOptions } from "./integrations/delivery.js";
import type { Fixtures } from "./store/fixtures.js";
import type { SeedCounts } from "./store/seed.js";

/**
 * One API request the mock answered, as reported to `onExchange`: the operation it was routed to,
 * what was sent (query as raw strings, body as parsed JSON) and the status of the answer.
 * Structurally the `ObservedExchange` of `@gorgias-kit/contract`, whose contract recorder takes it.
 */
export interface MockExchange {
  operationId: string;
  /** Lower-case HTTP method, as in the spec. */
  method: string;
  /** The spec's path template, such as `/api/tickets/{id}`. */
  path: string;
  /** Query parameters as sent, by name (a repeated name gives an array). */
  query: Record<string, string | string[]>;
  /** The request body parsed as JSON; undefined when none was sent or it is not JSON. */
  body: unknown;
  status: number;
}

/** The API key the mock accepts when none is configured. */
export const DEFAULT_API_KEY: ApiKeyCredential = { email: "admin@example.com", apiKey: "mock-api-key" };
/** The OAuth app the mock accepts when none is configured. */
export const DEFAULT_OAUTH_CLIENT: OAuthClient = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };

/** Options of the mock engine, shared by `startMockServer` and the MSW handlers. */
export interface MockOptions {
  /**
   * Seed of the generated data: the same seed always gives the same records.
   * @default 1
   */
  seed?: number;
  /** How many records of each kind to seed (the defaults keep every id the spec's examples use). */
  seedCounts?: Partial<SeedCounts>;
  /**
   * Records loaded on top of the seeded data (a record with an existing id replaces it), or a
   * state snapshot from `exportState()` / `GET /__admin/state`, which replaces everything.
   * Loaded again on every reset.
   */
  fixtures?: Fixtures;
  /**
   * Rate limiting: the spec's leaky bucket for the `standard` or `enterprise` plan, or `off`
   * (usage is still reported in `X-Gorgias-Account-Api-Call-Limit`, but nothing is refused).
   * Off by default in code so test suites are not throttled; the CLI defaults to `standard`.
   * @default "off"
   */
  rateLimit?: RateLimitPlan;
  /**
   * Delay added before every answer, in milliseconds.
   * @default 0
   */
  latencyMs?: number;
  /**
   * Probability (0 to 1) that an API request fails with a 500 before it has any effect, for
   * resilience tests. Which requests fail follows the seed.
   * @default 0
   */
  failRate?: number;
  /**
   * The email and API key pairs accepted over HTTP Basic auth.
   * @default [{ email: "admin@example.com", apiKey: "mock-api-key" }]
   */
  apiKeys?: ApiKeyCredential[];
  /**
   * The OAuth apps accepted by `/oauth/authorize` and `/oauth/token`.
   * @default [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }]
   */
  oauthClients?: OAuthClient[];
  /**
   * Largest accepted request body, in bytes; larger bodies get 413.
   * @default 1048576
   */
  maxBodyBytes?: number;
  /**
   * Deepest accepted nesting of objects and arrays in a JSON body; deeper bodies get 400.
   * @default 32
   */
  maxBodyDepth?: number;
  /** Retry policy of HTTP-integration deliveries. */
  delivery?: DeliveryOptions;
  /**
   * Lets HTTP integrations deliver to any host. By default the mock delivers only to loopback
   * receivers (127.0.0.0/8, ::1, `localhost`), resolving each host first, and records a refused
   * attempt (`refused: true`) for any other, so replaying real integrations never reaches an
   * outside host. The CLI flag is `--deliver-to-any-host`.
   * @default false
   */
  deliverToAnyHost?: boolean;
  /**
   * Called after each answer to a request routed to an API operation (whatever its status; not
   * for `/__admin` or OAuth endpoints), for example with a contract recorder's `observe`. An
   * exception it throws is kept in `internalErrors` and does not change the answer.
   * @default undefined (nothing is reported)
   */
  onExchange?: (exchange: MockExchange) => void;
}

export interface ResolvedOptions {
  seed: number;
  seedCounts: Partial<SeedCounts> | undefined;
  fixtures: Fixtures | undefined;
  rateLimit: RateLimitPlan;
  latencyMs: number;
  failRate: number;
  apiKeys: ApiKeyCredential[];
  oauthClients: OAuthClient[];
  maxBodyBytes: number;
  maxBodyDepth: number;
  delivery: DeliveryOptions;
  deliverToAnyHost: boolean;
  onExchange: ((exchange: MockExchange) => void) | undefined;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new TypeError(message);
}

/** Fills defaults and rejects invalid options with an error naming the option. */
export function resolveOptions(options: MockOptions = {}): ResolvedOptions {
  const seed = options.seed ?? 1;
  check(Number.isInteger(seed), `seed must be an integer, got ${String(options.seed)}.`);
  const rateLimit = options.rateLimit ?? "off";
  check(["standard", "enterprise", "off"].includes(rateLimit), `rateLimit must be "standard", "enterprise" or "off", got ${JSON.stringify(options.rateLimit)}.`);
  const latencyMs = options.latencyMs ?? 0;
  check(Number.isFinite(latencyMs) && latencyMs >= 0, `latencyMs must be a number of milliseconds >= 0, got ${String(options.latencyMs)}.`);
  const failRate = options.failRate ?? 0;
  check(Number.isFinite(failRate) && failRate >= 0 && failRate <= 1, `failRate must be between 0 and 1, got ${String(options.failRate)}.`);
  const apiKeys = options.apiKeys ?? [DEFAULT_API_KEY];
  apiKeys.forEach((k, i) => check(typeof k?.email === "string" && k.email.length > 0 && typeof k.apiKey === "string" && k.apiKey.length > 0, `apiKeys[${i}] needs a non-empty email and apiKey.`));
  const oauthClients = options.oauthClients ?? [DEFAULT_OAUTH_CLIENT];
  oauthClients.forEach((c, i) => check(typeof c?.clientId === "string" && c.clientId.length > 0 && typeof c.clientSecret === "string", `oauthClients[${i}] needs a clientId and a clientSecret.`));
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  check(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0, `maxBodyBytes must be a positive integer, got ${String(options.maxBodyBytes)}.`);
  const maxBodyDepth = options.maxBodyDepth ?? 32;
  check(Number.isInteger(maxBodyDepth) && maxBodyDepth > 0, `maxBodyDepth must be a positive integer, got ${String(options.maxBodyDepth)}.`);
  const deliverToAnyHost = options.deliverToAnyHost ?? false;
  check(typeof deliverToAnyHost === "boolean", `deliverToAnyHost must be true or false, got ${String(options.deliverToAnyHost)}.`);
  check(options.onExchange === undefined || typeof options.onExchange === "function", `onExchange must be a function, got ${typeof options.onExchange}.`);
  return {
    seed,
    seedCounts: options.seedCounts,
    fixtures: options.fixtures,
    rateLimit,
    latencyMs,
    failRate,
    apiKeys,
    oauthClients,
    maxBodyBytes,
    maxBodyDepth,
    delivery: options.delivery ?? {},
    deliverToAnyHost,
    onExchange: options.onExchange,
  };
}
