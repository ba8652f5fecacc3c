import type { Store } from "../store/store.js";
import type { TagRecord } from "../store/records.js";

/** The tag with exactly this name (names are case-sensitive), if any. */
export function tagNamed(store: Store, name: string): TagRecord | undefined {
  for (const tag of store.tags.values()) if (tag.name === name) return tag;
  return undefined;
}

/** Ids of the tags with these names, creating the missing ones (as the live API does when tagging by name). */
export function tagIdsForNames(store: Store, names: readonly { name: string; decoration?: { color?: string } | null }[], now: string): number[] {
  return names.map(({ name, decoration }) => {
    const existing = tagNamed(store, name);
    if (existing) return existing.id;
    return store.tags.insert({
      id: store.tags.allocateId(),
      name,
      description: null,
      decoration: decoration ?? null,
      usage: 0,
      created_datetime: now,
      deleted_datetime: null,
    }).id;
  });
}

/**
 * Sets a ticket's tags to `tagIds` (deduplicated, order kept) and keeps every tag's `usage`,
 * the number of tickets carrying it, in step.
 */
export function setTagsOfTicket(store: Store, ticketId: number, tagIds: readonly number[], now: string): void {
  const ticket = store.tickets.get(ticketId);
  if (!ticket) return;
  const next = [...new Set(tagIds)];
  const before = new Set(ticket.tag_ids);
  const after = new Set(next);
  for (const id of before) if (!after.has(id) && store.tags.has(id)) store.tags.update(id, (t) => void (t.usage = Math.max(0, t.usage - 1)));
  for (const id of after) if (!before.has(id) && store.tags.has(id)) store.tags.update(id, (t) => void (t.usage += 1));
  const changed = next.length !== ticket.tag_ids.length || next.some((id, i) => ticket.tag_ids[i] !== id);
  if (changed) {
    store.tickets.update(ticketId, (t) => {
      t.tag_ids = next;
      t.updated_datetime = now;
    });
  }
}
