import type { OperationId } from "../generated/operations.gen.js";

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

/** Async iterator over every item of a cursor list; `.pages()` iterates whole pages instead. */
export interface PageIterator<TItem, TPage> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

/** What the generated resource methods call: the hand-written runtime implements it. */
export interface OperationCaller {
  call<T>(operationId: OperationId, args: CallArgs, options?: CallOptions): Promise<T>;
  paginate<TItem, TPage>(operationId: OperationId, args: CallArgs, options?: CallOptions): PageIterator<TItem, TPage>;
}
