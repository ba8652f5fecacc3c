import type { OperationEntry } from "@gorgias-kit/spec/operations";
import { InvalidRequestError, InvalidResponseError, ListTooLongError, PaginationCycleError } from "./errors.js";
import { nextPageOf, type NextPage } from "./next-page.js";

/** The list envelope every paged list answers with; its `meta` says where the next page is. */
interface ListPage {
  data?: unknown;
  meta?: unknown;
}

/** Bounds of {@link ListPromise.toArray}. */
export interface ToArrayOptions {
  /**
   * The most items to collect. A list with more throws a `ListTooLongError` instead of loading them
   * all: page with `for await` to handle longer lists in constant memory.
   * @default 10000
   */
  limit?: number;
}

/** The default cap of {@link ListPromise.toArray}. */
export const DEFAULT_TO_ARRAY_LIMIT = 10_000;

/**
 * What a list method returns: a promise of its first page that is also async-iterable over every
 * item of every page (`for await (const t of client.tickets.list({ limit: 100 }))`), following
 * the next page the operation's pagination names: `meta.next_cursor`, or `meta.next_items` for a
 * view's items. `.pages()` iterates whole pages, `.toArray()` collects a bounded list.
 *
 * The first page is requested once, when the method is called: awaiting the promise and iterating
 * both read that one response. Only the current page is held while iterating.
 */
export class ListPromise<TItem, TPage> implements Promise<TPage>, AsyncIterable<TItem> {
  readonly #first: Promise<TPage>;

  constructor(
    private readonly op: OperationEntry,
    private readonly startCursor: string | undefined,
    /** Asks for the page these query parameters name (the first page when undefined). */
    private readonly fetchPage: (next: Readonly<Record<string, string>> | undefined) => Promise<TPage>,
  ) {
    this.#first = fetchPage(undefined);
  }

  readonly [Symbol.toStringTag] = "ListPromise";

  then<R1 = TPage, R2 = never>(
    onFulfilled?: ((page: TPage) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#first.then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<TPage | R> {
    return this.#first.catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<TPage> {
    return this.#first.finally(onFinally);
  }

  /** Every page, the first one included, until there is no next page (`meta.next_cursor` or `meta.next_items` absent). */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    // Every cursor already asked for: a cursor seen again is a cycle (A → B → A), which would never end.
    const seen = new Set<string>();
    if (this.startCursor !== undefined) seen.add(this.startCursor);
    let page = await this.#first;
    for (;;) {
      // The link is read before the caller sees the page, but a malformed one is reported only
      // after it: the items that came with it are not lost.
      const list = this.#checked(page);
      const next = readNext(() => nextPageOf(this.op, list));
      yield page;
      if (next instanceof Error) throw next;
      if (next === null) return;
      if (seen.has(next.cursor)) throw new PaginationCycleError(this.op.id, next.cursor, next.field);
      seen.add(next.cursor);
      page = await this.fetchPage(next.query);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.pages()) yield* (page as ListPage).data as TItem[];
  }

  /** Every item in one array, refusing (with a `ListTooLongError`) a list longer than `limit`. */
  async toArray(options?: ToArrayOptions): Promise<TItem[]> {
    const limit = options?.limit ?? DEFAULT_TO_ARRAY_LIMIT;
    if (!Number.isInteger(limit) || limit < 0) {
      throw new InvalidRequestError(`${this.op.id}: toArray's \`limit\` must be a non-negative integer, got ${JSON.stringify(limit)}.`);
    }
    const items: TItem[] = [];
    for await (const item of this) {
      if (items.length === limit) throw new ListTooLongError(this.op.id, limit);
      items.push(item);
    }
    return items;
  }

  #checked(page: TPage): ListPage {
    const list = page as ListPage;
    if (!Array.isArray(list?.data)) throw new InvalidResponseError({ operationId: this.op.id, method: this.op.method, path: this.op.path }, "answered without the list envelope's `data` array; it cannot be paged");
    return list;
  }
}

/** The next page, or the InvalidResponseError that reading it raised (any other error is thrown). */
function readNext(read: () => NextPage | null): NextPage | null | InvalidResponseError {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidResponseError) return error;
    throw error;
  }
}
