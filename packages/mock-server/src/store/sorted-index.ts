import { compareKeys, keysOf, type KeyPart, type SortOrder } from "./sort-order.js";

interface Entry<T> {
  keys: KeyPart[];
  id: number;
  record: T;
}

/**
 * Records kept sorted by one order, maintained on every insert, update and delete, so a page of
 * a large list costs a binary search and a short walk instead of a sort.
 */
export class SortedIndex<T extends { id: number }> {
  private readonly entries: Entry<T>[] = [];
  private readonly byId = new Map<number, Entry<T>>();

  constructor(readonly order: SortOrder, records: Iterable<T>) {
    for (const record of records) {
      const entry = { keys: keysOf(order, record as Record<string, unknown>), id: record.id, record };
      this.entries.push(entry);
      this.byId.set(record.id, entry);
    }
    this.entries.sort((a, b) => compareKeys(order, a.keys, a.id, b.keys, b.id));
  }

  get size(): number {
    return this.entries.length;
  }

  at(position: number): T | undefined {
    return this.entries[position]?.record;
  }

  keysAt(position: number): KeyPart[] | undefined {
    return this.entries[position]?.keys;
  }

  /** Position of the first entry that sorts after (keys, id). */
  positionAfter(keys: readonly KeyPart[], id: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const e = this.entries[mid]!;
      if (compareKeys(this.order, e.keys, e.id, keys, id) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Position of the first entry that sorts at or after (keys, id). */
  positionOf(keys: readonly KeyPart[], id: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const e = this.entries[mid]!;
      if (compareKeys(this.order, e.keys, e.id, keys, id) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(record: T): void {
    const entry = { keys: keysOf(this.order, record as Record<string, unknown>), id: record.id, record };
    this.entries.splice(this.positionOf(entry.keys, entry.id), 0, entry);
    this.byId.set(record.id, entry);
  }

  remove(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    const position = this.positionOf(entry.keys, entry.id);
    if (this.entries[position] === entry) this.entries.splice(position, 1);
    this.byId.delete(id);
  }
}
