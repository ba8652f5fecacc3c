import { datetimeMs } from "../engine/api-datetime.js";

/** A comparable key part: numbers and strings compare naturally; null sorts first. */
export type KeyPart = number | string | null;

export interface OrderPart {
  field: string;
  direction: "asc" | "desc";
}

/** A sort order such as `usage:desc,name:desc`, with the record's id breaking ties. */
export interface SortOrder {
  /** The `order_by` value it was parsed from; names the order in cursors and index caches. */
  readonly name: string;
  readonly parts: readonly OrderPart[];
}

/** Ranks of values that sort by meaning rather than alphabetically. */
const RANKS: Record<string, Record<string, number>> = {
  priority: { low: 0, normal: 1, high: 2, critical: 3 },
};

/** Parses an `order_by` value (`created_datetime:desc`, `usage:asc,name:asc`, bare `name`). */
export function parseOrder(orderBy: string): SortOrder {
  const parts = orderBy.split(",").map((part): OrderPart => {
    const [field = "", direction = "asc"] = part.split(":");
    return { field, direction: direction === "desc" ? "desc" : "asc" };
  });
  return { name: orderBy, parts };
}

/** The sort key of a value: datetimes become epoch milliseconds, strings compare case-insensitively. */
export function keyOf(field: string, value: unknown): KeyPart {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const rank = RANKS[field]?.[value];
    if (rank !== undefined) return rank;
    if (field.endsWith("_datetime")) {
      const ms = datetimeMs(value);
      return Number.isNaN(ms) ? null : ms;
    }
    return value.toLowerCase();
  }
  return JSON.stringify(value);
}

export function keysOf(order: SortOrder, record: Record<string, unknown>): KeyPart[] {
  return order.parts.map((p) => keyOf(p.field, fieldValue(record, p.field)));
}

/** A field of the record; a dotted field (`role.name`) reads a nested object. */
function fieldValue(record: Record<string, unknown>, field: string): unknown {
  if (!field.includes(".")) return record[field];
  let value: unknown = record;
  for (const key of field.split(".")) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function comparePart(a: KeyPart, b: KeyPart): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === typeof b) return a < b ? -1 : 1;
  return typeof a === "number" ? -1 : 1;
}

/** Compares two (keys, id) pairs in the order's directions; the id follows the first part's direction. */
export function compareKeys(order: SortOrder, aKeys: readonly KeyPart[], aId: number, bKeys: readonly KeyPart[], bId: number): number {
  for (let i = 0; i < order.parts.length; i++) {
    const c = comparePart(aKeys[i] ?? null, bKeys[i] ?? null);
    if (c !== 0) return order.parts[i]!.direction === "desc" ? -c : c;
  }
  const byId = aId - bId;
  return order.parts[0]?.direction === "desc" ? -byId : byId;
}
