/** How the client retries a call. */
export interface RetryOptions {
  /**
   * Attempts per call, the first included. 429s, network errors and retryable 5xx all count.
   * @default 4
   */
  maxAttempts?: number;
  /**
   * First backoff delay; each retry doubles it, with jitter, up to `maxDelayMs`.
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * Longest backoff delay.
   * @default 20000
   */
  maxDelayMs?: number;
  /**
   * Total time a call may take: waits for the rate limit, retries, a token refresh and reading the response body included.
   * @default 120000
   */
  deadlineMs?: number;
}

export type ResolvedRetry = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetry = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 20_000, deadlineMs: 120_000 };

/** Statuses that mean "the server failed, try again later" (the guide's 500, plus gateway failures). */
const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

/**
 * Methods that can be repeated without doing the thing twice. A POST (which can send a reply to a
 * customer) is not among them: it is retried after a failure only when the call opts in.
 */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Connection failures that happen before the request reaches the server, so nothing was processed. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

export function resolveRetry(options: RetryOptions | undefined): ResolvedRetry {
  const retry = { ...DEFAULT_RETRY, ...stripUndefined(options ?? {}) };
  for (const [key, value] of Object.entries(retry)) {
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
      throw new TypeError(`createGorgiasClient: \`retry.${key}\` must be a non-negative number, got ${JSON.stringify(value)}.`);
    }
  }
  if (retry.maxAttempts < 1) throw new TypeError("createGorgiasClient: `retry.maxAttempts` must be at least 1.");
  return retry;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** May a call that got `status` be sent again? */
export function isRetryableStatus(status: number, method: string, retryUnsafe: boolean): boolean {
  return RETRYABLE_STATUSES.has(status) && (retryUnsafe || IDEMPOTENT_METHODS.has(method));
}

/** May a call that failed with this network error be sent again? */
export function isRetryableNetworkError(error: unknown, method: string, retryUnsafe: boolean): boolean {
  return retryUnsafe || IDEMPOTENT_METHODS.has(method) || wasNotSent(error);
}

function wasNotSent(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
  }
  return false;
}

/** Exponential backoff with "equal jitter": half of the capped delay fixed, half random. */
export function backoffMs(retry: ResolvedRetry, attempt: number, random: () => number = Math.random): number {
  const capped = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return capped / 2 + random() * (capped / 2);
}

/** Retry-After in seconds (an integer, or an HTTP date), or null. */
export function parseRetryAfter(header: string | null, nowEpochMs: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, (date - nowEpochMs) / 1000);
}
