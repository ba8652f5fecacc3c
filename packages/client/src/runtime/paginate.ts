import { GorgiasError } from "./errors.js";
import type { CallArgs, PageIterator } from "./operation-caller.js";

interface ListPage {
  data?: unknown;
  meta?: { next_cursor?: string | null } | null;
}

/**
 * Walks a cursor list: asks for a page, yields it, follows `meta.next_cursor` until it is absent.
 * Only the current page is held, so memory stays flat however long the list is.
 */
export function paginate<TItem, TPage>(
  operationId: string,
  args: CallArgs,
  fetchPage: (args: CallArgs) => Promise<TPage>,
): PageIterator<TItem, TPage> {
  async function* pages(): AsyncGenerator<TPage> {
    let cursor = (args.query as { cursor?: string } | undefined)?.cursor;
    for (;;) {
      const query = cursor === undefined ? args.query : { ...args.query, cursor };
      const page = await fetchPage({ ...args, query });
      const list = page as ListPage;
      if (!Array.isArray(list?.data)) {
        throw new GorgiasError(`${operationId} answered without the list envelope's \`data\` array; it cannot be paged.`);
      }
      yield page;
      const next = list.meta?.next_cursor;
      if (next === undefined || next === null || next === "") return;
      if (next === cursor) throw new GorgiasError(`${operationId} returned the same next_cursor twice ("${next}"); stopping to avoid an endless loop.`);
      cursor = next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* (page as ListPage).data as TItem[];
    },
  };
}
