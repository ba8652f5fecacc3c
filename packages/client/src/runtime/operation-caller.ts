import type { OperationId } from "@gorgias-kit/spec/operations";
import type { ListPromise } from "./list-promise.js";

/** Per-call options, the last argument of every resource method. */
export interface CallOptions {
  /** Aborts the call, including waits for the rate limiter, a token refresh and between retries. */
  signal?: AbortSignal;
  /**
   * Retry this call after a network error or 5xx even though it is a POST, which may already have
   * been processed (and, for a message, sent to the customer).
   * @default false
   */
  retryUnsafe?: boolean;
  /** Extra request headers; a name or value HTTP does not allow is refused before sending. */
  headers?: Record<string, string>;
  /**
   * Repeat an update or delete of a merged customer on the surviving record when the API answers
   * `301`, instead of throwing `MovedPermanentlyError`. Only for operations whose spec documents that
   * redirect (`customers.update`, `customers.delete`); reads follow it anyway. Consent with care: the
   * write then changes (or deletes) the record the merged one became.
   * @default false
   */
  followMergedCustomer?: boolean;
}

/**
 * The `params` of any operation, as `client.call` takes them: each path and query parameter by name,
 * the request body under `body`. Resource methods take the same shape, typed per operation.
 */
export type OperationParams = { readonly body?: unknown } & Readonly<Record<string, unknown>>;

/** Where a followed redirect came from, such as a merged customer's id answering 301. */
export interface RedirectedFrom {
  /** The path that was requested. */
  readonly path: string;
  /** The path the data was read from (a full URL when it is on another origin). */
  readonly location: string;
  /** The spec's explanation of the redirect. */
  readonly reason: string;
}

/**
 * Results of reads that can be redirected carry a non-enumerable `redirectedFrom` when the client
 * followed a redirect, for example to the surviving record of a merged customer. It is absent otherwise,
 * and is never serialised (it stays out of `JSON.stringify` and spreads).
 */
export interface Redirected {
  readonly redirectedFrom?: RedirectedFrom;
}

/**
 * The answer of an operation that succeeds with a redirect (`files.download`'s 307): the signed,
 * time-limited URL of the bytes. The client returns it rather than following it, so the API's
 * credentials never reach the URL's host; fetch it without them (`await fetch(url)`).
 */
export interface SignedUrl {
  readonly url: string;
}

/** What the generated resource methods call: the hand-written runtime implements it. */
export interface OperationCaller {
  call<T>(operationId: OperationId, params: OperationParams | undefined, options?: CallOptions): Promise<T>;
  /** A paged list (the operation table's `pagination` is not `none`): its first page, iterable over every item. */
  list<TItem, TPage>(operationId: OperationId, params: OperationParams | undefined, options?: CallOptions): ListPromise<TItem, TPage>;
}
