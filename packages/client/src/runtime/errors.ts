import { apiErrors } from "../generated/errors.gen.js";

/** Which call failed: the operation (when known), the HTTP method and the request path (no query string). */
export interface CallContext {
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
}

/** Base class of every error the client throws. */
export class GorgiasError extends Error {
  override name = "GorgiasError";
}

function label(context: CallContext): string {
  return context.operationId ? `${context.operationId} (${context.method} ${context.path})` : `${context.method} ${context.path}`;
}

/** "BadRequest" → "Bad Request". */
function title(status: number): string {
  const name = apiErrors[status]?.name;
  return name ? name.replace(/([a-z])([A-Z])/g, "$1 $2") : `HTTP ${status}`;
}

/** What the spec says a status means and what to do about it; 5xx without an entry use the 500 advice. */
export function whatToDo(status: number): string {
  return apiErrors[status]?.description ?? (status >= 500 ? (apiErrors[500]?.description ?? "") : "");
}

/** The `error.msg` of the API's error body `{"error": {"msg": ...}}`, when there is one. */
function apiMessageOf(body: unknown): string | null {
  const error = (body as { error?: { msg?: unknown } } | null)?.error;
  return typeof error?.msg === "string" ? error.msg : null;
}

export interface ApiErrorDetails {
  readonly context: CallContext;
  readonly status: number;
  /** The parsed response body (or its text when it is not JSON). */
  readonly body: unknown;
  /** Added to the message after the spec's advice. */
  readonly hint?: string;
}

/** The API answered with an error status. Subclasses exist for each status of the guide's table. */
export class GorgiasApiError extends GorgiasError {
  override name = "GorgiasApiError";
  readonly status: number;
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  /** The API's own message (`error.msg`), or null. */
  readonly apiMessage: string | null;
  readonly body: unknown;
  /** The spec's explanation of the status and what to do. */
  readonly whatToDo: string;

  constructor(details: ApiErrorDetails) {
    const apiMessage = apiMessageOf(details.body);
    const advice = whatToDo(details.status);
    const parts = [`${label(details.context)} failed with ${details.status} ${title(details.status)}.`];
    if (apiMessage) parts.push(`Gorgias says: "${apiMessage}"${/[.!?]$/.test(apiMessage) ? "" : "."}`);
    if (advice) parts.push(advice);
    if (details.hint) parts.push(details.hint);
    super(parts.join(" "));
    this.status = details.status;
    this.operationId = details.context.operationId;
    this.method = details.context.method;
    this.path = details.context.path;
    this.apiMessage = apiMessage;
    this.body = details.body;
    this.whatToDo = advice;
  }
}

/** 400: a missing, invalid or unknown parameter or field. `fieldErrors` maps fields to messages (`error.data`). */
export class BadRequestError extends GorgiasApiError {
  override name = "BadRequestError";
  readonly fieldErrors: Readonly<Record<string, unknown>> | null;
  constructor(details: ApiErrorDetails) {
    const data = (details.body as { error?: { data?: unknown } } | null)?.error?.data;
    const fieldErrors = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    const fields = fieldErrors ? Object.keys(fieldErrors) : [];
    super({ ...details, hint: fields.length > 0 ? `Fields: ${fields.join(", ")}.` : details.hint });
    this.fieldErrors = fieldErrors;
  }
}

/** 401: the API key or token is missing, invalid or expired (and could not be refreshed). */
export class AuthenticationError extends GorgiasApiError {
  override name = "AuthenticationError";
}

/** 403: the credential lacks permission; `missingScope` names the OAuth scope the operation needs, when known. */
export class ForbiddenError extends GorgiasApiError {
  override name = "ForbiddenError";
  readonly missingScope: string | null;
  constructor(details: ApiErrorDetails & { readonly missingScope: string | null }) {
    super({ ...details, hint: details.missingScope ? `This operation needs the OAuth scope ${details.missingScope}.` : details.hint });
    this.missingScope = details.missingScope;
  }
}

/** 404: the resource does not exist. */
export class NotFoundError extends GorgiasApiError {
  override name = "NotFoundError";
}

/** 409: a duplicate identifier. */
export class ConflictError extends GorgiasApiError {
  override name = "ConflictError";
}

/** 413: the payload is too large. */
export class PayloadTooLargeError extends GorgiasApiError {
  override name = "PayloadTooLargeError";
}

