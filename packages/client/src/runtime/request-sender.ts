import { redirectingOperations } from "../generated/errors.gen.js";
import type { OperationEntry } from "@gorgias-kit/spec/operations";
import { rateLimitPolicy } from "@gorgias-kit/spec/facts";
import { discard, readBody } from "./body-reader.js";
import type { Clock } from "./clock.js";
import type { Credentials } from "./credentials.js";
import { Deadline } from "./deadline.js";
import { GorgiasError, MissingScopeError, NetworkError, TooManyRedirectsError, type CallContext } from "./errors.js";
import type { Logger } from "./logger.js";
import type { RedirectedFrom } from "./operation-caller.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { Redactor } from "./redactor.js";
import {
  backoffMs,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  type ResolvedRetry,
} from "./retry-policy.js";
import { ResponseStream } from "./response-stream.js";
import { scopeForCall } from "./scopes.js";

/** One logical call, before auth, rate limiting and retries. */
export interface OutgoingRequest {
  readonly op: OperationEntry | null;
  readonly method: string;
  readonly url: string;
  /** Request headers without Authorization: built for this one call, so the sender adds it in place (no copy per call). */
  readonly headers: Record<string, string>;
  readonly body: BodyInit | null;
  /** The parsed JSON body, for scope checks that depend on it (search). */
  readonly json: unknown;
  readonly signal: AbortSignal | undefined;
  readonly retryUnsafe: boolean;
  /** Follow a redirect of this write too (the caller consented, e.g. `followMergedCustomer`); reads always follow. */
  readonly followWriteRedirect: boolean;
  /** The redirect is the answer (a file download's signed URL): it is returned, never followed, so no credential reaches its host. */
  readonly redirectIsResult: boolean;
  /** A success body is handed back as a stream (a CSV export), bounded by the deadline but not by `maxResponseBytes`. */
  readonly streamResponse: boolean;
  /**
   * False when the body can be sent only once (an upload from a stream): then no attempt is
   * repeated, neither after a 429, a 5xx or a network error nor after refreshing a token on a 401.
   */
  readonly replayable: boolean;
}

export interface SendResult {
  /** The final response; its body was read into `body`. */
  readonly response: Response;
  /** The whole response body, read within the deadline and `maxResponseBytes`; empty when `stream` holds it. */
  readonly body: Uint8Array<ArrayBuffer>;
  /** A success body handed back unread (`streamResponse`); it owns the call's deadline from then on. */
  readonly stream: ResponseStream | null;
  readonly context: CallContext;
  readonly redirectedFrom: RedirectedFrom | null;
}

/** fetch's options for a stream body, which Node's fetch sends only with `duplex: "half"` (the DOM types lack the field). */
interface StreamingRequestInit extends RequestInit {
  duplex: "half";
}

const EMPTY = new Uint8Array(0);

/** A response after the redirects the client follows. */
interface Followed {
  readonly response: Response;
  readonly redirectedFrom: RedirectedFrom | null;
}

export interface SenderParts {
  readonly fetch: () => typeof fetch;
  readonly credentials: Credentials;
  readonly limiter: RateLimiter;
  /** False when the caller turned client-side rate limiting off: usage is still observed. */
  readonly enforceRateLimit: boolean;
  readonly retry: ResolvedRetry;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly scopeCheck: boolean;
  readonly maxResponseBytes: number;
}

/** Redirects followed for one read; one more is a loop (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Sends a request the way the guide asks: within the rate limit, with credentials (refreshed once
 * on a 401), retrying what is safe to retry, following a read's redirect, inside one deadline.
 * It returns the final response with its body read (bounded by `maxResponseBytes`); turning an
 * error status into an error is the caller's job.
 */
export class RequestSender {
  constructor(private readonly parts: SenderParts) {}

