import { randomUUID } from "node:crypto";
import { apiFacts } from "../generated/api-facts.gen.js";
import { rateLimitPolicy, scopes as specScopes } from "@gorgias-kit/spec/facts";
import { operationSchemas } from "../generated/schemas.gen.js";
import type { OperationEntry, OperationId } from "@gorgias-kit/spec/operations";
import { DeliveryLog } from "../integrations/delivery.js";
import { deliveryContext, ticketContext } from "../integrations/delivery-context.js";
import { firedTriggers, firingRules, subjectAfter, ticketIdBefore } from "../integrations/ticket-triggers.js";
import { resolveOptions, type MockOptions, type ResolvedOptions } from "../options.js";
import { handlers } from "../resources/handlers.js";
import { JsonText } from "../resources/json-text.js";
import type { AnyHandlerResult, HandlerResult, OperationContext } from "../resources/operation-context.js";
import type { Schema } from "../schema.js";
import { loadFixtures } from "../store/fixtures.js";
import { snapshotRecordProblems } from "../store/record-check.js";
import type { EventData } from "../store/records.js";
import { resolveSeedCounts, seedStore, type SeedCounts } from "../store/seed.js";
import { checkState, COLLECTION_NAMES, Store, type StoreState } from "../store/store.js";
import { AdminEndpoints, STATE_MAX_BYTES } from "./admin-endpoints.js";
import { ApiError } from "./api-error.js";
import { MockClock } from "./clock.js";
import { Credentials, MAX_TOKEN_LIFETIME_SECONDS, unknownScopes, type Principal } from "./credentials.js";
import type { MockRequest, MockResponse } from "./http-types.js";
import { OAuthEndpoints } from "./oauth-endpoints.js";
import { parseQuery } from "./query-string.js";
import { seededRandom } from "./random.js";
import { RateLimiter } from "./rate-limiter.js";
import { parseJsonBody } from "./request-body.js";
import { Router } from "./router.js";
import { Validators } from "./validators.js";

/** Options of {@link MockEngine.issueToken}. */
export interface IssueTokenOptions {
  /**
   * Lifetime of the token on the mock clock, in seconds (at most ten years).
   * @default 86400 (the spec's 24 hours)
   */
  expiresInSeconds?: number;
  /**
   * The helpdesk user the token acts as.
   * @default 1 (the account owner, admin@example.com)
   */
  userId?: number;
}

const USAGE_HEADER = rateLimitPolicy.usageHeader.toLowerCase();
const RETRY_AFTER_HEADER = rateLimitPolicy.retryAfterHeader.toLowerCase();
/** The guide's events and the kind of object each is about (`x-gorgias-events` on `EventType`). */
const GUIDE_EVENT_OBJECT_TYPES = new Map<string, string>(apiFacts.events.map((e) => [e.event, e.objectType]));

function isOperationId(id: string): id is OperationId {
  return Object.hasOwn(handlers, id);
}

