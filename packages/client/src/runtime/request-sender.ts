import { redirectingOperations } from "../generated/errors.gen.js";
import type { OperationEntry } from "@gorgias-kit/spec/operations";
import { rateLimitPolicy } from "../generated/rate-limits.gen.js";
import type { Clock } from "./clock.js";
import type { Credentials } from "./credentials.js";
import { DeadlineExceededError, MissingScopeError, NetworkError, type CallContext } from "./errors.js";
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
import { scopeForCall } from "./scopes.js";

/** One logical call, before auth, rate limiting and retries. */
export interface OutgoingRequest {
  readonly op: OperationEntry | null;
  readonly method: string;
  readonly url: string;
  /** Request headers without Authorization. */
  readonly headers: Record<string, string>;
  readonly body: string | ArrayBuffer | null;
  /** The parsed JSON body, for scope checks that depend on it (search). */
  readonly json: unknown;
  readonly signal: AbortSignal | undefined;
  readonly retryUnsafe: boolean;
}

export interface SendResult {
  readonly response: Response;
  readonly context: CallContext;
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
}

/**
 * Sends a request the way the guide asks: within the rate limit, with credentials (refreshed once
 * on a 401), retrying what is safe to retry, following a read's redirect, inside one deadline.
 * It returns the final response; turning an error status into an error is the caller's job.
 */
export class RequestSender {
  constructor(private readonly parts: SenderParts) {}

  async send(request: OutgoingRequest): Promise<SendResult> {
    const { credentials, limiter, retry, clock, enforceRateLimit } = this.parts;
    const context: CallContext = { operationId: request.op?.id ?? null, method: request.method, path: pathOf(request.url) };
    this.checkScope(request, context);

    const deadline = new Deadline(clock, retry.deadlineMs, request.signal, context);
    const headers: Record<string, string> = { ...request.headers };
    let attempt = 0;
    let refreshed = false;
    try {
      for (;;) {
        attempt += 1;
        if (enforceRateLimit && !limiter.tryAcquire()) await deadline.guard(limiter.acquire(deadline.waitSignal()));
        const version = credentials.version;
        headers.authorization = credentials.header();
        // Only what is needed: a signal, a null body or redirect "manual" each cost fetch time on every call.
        // A read follows redirects inside fetch (which drops credentials on a cross-origin hop); a write
        // must not be repeated elsewhere, so its redirect comes back to the caller as a response.
        const init: RequestInit = { method: request.method, headers };
        if (request.method !== "GET") init.redirect = "manual";
        if (request.body !== null) init.body = request.body;
        if (request.signal) init.signal = request.signal;
        const sentAt = clock.now();
        let response: Response;
        try {
          response = await deadline.race(this.parts.fetch()(request.url, init));
        } catch (error) {
          deadline.throwIfAborted();
          const retryable = attempt < retry.maxAttempts && isRetryableNetworkError(error, request.method, request.retryUnsafe);
          if (retryable && (await this.backoff(deadline, context, attempt, `a network error (${describe(error)})`, null))) continue;
          throw new NetworkError(context, this.parts.redactor.text(describe(error)), { cause: error });
        }
        limiter.observe(response.headers.get(rateLimitPolicy.usageHeader), sentAt);
        const status = response.status;

        if (status === 401 && credentials.canRefresh && !refreshed) {
          await discard(response);
          refreshed = true;
          attempt -= 1;
          this.parts.logger.debug?.(`${label(context)} answered 401: refreshing the OAuth access token.`);
          await deadline.guard(credentials.refresh(version));
          continue;
        }
        if (status === rateLimitPolicy.overLimitStatus) {
          const retryAfter = parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now()) ?? 1;
          limiter.pause(retryAfter * 1000);
          if (attempt < retry.maxAttempts && deadline.allows(retryAfter * 1000)) {
            await discard(response);
            this.parts.logger.warn?.(`${label(context)} was rate limited (429): waiting ${retryAfter} s as Retry-After asks, then retrying (attempt ${attempt + 1} of ${retry.maxAttempts}).`);
            // Enforcing, acquire() waits out the pause; otherwise the wait happens here.
            if (!enforceRateLimit) await deadline.guard(clock.sleep(retryAfter * 1000, deadline.waitSignal()));
            continue;
          }
          return { response, context, redirectedFrom: null };
        }
        if (isRetryableStatus(status, request.method, request.retryUnsafe) && attempt < retry.maxAttempts) {
          const retryAfter = parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now());
          if (await this.backoff(deadline, context, attempt, `${status}`, retryAfter, response)) continue;
          return { response, context, redirectedFrom: null };
        }
        if (response.redirected) {
          const to = new URL(response.url);
          const location = to.origin === new URL(request.url).origin ? to.pathname : `${to.origin}${to.pathname}`;
          const reason = (request.op && redirectingOperations[request.op.id]?.description) ?? "The API redirected the request.";
          this.parts.logger.warn?.(`${label(context)} was redirected to ${location}. ${reason}`);
          return { response, context, redirectedFrom: { path: context.path, location, reason } };
        }
        return { response, context, redirectedFrom: null };
      }
    } finally {
      deadline.clear();
    }
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

