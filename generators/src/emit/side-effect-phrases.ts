import type { SideEffect } from "../model/types.js";

const PHRASES: Record<SideEffect, string> = {
  "sends-to-customer": "can send a message to the customer",
  "deletes-history": "permanently deletes support history",
  "deletes-record": "deletes a record",
  "merges-records": "merges records into one (irreversible)",
  "revokes-access": "removes a person's helpdesk access",
  "sends-data-externally": "makes Gorgias send account data to an external URL",
};

/** Plain-language phrase for a side effect, shared by every artifact that explains one. */
export function sideEffectPhrase(effect: SideEffect): string {
  return PHRASES[effect];
}
