import type { OperationId } from "@gorgias-kit/spec/operations";

/** Per-call options accepted by every resource method. */
export interface CallOptions {
  /** Aborts the call, including waits for the rate limiter and between retries. */
  signal?: AbortSignal;
  /**
   * Retry this call after a network error or 5xx even though it is a POST, which may already have
   * been processed (and, for a message, sent to the customer).
   * @default false
   */
  retryUnsafe?: boolean;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Path, query and body of one operation call. */
export interface CallArgs {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

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

/** Async iterator over every item of a cursor list; `.pages()` iterates whole pages instead. */
export interface PageIterator<TItem, TPage> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

/** What the generated resource methods call: the hand-written runtime implements it. */
export interface OperationCaller {
  call<T>(operationId: OperationId, args: CallArgs, options?: CallOptions): Promise<T>;
  paginate<TItem, TPage>(operationId: OperationId, args: CallArgs, options?: CallOptions): PageIterator<TItem, TPage>;
}
