import { compareKeys, keysOf, type KeyPart, type SortOrder } from "./sort-order.js";

interface Entry<T> {
  keys: KeyPart[];
  id: number;
  record: T;
}

/**
 * Records kept sorted by one order, maintained on every insert, update and delete, so a page of
 * a large list costs a binary search and a short walk instead of a sort.
 *
 * Positions are in the order's own direction. Internally, an order that starts descending is
 * stored ascending and read from the end, so the usual write (a record newer than all others)
 * appends instead of shifting the whole array.
 */
export class SortedIndex<T extends { id: number }> {
  private readonly entries: Entry<T>[] = [];
  private readonly byId = new Map<number, Entry<T>>();
  private readonly reversed: boolean;

  constructor(readonly order: SortOrder, records: Iterable<T>) {
    this.reversed = order.parts[0]?.direction === "desc";
    for (const record of records) {
      const entry = { keys: keysOf(order, record as Record<string, unknown>), id: record.id, record };
      this.entries.push(entry);
      this.byId.set(record.id, entry);
    }
    this.entries.sort((a, b) => this.compare(a.keys, a.id, b.keys, b.id));
  }

  /** Internal comparison: the order's, or its reverse for orders stored back to front. */
  private compare(aKeys: readonly KeyPart[], aId: number, bKeys: readonly KeyPart[], bId: number): number {
    const c = compareKeys(this.order, aKeys, aId, bKeys, bId);
    return this.reversed ? -c : c;
  }

  /** Internal index of the first entry comparing >= (strict=false) or > (strict=true) to (keys, id). */
  private bound(keys: readonly KeyPart[], id: number, strict: boolean): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const e = this.entries[mid]!;
      const c = this.compare(e.keys, e.id, keys, id);
      if (c < 0 || (strict && c === 0)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  get size(): number {
    return this.entries.length;
  }

  at(position: number): T | undefined {
    if (position < 0 || position >= this.entries.length) return undefined;
    return this.entries[this.reversed ? this.entries.length - 1 - position : position]!.record;
  }

  /** Position of the first record that sorts after (keys, id). */
  positionAfter(keys: readonly KeyPart[], id: number): number {
    return this.reversed ? this.entries.length - this.bound(keys, id, false) : this.bound(keys, id, true);
  }

  /** Position of the first record that sorts at or after (keys, id). */
  positionOf(keys: readonly KeyPart[], id: number): number {
    return this.reversed ? this.entries.length - this.bound(keys, id, true) : this.bound(keys, id, false);
  }

  insert(record: T): void {
    const entry = { keys: keysOf(this.order, record as Record<string, unknown>), id: record.id, record };
    const at = this.bound(entry.keys, entry.id, true);
    if (at === this.entries.length) this.entries.push(entry);
    else this.entries.splice(at, 0, entry);
    this.byId.set(record.id, entry);
  }

  remove(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    const at = this.bound(entry.keys, entry.id, false);
    if (this.entries[at] === entry) {
      if (at === this.entries.length - 1) this.entries.pop();
      else this.entries.splice(at, 1);
    }
    this.byId.delete(id);
  }
}