/** 429 that the client could not absorb: retries or the deadline ran out. `retryAfter` is in seconds. */
export class RateLimitError extends GorgiasApiError {
  override name = "RateLimitError";
  readonly retryAfter: number | null;
  constructor(details: ApiErrorDetails & { readonly retryAfter: number | null }) {
    super(details);
    this.retryAfter = details.retryAfter;
  }
}

/** 500 and other 5xx, after the retries the method allows. */
export class ServerError extends GorgiasApiError {
  override name = "ServerError";
}

/**
 * A write to a record that moved (a merged customer answers 301 to an update or delete): the client
 * follows redirects for reads, and for a write only with the caller's consent.
 */
export class MovedPermanentlyError extends GorgiasApiError {
  override name = "MovedPermanentlyError";
  /** The `Location` the API pointed to. */
  readonly location: string | null;
  constructor(
    details: ApiErrorDetails & { readonly location: string | null; readonly reason: string | null; readonly consentOption?: boolean },
  ) {
    const where = details.location ? ` It now lives at ${details.location}.` : "";
    const next = details.consentOption
      ? "The client follows redirects only for reads: repeat the write on the surviving record, or pass { followMergedCustomer: true } to have it repeated there."
      : "The client follows redirects only for reads: repeat the write on the surviving record.";
    super({ ...details, hint: `${details.reason ?? "The resource moved."}${where} ${next}` });
    this.location = details.location;
  }
}

/** 405: the path does not take this method; `allow` lists the methods it takes (the `Allow` header). */
export class MethodNotAllowedError extends GorgiasApiError {
  override name = "MethodNotAllowedError";
  readonly allow: readonly string[];
  constructor(details: ApiErrorDetails & { readonly allow: string | null }) {
    const allow = (details.allow ?? "").split(",").map((m) => m.trim()).filter(Boolean);
    super({ ...details, hint: allow.length > 0 ? `This path takes ${allow.join(", ")}.` : details.hint });
    this.allow = allow;
  }
}

/** 415: the body was not sent as JSON (`Content-Type` missing or not `application/json`). */
export class UnsupportedMediaTypeError extends GorgiasApiError {
  override name = "UnsupportedMediaTypeError";
}

const BY_STATUS: Record<number, typeof GorgiasApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
};

/** The error for an API error status (403, 405 and 429 take their extra field). */
export function apiErrorFor(
  details: ApiErrorDetails & { readonly missingScope?: string | null; readonly retryAfter?: number | null; readonly allow?: string | null },
): GorgiasApiError {
  if (details.status === 403) return new ForbiddenError({ ...details, missingScope: details.missingScope ?? null });
  if (details.status === 405) return new MethodNotAllowedError({ ...details, allow: details.allow ?? null });
  if (details.status === 429) return new RateLimitError({ ...details, retryAfter: details.retryAfter ?? null });
  if (details.status >= 500) return new ServerError(details);
  const ErrorClass = BY_STATUS[details.status] ?? GorgiasApiError;
  return new ErrorClass(details);
}

/**
 * The request never got a complete answer (connection refused or reset, DNS failure, a connection
 * that broke while the response body was read…) and could not be retried.
 */