  async send(request: OutgoingRequest): Promise<SendResult> {
    const { credentials, limiter, retry, clock, enforceRateLimit } = this.parts;
    const context: CallContext = { operationId: request.op?.id ?? null, method: request.method, path: pathOf(request.url) };
    this.checkScope(request, context);

    const deadline = new Deadline(clock, retry.deadlineMs, request.signal, context);
    const { headers } = request;
    let attempt = 0;
    let refreshed = false;
    let handedOver = false;
    try {
      for (;;) {
        attempt += 1;
        if (enforceRateLimit && !limiter.tryAcquire()) await deadline.guard(limiter.acquire(deadline.waitSignal()));
        const version = credentials.version;
        headers.authorization = credentials.header();
        const sentAt = clock.now();
        let sent: Followed;
        try {
          sent = await this.fetchFollowingReads(request, headers, deadline, context);
        } catch (error) {
          await this.recover(error, request, deadline, context, attempt, false);
          continue;
        }
        const { response } = sent;
        limiter.observe(response.headers.get(rateLimitPolicy.usageHeader), sentAt);
        const status = response.status;

        if (status === 401 && credentials.canRefresh && !refreshed && request.replayable) {
          await discard(response);
          refreshed = true;
          attempt -= 1;
          this.parts.logger.debug?.(`${label(context)} answered 401: refreshing the OAuth access token.`);
          // Waited for, never aborted: the refresh is shared with the other calls that got a 401.
          await deadline.shared(credentials.refresh(version));
          continue;
        }
        if (status === rateLimitPolicy.overLimitStatus) {
          const retryAfter = parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now()) ?? 1;
          limiter.pause(retryAfter * 1000);
          if (request.replayable && attempt < retry.maxAttempts && deadline.allows(retryAfter * 1000)) {
            await discard(response);
            this.parts.logger.warn?.(`${label(context)} was rate limited (429): waiting ${retryAfter} s as Retry-After asks, then retrying (attempt ${attempt + 1} of ${retry.maxAttempts}).`);
            // Enforcing, acquire() waits out the pause; otherwise the wait happens here.
            if (!enforceRateLimit) await deadline.guard(clock.sleep(retryAfter * 1000, deadline.waitSignal()));
            continue;
          }
        } else if (request.replayable && isRetryableStatus(status, request.method, request.retryUnsafe) && attempt < retry.maxAttempts) {
          const retryAfter = parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now());
          if (await this.backoff(deadline, context, attempt, `${status}`, retryAfter, response)) continue;
        }
        if (request.streamResponse && response.ok && response.body !== null) {
          handedOver = true;
          return { response, body: EMPTY, stream: new ResponseStream(response.body, deadline, context), context, redirectedFrom: sent.redirectedFrom };
        }
        let body: Uint8Array<ArrayBuffer>;
        try {
          body = await readBody(response, this.parts.maxResponseBytes, context, deadline);
        } catch (error) {
          await this.recover(error, request, deadline, context, attempt, true);
          continue;
        }
        return { response, body, stream: null, context, redirectedFrom: sent.redirectedFrom };
      }
    } finally {
      if (!handedOver) deadline.clear();
    }
  }

  /**
   * Sends the request; a read (GET) follows up to MAX_REDIRECTS redirects here rather than inside
   * fetch, whose limit of 20 a loop would exhaust on every retry. A write is repeated elsewhere
   * only with the caller's consent (`followWriteRedirect`), with its method and body unchanged;
   * otherwise its redirect comes back as the response. Like fetch, a hop to another origin drops
   * the credentials.
   */
  private async fetchFollowingReads(request: OutgoingRequest, headers: Record<string, string>, deadline: Deadline, context: CallContext): Promise<Followed> {
    // Only what is needed: a signal or a null body each cost fetch time on every call.
    let init: RequestInit = { method: request.method, headers, redirect: "manual" };
    if (request.body instanceof ReadableStream) {
      // fetch sends a stream body only half-duplex: the request is sent whole before the answer is read.
      const streaming: StreamingRequestInit = { ...init, body: request.body, duplex: "half" };
      init = streaming;
    } else if (request.body !== null) init.body = request.body;
    if (request.signal) init.signal = request.signal;
    let url = request.url;
    for (let redirects = 0; ; redirects += 1) {
      const pending = this.parts.fetch()(url, init);
      const response = await deadline.race(pending, () => void pending.then(discard, () => undefined));
      const follows = !request.redirectIsResult && (request.method === "GET" || request.followWriteRedirect);
      const next = follows && REDIRECT_STATUSES.has(response.status) ? httpTarget(response.headers.get("location"), url) : null;
      if (next === null) return { response, redirectedFrom: redirects === 0 ? null : this.redirected(request, context, url) };
      await discard(response);
      if (redirects === MAX_REDIRECTS) throw new TooManyRedirectsError(context, MAX_REDIRECTS, shortLocation(next, request.url));
      if (next.origin !== new URL(url).origin) {
        init = { ...init, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization")) };
      }
      url = next.href;
    }
  }

  private redirected(request: OutgoingRequest, context: CallContext, finalUrl: string): RedirectedFrom {
    const location = shortLocation(new URL(finalUrl), request.url);
    const reason = (request.op && redirectingOperations[request.op.id]?.description) ?? "The API redirected the request.";
    this.parts.logger.warn?.(`${label(context)} was redirected to ${location}. ${reason}`);
    return { path: context.path, location, reason };
  }

  /**
   * After a request or its body failed: resolves when a retry follows (after the backoff), throws
   * the call's error otherwise. The client's own errors (a body over the limit, a redirect loop,
   * the deadline) are final; an abort is the caller's.
   */
  private async recover(
    error: unknown,
    request: OutgoingRequest,
    deadline: Deadline,
    context: CallContext,
    attempt: number,
    whileReadingBody: boolean,
  ): Promise<void> {
    if (error instanceof GorgiasError) throw error;
    deadline.throwIfAborted();
    const reason = this.parts.redactor.text(describe(error));
    const retryable = request.replayable && attempt < this.parts.retry.maxAttempts && isRetryableNetworkError(error, request.method, request.retryUnsafe);
    const cause = whileReadingBody ? `a network error while reading the response body (${reason})` : `a network error (${reason})`;
    if (retryable && (await this.backoff(deadline, context, attempt, cause, null))) return;
    throw new NetworkError(context, reason, { cause: error, whileReadingBody });
  }

  private checkScope(request: OutgoingRequest, context: CallContext): void {
    const granted = this.parts.scopeCheck ? this.parts.credentials.grantedScopes() : null;
    if (!granted || !request.op) return;
    const scope = scopeForCall(request.op, request.json);
    if (scope && !granted.has(scope)) throw new MissingScopeError(context, scope, [...granted].sort());
  }

  /**
   * Waits before a retry; false (and the failure stands) when the wait would end after the deadline.
   * The failed response, if any, is freed only when a retry follows.
   */
  private async backoff(
    deadline: Deadline,
    context: CallContext,
    attempt: number,
    cause: string,
    retryAfter: number | null,
    failed?: Response,
  ): Promise<boolean> {
    const delay = retryAfter !== null ? retryAfter * 1000 : backoffMs(this.parts.retry, attempt);
    if (!deadline.allows(delay)) return false;
    if (failed) await discard(failed);
    this.parts.logger.warn?.(
      `${label(context)} failed with ${cause}: retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${this.parts.retry.maxAttempts}).`,
    );
    await deadline.guard(this.parts.clock.sleep(delay, deadline.waitSignal()));
    return true;
  }
}

function label(context: CallContext): string {
  return context.operationId ? `${context.operationId} (${context.method} ${context.path})` : `${context.method} ${context.path}`;
}

function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const end = url.indexOf("?", start);
  return start < 0 ? "/" : url.slice(start, end < 0 ? undefined : end);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : null;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message}: ${code}` : message;
}

/** The http(s) URL a redirect points to, or null (no Location, or one the client will not follow). */
function httpTarget(location: string | null, from: string): URL | null {
  if (location === null) return null;
  try {
    const url = new URL(location, from);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** A redirect target as logs and errors show it: its path on the same origin, else origin and path (never the query). */
function shortLocation(to: URL, from: string): string {
  return to.origin === new URL(from).origin ? to.pathname : `${to.origin}${to.pathname}`;
}
