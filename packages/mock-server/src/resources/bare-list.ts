import { paginate } from "../engine/pagination.js";
import type { SortedIndex } from "../store/sorted-index.js";
import { orderOf } from "./list-envelope.js";
import type { OperationEntry } from "@gorgias-kit/spec/operations";

/** What a bare-array list reads of its context. */
interface BareListContext {
  readonly operation: OperationEntry;
  readonly uri: string;
  readonly query: { readonly limit: number; readonly cursor?: string; readonly order_by?: string };
}

/**
 * The records of a list the docs answer with a bare JSON array (teams, widgets, rules,
 * satisfaction surveys): `limit` records from `cursor`, in `order_by` order. The array has no
 * room for a next cursor, so only a cursor of another list moves the start.
 */
export function bareListPage<T extends { id: number }>(ctx: BareListContext, sorted: (order: string) => SortedIndex<T>, matches: (record: T) => boolean): T[] {
  const order = orderOf(ctx);
  return paginate(sorted(order), matches, { limit: ctx.query.limit, ...(ctx.query.cursor ? { cursor: ctx.query.cursor } : {}) }).items;
}
