import type { SortedIndex } from "../store/sorted-index.js";
import { keysOf, type KeyPart } from "../store/sort-order.js";
import { invalid } from "./api-error.js";

export interface ListMeta {
  prev_cursor: string | null;
  next_cursor: string | null;
}

export interface PageQuery {
  limit: number;
  cursor?: string;
  /** Overrides the cursor's own direction (`listViewItems` takes it explicitly). */
  direction?: "next" | "prev";
  /**
   * Where the list's cursors come from, as a refused cursor's error names it.
   * @default "meta.next_cursor or meta.prev_cursor"
   */
  cursorSource?: string;
}

interface Boundary {
  direction: "next" | "prev";
  id: number;
  keys: KeyPart[];
}

/**
 * Opaque keyset cursor: the sort order, a direction and the (keys, id) of the boundary record.
 * Records added or removed while paging never shift a page, because the cursor names a position
 * in the order rather than an offset.
 */
export function encodeCursor(order: string, direction: "next" | "prev", id: number, keys: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify([order, direction === "next" ? "n" : "p", id, ...keys])).toString("base64url");
}

function decodeCursor(cursor: string, order: string, source: string): Boundary {
  const notACursor = () => invalid({ cursor: `Not a cursor from ${source}.` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(parsed) || parsed.length < 3 || (parsed[1] !== "n" && parsed[1] !== "p") || !Number.isInteger(parsed[2])) {
    throw notACursor();
  }
  if (parsed[0] !== order) throw invalid({ cursor: `This cursor was issued for order_by=${String(parsed[0])}; page with the same order_by.` });
  const keys = parsed.slice(3);
  if (!keys.every((k) => k === null || typeof k === "number" || typeof k === "string")) throw notACursor();
  return { direction: parsed[1] === "n" ? "next" : "prev", id: parsed[2] as number, keys: keys as KeyPart[] };
}

/** One page of the records of `index` that `matches`, with cursors to the neighbouring pages. */
export function paginate<T extends { id: number }>(index: SortedIndex<T>, matches: (record: T) => boolean, query: PageQuery): { items: T[]; meta: ListMeta } {
  const order = index.order;
  const cursorOf = (record: T, direction: "next" | "prev") => encodeCursor(order.name, direction, record.id, keysOf(order, record as Record<string, unknown>));
  const anyMatch = (from: number, step: 1 | -1): boolean => {
    for (let i = from; i >= 0 && i < index.size; i += step) if (matches(index.at(i)!)) return true;
    return false;
  };

  const boundary = query.cursor ? decodeCursor(query.cursor, order.name, query.cursorSource ?? "meta.next_cursor or meta.prev_cursor") : null;
  const direction = query.direction ?? boundary?.direction ?? "next";
  const items: T[] = [];

  if (direction === "next") {
    const start = boundary ? index.positionAfter(boundary.keys, boundary.id) : 0;
    let i = start;
    for (; i < index.size && items.length < query.limit; i++) {
      const record = index.at(i)!;
      if (matches(record)) items.push(record);
    }
    const last = items[items.length - 1];
    const first = items[0];
    return {
      items,
      meta: {
        next_cursor: last && anyMatch(i, 1) ? cursorOf(last, "next") : null,
        prev_cursor: boundary && anyMatch(start - 1, -1) ? (first ? cursorOf(first, "prev") : encodeCursor(order.name, "prev", boundary.id, boundary.keys)) : null,
      },
    };
  }

  const end = boundary ? index.positionOf(boundary.keys, boundary.id) : index.size;
  let i = end - 1;
  for (; i >= 0 && items.length < query.limit; i--) {
    const record = index.at(i)!;
    if (matches(record)) items.push(record);
  }
  items.reverse();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    meta: {
      prev_cursor: first && anyMatch(i, -1) ? cursorOf(first, "prev") : null,
      next_cursor: anyMatch(end, 1) ? (last ? cursorOf(last, "next") : boundary ? encodeCursor(order.name, "next", boundary.id, boundary.keys) : null) : null,
    },
  };
}
