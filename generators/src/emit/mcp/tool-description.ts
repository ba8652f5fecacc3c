import type { OperationModel } from "../../model/types.js";
import { sideEffectPhrase } from "../side-effect-phrases.js";
import { firstSentence } from "./compact-schema.js";

/** `customer, customer_profile: customers:read; agent, team: users:read`. */
function scopeByTypeText(byType: Record<string, string>): string {
  const typesByScope = new Map<string, string[]>();
  for (const [type, scope] of Object.entries(byType)) typesByScope.set(scope, [...(typesByScope.get(scope) ?? []), type]);
  return [...typesByScope].map(([scope, types]) => `${types.join(", ")}: ${scope}`).join("; ");
}

/**
 * What the tool does (the first sentence of the spec's description, unless it only repeats the
 * title), the OAuth scope it needs and its side effects, in a few words.
 */
export function toolDescription(op: OperationModel): string {
  const what = firstSentence(op.description);
  const parts = what && what.replace(/\.$/, "") !== op.summary ? [what] : [];
  parts.push(op.scope ? `Scope ${op.scope}.` : `Scope by type (${scopeByTypeText(op.scopeByType ?? {})}).`);
  if (op.sideEffects.length > 0) parts.push(`Side effects: ${op.sideEffects.map(sideEffectPhrase).join("; ")}.`);
  return parts.join(" ");
}
