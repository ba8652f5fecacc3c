import { redirectingOperations } from "../generated/errors.gen.js";
import type { OperationEntry } from "../generated/operations.gen.js";
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

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

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
    const signal = deadline.signal;
    const headers: Record<string, string> = { ...request.headers };
    let url = request.url;
    let redirectedFrom: RedirectedFrom | null = null;
    let attempt = 0;
    let refreshed = false;
    let redirects = 0;
    try {
      for (;;) {
        attempt += 1;
        const wait = enforceRateLimit ? limiter.acquire(signal) : undefined;
        if (wait) await deadline.guard(wait);
        const version = credentials.version;
        headers.authorization = credentials.header();
        const sentAt = clock.now();
        let response: Response;
        try {
          response = await this.parts.fetch()(url, { method: request.method, headers, body: request.body, signal, redirect: "manual" });
        } catch (error) {
          deadline.throwIfAborted();
          if (attempt < retry.maxAttempts && isRetryableNetworkError(error, request.method, request.retryUnsafe)) {
            await this.backoff(deadline, context, attempt, `a network error (${describe(error)})`, null);
            continue;
          }
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
            if (!enforceRateLimit) await deadline.guard(clock.sleep(retryAfter * 1000, signal));
            continue;
          }
          return { response, context, redirectedFrom };
        }
        if (isRetryableStatus(status, request.method, request.retryUnsafe) && attempt < retry.maxAttempts) {
          await discard(response);
          const retryAfter = parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now());
          await this.backoff(deadline, context, attempt, `${status}`, retryAfter);
          continue;
        }
        const location = REDIRECT_STATUSES.has(status) ? response.headers.get("location") : null;
        if (location && request.method === "GET" && redirects < MAX_REDIRECTS) {
          const next = new URL(location, url);
          if (next.origin === new URL(url).origin) {
            await discard(response);
            redirects += 1;
            attempt -= 1;
            const reason = (request.op && redirectingOperations[request.op.id]?.description) ?? `The API answered ${status}.`;
            redirectedFrom ??= { path: context.path, status, location: next.pathname, reason };
            this.parts.logger.warn?.(`${label(context)} answered ${status}: following it to ${next.pathname}. ${reason}`);
            url = next.toString();
            continue;
          }
        }
        return { response, context, redirectedFrom };
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

  private async backoff(deadline: Deadline, context: CallContext, attempt: number, cause: string, retryAfter: number | null): Promise<void> {
    const delay = retryAfter !== null ? retryAfter * 1000 : backoffMs(this.parts.retry, attempt);
    this.parts.logger.warn?.(
      `${label(context)} failed with ${cause}: retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${this.parts.retry.maxAttempts}).`,
    );
    await deadline.guard(this.parts.clock.sleep(delay, deadline.signal));
  }
}

/** One call's total deadline, merged with the caller's signal. */
class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly endsAt: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onCallerAbort: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly deadlineMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly context: CallContext,
  ) {
    this.signal = this.controller.signal;
    this.endsAt = clock.now() + deadlineMs;
    if (Number.isFinite(deadlineMs)) {
      this.timer = setTimeout(() => this.controller.abort(new DeadlineExceededError(context, deadlineMs)), deadlineMs);
    }
    if (callerSignal) {
      if (callerSignal.aborted) this.controller.abort(callerSignal.reason);
      else {
        this.onCallerAbort = () => this.controller.abort(callerSignal.reason);
        callerSignal.addEventListener("abort", this.onCallerAbort, { once: true });
      }
    }
  }

  /** Whether waiting `ms` more still ends before the deadline. */
  allows(ms: number): boolean {
    return this.clock.now() + ms < this.endsAt;
  }

  throwIfAborted(): void {
    if (this.signal.aborted) throw this.signal.reason;
    if (this.clock.now() >= this.endsAt) throw new DeadlineExceededError(this.context, this.deadlineMs);
  }

  /** Awaits a wait, turning an abort into the caller's reason or the deadline error. */
  async guard<T>(promise: Promise<T>): Promise<T> {
    try {
      const value = await promise;
      this.throwIfAborted();
      return value;
    } catch (error) {
      if (this.signal.aborted) throw this.signal.reason;
      throw error;
    }
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
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