/** Runs the handler of operation `K` (a generic call, so each handler gets its own operation's context). */
function runHandler<K extends OperationId>(id: K, ctx: OperationContext<K>): HandlerResult<K> {
  return handlers[id](ctx);
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/**
 * The mock of the Gorgias API: one `handle(request) → response` over one in-memory store. The
 * node:http server and the MSW handlers are thin transports around it.
 */
export class MockEngine {
  readonly clock = new MockClock();
  readonly store = new Store();
  /** Every attempt to deliver an event to an HTTP integration. */
  readonly deliveries: DeliveryLog;
  /** Unexpected exceptions met while answering (each was answered with a 500); empty in a healthy run. */
  readonly internalErrors: Error[] = [];
  readonly options: ResolvedOptions;
  private readonly seedCounts: SeedCounts;
  private readonly router = new Router();
  readonly validators = new Validators();
  private readonly rateLimiter: RateLimiter;
  private readonly credentials: Credentials;
  private readonly oauth: OAuthEndpoints;
  private readonly admin: AdminEndpoints;
  private readonly failDraw: () => number;
  private fixturesChecked = false;

  constructor(options: MockOptions = {}) {
    this.options = resolveOptions(options);
    this.seedCounts = resolveSeedCounts(this.options.seedCounts);
    this.failDraw = seededRandom(this.options.seed ^ 0x5eed);
    this.deliveries = new DeliveryLog(this.options.delivery, this.clock, this.options.deliverToAnyHost);
    this.rateLimiter = new RateLimiter(this.options.rateLimit, this.clock);
    this.credentials = new Credentials(this.options.apiKeys, this.clock, (email) => this.userIdByEmail(email));
    this.oauth = new OAuthEndpoints(this.options.oauthClients, this.credentials, this.clock, () => (this.store.users.has(1) ? 1 : null));
    this.admin = new AdminEndpoints(this);
    this.reset();
  }

  private userIdByEmail(email: string): number | null {
    const wanted = email.toLowerCase();
    for (const u of this.store.users.values()) if (u.email.toLowerCase() === wanted) return u.id;
    return null;
  }

  /** Back to the seeded data (and fixtures); cancels deliveries in progress and empties the rate-limit buckets. */
  reset(): void {
    this.deliveries.cancelAll();
    this.deliveries.clear();
    this.rateLimiter.reset();
    this.store.importState(emptyState());
    seedStore(this.store, this.options.seed, this.seedCounts);
    // The fixtures are checked on the first load; every later reset loads them onto the same seeded store.
    if (this.options.fixtures) loadFixtures(this.store, this.options.fixtures, this.validators, { check: !this.fixturesChecked });
    this.fixturesChecked = true;
  }

  /** A snapshot of the whole store, for `importState()` or `PUT /__admin/state`. */
  exportState(): StoreState {
    return this.store.exportState();
  }

  /**
   * What is wrong with a state snapshot, by JSON path (`collections.tickets.records.0.customer_id`):
   * its structure, then every record against its spec schema. Empty when it can be imported.
   */
  stateProblems(state: unknown): Record<string, string> {
    const structure = checkState(state);
    if (Object.keys(structure).length > 0) return structure;
    return snapshotRecordProblems(state as StoreState, this.validators);
  }

  /** Replaces the store with a snapshot; throws a TypeError naming what is wrong with an invalid one, and then changes nothing. */
  importState(state: StoreState): void {
    const problems = this.stateProblems(state);
    if (Object.keys(problems).length > 0) {
      throw new TypeError(`Invalid state snapshot: ${Object.entries(problems).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
    }
    this.deliveries.cancelAll();
    this.store.importState(state);
  }

  /** Issues a Bearer token with these OAuth scopes, as if an app had completed the OAuth flow. */
  issueToken(scopes: readonly string[], options: IssueTokenOptions = {}): string {
    const unknown = unknownScopes(scopes);
    if (unknown.length > 0) throw new TypeError(`issueToken: unknown scope(s) ${unknown.join(", ")}; the spec's scopes are ${specScopes.map((s) => s.name).join(", ")}.`);
    const lifetime = options.expiresInSeconds;
    if (lifetime !== undefined && !(Number.isFinite(lifetime) && lifetime > 0 && lifetime <= MAX_TOKEN_LIFETIME_SECONDS)) {
      throw new TypeError(`issueToken: expiresInSeconds must be a number of seconds above 0 and at most ${MAX_TOKEN_LIFETIME_SECONDS} (ten years), got ${lifetime}.`);
    }
    return this.credentials.issue(scopes, {
      userId: options.userId ?? (this.store.users.has(1) ? 1 : null),
      clientId: null,
      ...(lifetime !== undefined ? { lifetimeSeconds: lifetime } : {}),
    }).accessToken;
  }

  /** Stops background work (pending deliveries and retries). */
  close(): void {
    this.deliveries.cancelAll();
  }

  /** Answers one request. Never throws: unexpected failures become a 500 with the API's error body. */
  async handle(request: MockRequest): Promise<MockResponse> {
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    return this.handleNow(request);
  }

  /** {@link handle} without the configured latency. */
  handleNow(request: MockRequest): MockResponse {
    const routed: { operation?: OperationEntry } = {};
    const response = this.answer(request, routed);
    if (routed.operation && this.options.onExchange) this.reportExchange(routed.operation, request, response.status);
    return response;
  }

  private reportExchange(operation: OperationEntry, request: MockRequest, status: number): void {
    try {
      this.options.onExchange?.({ operationId: operation.id, method: operation.method.toLowerCase(), path: operation.path, query: sentQuery(request.url), body: sentBody(request.body), status });
    } catch (error) {
      this.internalErrors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private answer(request: MockRequest, routed: { operation?: OperationEntry }): MockResponse {
    let usage: string | null = null;
    try {
      const q = request.url.indexOf("?");
      const path = q < 0 ? request.url : request.url.slice(0, q);
      const search = q < 0 ? "" : request.url.slice(q + 1);
      if (path.startsWith("/__admin/")) return this.admin.handle(request, path);
      if (this.oauth.handles(path)) return this.oauth.handle(request, path, search);
      const route = this.router.match(request.method.toUpperCase(), path);
      if (route.kind === "unknown-path") {
        throw new ApiError(404, `No such endpoint: ${request.method.toUpperCase()} ${path}.`, { path: "Not an endpoint of the Gorgias API." });
      }
      if (route.kind === "wrong-method") {
        throw new ApiError(405, `Method ${request.method.toUpperCase()} is not allowed on ${path}; use ${route.allow.join(", ")}.`, { method: `Allowed: ${route.allow.join(", ")}.` }, { allow: route.allow.join(", ") });
      }
      routed.operation = route.operation;
      const auth = this.credentials.authenticate(request.headers.authorization);
      if (!auth.ok) {
        usage = this.rateLimiter.peek("apiKey");
        const message = auth.reason === "expired" ? "Unauthorized: the access token has expired; refresh it." : "Unauthorized.";
        throw new ApiError(401, message, undefined, { "www-authenticate": 'Basic realm="Gorgias", Bearer' });
      }
      const principal = auth.principal;
      const decision = this.rateLimiter.take(principal.kind);
      usage = decision.usage;
      if (!decision.allowed) {
        throw new ApiError(429, `Too many requests: retry in ${decision.retryAfterSeconds} s.`, undefined, { [RETRY_AFTER_HEADER]: String(decision.retryAfterSeconds) });
      }
      if (this.options.failRate > 0 && this.failDraw() < this.options.failRate) {
        throw new ApiError(500, "Internal server error (simulated by --fail-rate).");
      }
      const result = this.runOperation(route.operation, route.pathParams, search, request, principal);
      return this.finish(result, usage);
    } catch (error) {
      return this.errorResponse(error, usage);
    }
  }

  private runOperation(op: OperationEntry, rawPath: Record<string, string>, search: string, request: MockRequest, principal: Principal): AnyHandlerResult {
    if (op.scope !== null) this.requireScope(principal, op.scope);
    const schemas = operationSchemas[op.id];
    const id = op.id;
    if (!schemas || !isOperationId(id)) throw new Error(`Operation ${op.id} has no generated schemas or no handler.`);
    const v = this.validators.forOperation(op.id);

    const path: Record<string, unknown> = { ...rawPath };
    const pathProblems = v.path(path);
    // Every operation documents 400 (the spec's lint and the conformance tests hold it), so a malformed id is a 400, not a 404.
    if (pathProblems) throw new ApiError(400, `Invalid request: ${Object.entries(pathProblems).map(([k, p]) => `${k}: ${p}`).join(" ")}`, pathProblems);
    const { values: query, refused } = parseQuery(search, schemas.deepObjectQuery);
    const querySent = new Set(Object.keys(query));
    const checked = v.query(query);
    const queryProblems = refused ? { ...refused, ...checked } : checked;
    if (queryProblems) throw new ApiError(400, `Invalid request: ${Object.entries(queryProblems).map(([k, p]) => `${k}: ${p}`).join(" ")}`, queryProblems);

    let body: unknown;
    if (schemas.body) {
      const raw = request.body;
      if (raw && raw.byteLength > 0) body = parseJsonBody(raw, request.headers["content-type"], { maxBytes: this.options.maxBodyBytes, maxDepth: this.options.maxBodyDepth }, request.bodyTruncated === true);
      else if (request.bodyTruncated) body = parseJsonBody(new Uint8Array(0), undefined, { maxBytes: this.options.maxBodyBytes, maxDepth: this.options.maxBodyDepth }, true);
      if (body === undefined && schemas.bodyRequired) throw new ApiError(400, "Invalid request: body: A JSON body is required.", { body: "A JSON body is required." });
      if (body !== undefined) {
        const problems = v.body(body);
        if (problems) {
          const [first] = Object.entries(problems);
          const more = Object.keys(problems).length - 1;
          throw new ApiError(400, `Invalid request: ${first![0]}: ${first![1]}${more > 0 ? ` (and ${more} more field${more > 1 ? "s" : ""})` : ""}`, problems);
        }
      }
    } else if (request.bodyTruncated || (request.body && request.body.byteLength > this.options.maxBodyBytes)) {
      throw new ApiError(413, `Payload too large: the body is over the ${this.options.maxBodyBytes}-byte limit.`, { body: `At most ${this.options.maxBodyBytes} bytes.` });
    }

    if (op.scope === null && op.scopeByType) {
      const type = (body as { type?: string } | undefined)?.type;
      const scope = type === undefined ? undefined : op.scopeByType[type];
      if (scope) this.requireScope(principal, scope);
    }

    // The validators above checked path, query and body against this operation's schemas (coercing and
    // filling defaults), so they hold the operation's spec types; TypeScript cannot see through Ajv.
    const ctx = {
      operation: op,
      path,
      query,
      querySent,
      body,
      store: this.store,
      principal,
      now: this.clock.isoNow(),
      uri: search ? `${op.path.replace(/\{(\w+)\}/g, (_, n: string) => String(rawPath[n]))}?${search}` : op.path.replace(/\{(\w+)\}/g, (_, n: string) => String(rawPath[n])),
    } as unknown as OperationContext;
    const rules = firingRules(id);
    const beforeId = rules.length > 0 ? ticketIdBefore(path) : null;
    const beforeTicket = beforeId === null ? undefined : this.store.tickets.get(beforeId);
    const before = beforeTicket ? { ...ticketContext(this.store, beforeTicket) } : null;
    const result: AnyHandlerResult = runHandler(id, ctx);
    // Only a success emits the event: a redirect (a merged customer's 301) changed nothing.
    if (op.event && result.status < 300) {
      if (!result.event) throw new Error(`Handler of ${op.id} did not name the subject of its ${op.event} event.`);
      this.recordEvent(op.event, result.event.objectId, result.event.data, principal, ctx.now);
    }
    if (rules.length > 0) this.fireTriggers(rules, before, path, result.body);
    return result;
  }

  private requireScope(principal: Principal, scope: string): void {
    if (principal.scopes === null || principal.scopes.has(scope)) return;
    throw new ApiError(403, `Missing required scope: ${scope}.`, { scope: `This operation needs the ${scope} scope.` });
  }

  /** Records an event the spec pairs with a write (`x-gorgias-event`); `GET /api/events` returns it. Events are not pushed. */
  private recordEvent(type: string, objectId: number, data: EventData, principal: Principal, now: string): void {
    const objectType = GUIDE_EVENT_OBJECT_TYPES.get(type);
    if (objectType === undefined) throw new Error(`The spec pairs an operation with ${type}, which is not one of EventType's x-gorgias-events.`);
    this.store.events.insert({
      id: this.store.events.allocateId(),
      type,
      object_type: objectType,
      object_id: objectId,
      user_id: principal.userId,
      context: randomUUID(),
      // Handlers build event data fresh; nested values they share with records are replaced, never edited, on later writes.
      data,
      created_datetime: now,
    });
  }

  /**
   * Sends the integration's own request to every active HTTP integration that enabled a trigger
   * this call fired (`x-gorgias-fired-by`), rendered against the ticket's context.
   */
  private fireTriggers(rules: ReturnType<typeof firingRules>, before: Record<string, unknown> | null, path: Record<string, unknown>, body: unknown): void {
    const subject = subjectAfter(path, body);
    const ticket = subject === null ? undefined : this.store.tickets.get(subject.ticketId);
    if (!subject || !ticket) return;
    const fired = firedTriggers(rules, before, { ...ticketContext(this.store, ticket) });
    for (const trigger of fired) {
      for (const integration of this.store.integrations.values()) {
        if (integration.type !== "http" || !integration.http || integration.deactivated_datetime !== null) continue;
        if (integration.http.triggers[trigger] !== true) continue;
        this.deliveries.deliver(integration.id, integration.http, { trigger, ticketId: ticket.id }, deliveryContext(this.store, ticket, subject.messageId));
      }
    }
  }

  private finish(result: AnyHandlerResult, usage: string): MockResponse {
    const headers: Record<string, string> = { [USAGE_HEADER]: usage, ...result.headers };
    if (result.body === undefined) return { status: result.status, headers, body: null };
    if (result.body instanceof JsonText) return { status: result.status, headers: { "content-type": "application/json", ...headers }, body: result.body.text };
    return jsonResponse(result.status, result.body, headers);
  }

  private errorResponse(error: unknown, usage: string | null): MockResponse {
    const usageHeader = { [USAGE_HEADER]: usage ?? this.rateLimiter.peek("apiKey") };
    if (error instanceof ApiError) return jsonResponse(error.status, error.body(), { ...usageHeader, ...error.headers });
    this.internalErrors.push(error instanceof Error ? error : new Error(String(error)));
    return jsonResponse(500, { error: { msg: "Internal server error." } }, usageHeader);
  }

  /** For transports: how many body bytes to read for a path before giving up (413). */
  bodyLimitFor(path: string): number {
    return path.startsWith("/__admin/") ? STATE_MAX_BYTES : this.options.maxBodyBytes;
  }
}

/** The query as sent, by name: raw strings, a repeated name as an array. */
function sentQuery(url: string): Record<string, string | string[]> {
  const q = url.indexOf("?");
  const out: Record<string, string | string[]> = {};
  if (q < 0) return out;
  for (const [name, value] of new URLSearchParams(url.slice(q + 1))) {
    const existing = Object.hasOwn(out, name) ? out[name] : undefined;
    out[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** The body as sent, parsed as JSON; undefined when there is none or it does not parse. */
function sentBody(body: Uint8Array | null): unknown {
  if (!body || body.byteLength === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

function emptyState(): StoreState {
  const collections = {} as StoreState["collections"];
  for (const name of COLLECTION_NAMES) collections[name] = { nextId: 1, records: [] };
  return {
    format: "gorgias-mock-state",
    version: 1,
    collections,
    sequences: { customerChannel: 1, integrationHttp: 1 },
    mergedCustomers: [],
  };
}
