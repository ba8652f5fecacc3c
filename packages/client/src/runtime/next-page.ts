import type { OperationEntry } from "@gorgias-kit/spec/operations";
import { InvalidResponseError } from "./errors.js";

/** Where the next page of a list is: the query parameters to add to the list's own for it. */
export interface NextPage {
  /** The cursor the next page is read from; a cursor seen twice in one walk is a cycle. */
  readonly cursor: string;
  /** Query parameters that ask for the next page, sent over the caller's own. */
  readonly query: Readonly<Record<string, string>>;
  /** The meta field the cursor came from, as errors name it. */
  readonly field: string;
}

/** A relative URL is resolved against this base only to read its query; nothing is sent to it. */
const RELATIVE_BASE = "http://relative.invalid";

/**
 * The next page of `page`, read the way the operation's pagination kind says (the operation
 * table's `pagination`): `cursor` lists give `meta.next_cursor`; `view-items` lists give
 * `meta.next_items`, a relative URL whose `cursor` and `direction` query parameters ask for the
 * next page. Null on the last page.
 */
export function nextPageOf(op: OperationEntry, page: { meta?: unknown }): NextPage | null {
  const meta = page.meta !== null && typeof page.meta === "object" ? (page.meta as Record<string, unknown>) : {};
  if (op.pagination === "view-items") return nextItemsPage(op, meta.next_items);
  const next = meta.next_cursor;
  if (next === undefined || next === null || next === "") return null;
  return { cursor: String(next), query: { cursor: String(next) }, field: "next_cursor" };
}

function nextItemsPage(op: OperationEntry, link: unknown): NextPage | null {
  if (link === undefined || link === null || link === "") return null;
  const refuse = (problem: string) => new InvalidResponseError({ operationId: op.id, method: op.method, path: op.path }, `answered a meta.next_items ${problem}; the next page cannot be found`);
  if (typeof link !== "string") throw refuse(`that is not a string (${JSON.stringify(link)})`);
  let url: URL;
  try {
    url = new URL(link, RELATIVE_BASE);
  } catch {
    throw refuse(`that is not a URL (${JSON.stringify(link)})`);
  }
  const cursor = url.searchParams.get("cursor");
  if (!cursor) throw refuse(`without a cursor query parameter (${JSON.stringify(link)})`);
  // Following next_items always moves forward, whatever direction the walk started with.
  return { cursor, query: { cursor, direction: url.searchParams.get("direction") || "next" }, field: "next_items cursor" };
}
