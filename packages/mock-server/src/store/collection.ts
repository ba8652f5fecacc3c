import { SortedIndex } from "./sorted-index.js";
import { parseOrder } from "./sort-order.js";

/** One kind of record (tickets, customers, …) by id, with the sorted indexes its lists use. */
export class Collection<T extends { id: number }> {
  private readonly records = new Map<number, T>();
  private readonly indexes = new Map<string, SortedIndex<T>>();
  /** The id the next insert gets; ids are never reused. */
  nextId = 1;
  /** Bumped by every insert, update and delete: what derived values of other records depend on. */
  revision = 0;
  /** Values derived from one record (its serialized JSON), dropped when the record changes. */
  private readonly derived = new Map<string, WeakMap<T, { key: string; value: unknown }>>();

  constructor(readonly name: string) {}

  get size(): number {
    return this.records.size;
  }

  get(id: number): T | undefined {
    return this.records.get(id);
  }

  has(id: number): boolean {
    return this.records.has(id);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  /** Reserves an id without inserting, for records built in several steps. */
  allocateId(): number {
    return this.nextId++;
  }

  /** Inserts a record; it must carry an id from allocateId() or a free explicit id. */
  insert(record: T): T {
    if (this.records.has(record.id)) throw new Error(`${this.name} ${record.id} already exists.`);
    this.records.set(record.id, record);
    if (record.id >= this.nextId) this.nextId = record.id + 1;
    for (const index of this.indexes.values()) index.insert(record);
    this.revision++;
    return record;
  }

  /** Changes a record in place; every index is kept in order. Mutate records only through here. */
  update(id: number, mutate: (record: T) => void): T {
    const record = this.records.get(id);
    if (!record) throw new Error(`${this.name} ${id} does not exist.`);
    for (const index of this.indexes.values()) index.remove(id);
    mutate(record);
    for (const index of this.indexes.values()) index.insert(record);
    for (const cache of this.derived.values()) cache.delete(record);
    this.revision++;
    return record;
  }

  delete(id: number): T | undefined {
    const record = this.records.get(id);
    if (!record) return undefined;
    this.records.delete(id);
    for (const index of this.indexes.values()) index.remove(id);
    this.revision++;
    return record;
  }

  /** The records sorted by an `order_by` value; built on first use, then maintained. */
  sorted(orderBy: string): SortedIndex<T> {
    let index = this.indexes.get(orderBy);
    if (!index) {
      index = new SortedIndex(parseOrder(orderBy), this.records.values());
      this.indexes.set(orderBy, index);
    }
    return index;
  }

  /**
   * A value derived from a record, computed once and kept until the record changes or `key`
   * (which names what else the value depends on) differs.
   */
  memo<V>(record: T, view: string, key: string, compute: () => V): V {
    let cache = this.derived.get(view);
    if (!cache) {
      cache = new WeakMap();
      this.derived.set(view, cache);
    }
    const hit = cache.get(record);
    if (hit && hit.key === key) return hit.value as V;
    const value = compute();
    cache.set(record, { key, value });
    return value;
  }

  /** Replaces every record (state import, reset). */
  load(records: Iterable<T>, nextId: number): void {
    this.records.clear();
    this.indexes.clear();
    this.derived.clear();
    this.revision++;
    for (const record of records) this.records.set(record.id, record);
    let max = 0;
    for (const id of this.records.keys()) if (id > max) max = id;
    this.nextId = Math.max(nextId, max + 1);
  }
}