export class NetworkError extends GorgiasError {
  override name = "NetworkError";
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  constructor(context: CallContext, reason: string, options?: { cause?: unknown; whileReadingBody?: boolean }) {
    const what = options?.whileReadingBody ? "lost the connection while reading the response body" : "got no response";
    super(`${label(context)} ${what}: ${reason}.`, options);
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** The call's total deadline (`retry.deadlineMs`) passed, rate-limit waits, retries and reading the response included. */
export class DeadlineExceededError extends GorgiasError {
  override name = "DeadlineExceededError";
  readonly deadlineMs: number;
  constructor(context: CallContext, deadlineMs: number) {
    super(`${label(context)} did not finish within its ${deadlineMs} ms deadline (waits for the rate limit, retries and reading the response included). Raise retry.deadlineMs or pass a longer-lived signal.`);
    this.deadlineMs = deadlineMs;
  }
}

/** The granted OAuth scopes lack the one this call needs; nothing was sent. */
export class MissingScopeError extends GorgiasError {
  override name = "MissingScopeError";
  readonly operationId: string;
  readonly missingScope: string;
  readonly grantedScopes: readonly string[];
  constructor(context: CallContext, missingScope: string, grantedScopes: readonly string[]) {
    super(
      `${label(context)} needs the OAuth scope ${missingScope}, which this token was not granted (granted: ${grantedScopes.length > 0 ? grantedScopes.join(" ") : "none"}). ` +
        `Add ${missingScope} to the scopes the OAuth app requests and have the user authorize again, or use a credential with access to the resource. Nothing was sent.`,
    );
    this.operationId = context.operationId ?? "";
    this.missingScope = missingScope;
    this.grantedScopes = grantedScopes;
  }
}

/**
 * Refreshing the OAuth access token at the token endpoint failed. When the endpoint ended the grant
 * (400 `invalid_grant` or 401) every later call fails the same way; after any other failure (a
 * network error, a 5xx, a 429…) the next call that gets a 401 asks again.
 */
export class TokenRefreshError extends GorgiasError {
  override name = "TokenRefreshError";
  readonly status: number | null;
  /** True when the token endpoint ended the grant: only authorizing the app again helps. */
  readonly grantEnded: boolean;
  constructor(reason: string, status: number | null, options?: { cause?: unknown; grantEnded?: boolean }) {
    const grantEnded = options?.grantEnded ?? false;
    const next = grantEnded
      ? "Authorize the app again to get a new refresh token."
      : "The grant still stands: the next call that gets a 401 tries the refresh again.";
    super(`Refreshing the OAuth access token failed: ${reason}. ${next}`, options);
    this.status = status;
    this.grantEnded = grantEnded;
  }
}

/** A response body was larger than the client's `maxResponseBytes`: the client stopped reading it and closed the connection. */
export class ResponseTooLargeError extends GorgiasError {
  override name = "ResponseTooLargeError";
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  /** The limit that was passed, in bytes. */
  readonly maxBytes: number;
  constructor(context: CallContext, maxBytes: number) {
    super(
      `${label(context)}: the response body exceeds ${maxBytes} bytes, the client's maxResponseBytes; the client stopped reading it. ` +
        "Ask for less (a smaller `limit` on a list), or raise maxResponseBytes if such a body is expected.",
    );
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
    this.maxBytes = maxBytes;
  }
}

/** A read was redirected more times than the client follows (a redirect loop); the client stopped following. */
export class TooManyRedirectsError extends GorgiasError {
  override name = "TooManyRedirectsError";
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  /** How many redirects the client follows for one request. */
  readonly maxRedirects: number;
  /** Where the redirect that was not followed pointed (a full URL when on another origin). */
  readonly location: string;
  constructor(context: CallContext, maxRedirects: number, location: string) {
    super(
      `${label(context)} was redirected more than ${maxRedirects} times (last to ${location}); the client stopped following. ` +
        "The server is likely in a redirect loop: read the record at its final location, or report the loop to Gorgias.",
    );
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
    this.maxRedirects = maxRedirects;
    this.location = location;
  }
}

/**
 * An argument of the call is invalid (a missing path parameter, an unknown parameter, a header value
 * fetch cannot send, a bad option): the client refused it before sending anything.
 */
export class InvalidRequestError extends GorgiasError {
  override name = "InvalidRequestError";
}

/** A success response the client cannot use: its body is not JSON, or a list page lacks the envelope's `data` array. */
export class InvalidResponseError extends GorgiasError {
  override name = "InvalidResponseError";
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  constructor(context: CallContext, problem: string, options?: { cause?: unknown }) {
    super(`${label(context)} ${problem}.`, options);
    this.operationId = context.operationId;
    this.method = context.method;
    this.path = context.path;
  }
}

/** A paged list handed back a cursor it had already given (A → B → A): following it would never end. */
export class PaginationCycleError extends GorgiasError {
  override name = "PaginationCycleError";
  readonly operationId: string;
  /** The cursor that came back. */
  readonly cursor: string;
  /** `field` names the meta field the cursor came from (`next_items cursor` for a view's items). */
  constructor(operationId: string, cursor: string, field = "next_cursor") {
    super(`${operationId} returned the ${field} "${cursor}" a second time: its pages form a cycle, so the client stopped instead of looping forever.`);
    this.operationId = operationId;
    this.cursor = cursor;
  }
}

/** `toArray({ limit })` met more items than its limit: nothing is returned rather than an unbounded array. */
export class ListTooLongError extends GorgiasError {
  override name = "ListTooLongError";
  readonly operationId: string;
  /** The limit that was passed. */
  readonly limit: number;
  constructor(operationId: string, limit: number) {
    super(`${operationId} has more than ${limit} items, the toArray limit. Iterate with \`for await\` (one page in memory at a time), narrow the list, or pass a larger \`limit\`.`);
    this.operationId = operationId;
    this.limit = limit;
  }
}