/**
 * One call's total deadline and the caller's signal. The request itself gets only the caller's
 * signal; the deadline races it instead (a per-call AbortController on fetch is measurably slow),
 * and an abandoned response is drained when it arrives. Waits get a signal that ends with either.
 */
class Deadline {
  private readonly endsAt: number;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private expiredError: DeadlineExceededError | null = null;
  private expired: Promise<never> | undefined;
  private rejectExpired: ((error: DeadlineExceededError) => void) | undefined;
  private inflight: Promise<Response> | undefined;
  private controller: AbortController | undefined;
  private onCallerAbort: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly deadlineMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly context: CallContext,
  ) {
    this.endsAt = clock.now() + deadlineMs;
    if (Number.isFinite(deadlineMs)) this.timer = setTimeout(() => this.expire(), deadlineMs);
  }

  private expire(): void {
    this.expiredError = new DeadlineExceededError(this.context, this.deadlineMs);
    this.rejectExpired?.(this.expiredError);
    this.controller?.abort(this.expiredError);
    void this.inflight?.then(discard, () => undefined);
  }

  /** Settles with the request, or rejects when the deadline passes first. */
  race(request: Promise<Response>): Promise<Response> {
    if (this.timer === undefined) return request;
    if (this.expiredError) {
      void request.then(discard, () => undefined);
      return Promise.reject(this.expiredError);
    }
    this.inflight = request;
    if (!this.expired) {
      this.expired = new Promise<never>((_, reject) => {
        this.rejectExpired = reject;
      });
      this.expired.catch(() => undefined);
    }
    return Promise.race([request, this.expired]);
  }

  /** A signal for waits (rate limit, backoff): aborted by the caller's signal or the deadline. */
  waitSignal(): AbortSignal {
    if (!this.controller) {
      const controller = new AbortController();
      this.controller = controller;
      if (this.expiredError) controller.abort(this.expiredError);
      const caller = this.callerSignal;
      if (caller?.aborted) controller.abort(caller.reason);
      else if (caller) {
        this.onCallerAbort = () => controller.abort(caller.reason);
        caller.addEventListener("abort", this.onCallerAbort, { once: true });
      }
    }
    return this.controller.signal;
  }

  /** Whether waiting `ms` more still ends before the deadline. */
  allows(ms: number): boolean {
    return this.clock.now() + ms < this.endsAt;
  }

  throwIfAborted(): void {
    if (this.callerSignal?.aborted) throw this.callerSignal.reason;
    if (this.expiredError) throw this.expiredError;
    if (this.clock.now() >= this.endsAt) throw new DeadlineExceededError(this.context, this.deadlineMs);
  }

  /** Awaits a wait, turning an abort into the caller's reason or the deadline error. */
  async guard<T>(promise: Promise<T>): Promise<T> {
    try {
      const value = await promise;
      this.throwIfAborted();
      return value;
    } catch (error) {
      if (this.callerSignal?.aborted) throw this.callerSignal.reason;
      if (this.expiredError) throw this.expiredError;
      throw error;
    }
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal!.removeEventListener("abort", this.onCallerAbort);
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

/** Frees the connection of a response the client will not read. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already consumed or closed: nothing to free.
  }
}
