import type { GorgiasClient } from "@gorgias-kit/client";
import { matchingTags, type TagRule } from "./tag-rules.js";

export interface AutoTagOptions {
  /**
   * Tickets per page while listing.
   * @default 30
   */
  pageSize?: number;
}

export interface AutoTagResult {
  /** Tickets listed, open or not. */
  ticketsSeen: number;
  openTickets: number;
  /** The tickets tagged, each with the tags it was given (tags it already had are not sent). */
  tagged: { ticketId: number; tags: string[] }[];
}

/**
 * Walks every ticket (page after page), reads the messages of each open one and adds the tags
 * whose keywords its subject or messages mention.
 */
export async function autoTag(client: GorgiasClient, rules: readonly TagRule[], options: AutoTagOptions = {}): Promise<AutoTagResult> {
  const result: AutoTagResult = { ticketsSeen: 0, openTickets: 0, tagged: [] };
  // Oldest first: the tickets that have waited longest get their tags first.
  for await (const ticket of client.tickets.list({ limit: options.pageSize ?? 30, order_by: "created_datetime:asc" })) {
    result.ticketsSeen += 1;
    if (ticket.status !== "open") continue;
    result.openTickets += 1;
    const texts = [ticket.subject ?? ""];
    for await (const message of client.ticketMessages.list({ ticket_id: ticket.id, limit: 30 })) texts.push(message.subject ?? "", message.body_text ?? "");
    const existing = new Set((ticket.tags ?? []).map((tag) => tag.name));
    const tags = matchingTags(texts.join("\n"), rules).filter((tag) => !existing.has(tag));
    if (tags.length === 0) continue;
    await client.ticketTags.add({ ticket_id: ticket.id, body: { names: tags } });
    result.tagged.push({ ticketId: ticket.id, tags });
  }
  return result;
}
