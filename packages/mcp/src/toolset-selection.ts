import { toolsets } from "./generated/toolsets.gen.js";

/**
 * The toolsets served when none are named: what a support agent mostly does (tickets and their
 * messages and tags, customers, account tags, macros, search). Every other toolset is one
 * `--toolsets` away, and dynamic mode reaches them all, so the default `tools/list` stays small
 * however many operations the spec gains.
 */
export const DEFAULT_TOOLSETS: readonly string[] = ["tickets", "ticket-messages", "ticket-tags", "customers", "tags", "macros", "search"];

/**
 * The most the default toolsets' `tools/list` may take of an agent's context, in estimated tokens
 * (characters / 4). A test fails when the default set outgrows it: move a toolset out of
 * {@link DEFAULT_TOOLSETS} rather than raise it.
 */
export const DEFAULT_TOOLSETS_TOKEN_BUDGET = 12_000;

/** Words `--toolsets` accepts besides toolset ids: `default` ({@link DEFAULT_TOOLSETS}) and `all`. */
export const TOOLSET_KEYWORDS = ["default", "all"] as const;

/** The ids of every toolset, in spec order. */
export function allToolsetIds(): string[] {
  return toolsets.map((t) => t.id);
}

/** The names in `requested` that are neither a toolset id nor a keyword. */
export function unknownToolsets(requested: readonly string[]): string[] {
  const known = new Set<string>([...allToolsetIds(), ...TOOLSET_KEYWORDS]);
  return requested.filter((id) => !known.has(id));
}

/**
 * The toolsets a server serves, in spec order; null serves them all. Nothing requested means
 * {@link DEFAULT_TOOLSETS}, except in dynamic mode, whose three meta-tools cost the same whatever
 * they reach, and which therefore reaches every toolset.
 */
export function selectToolsets(requested: readonly string[] | null, dynamic: boolean): readonly string[] | null {
  if (requested === null) return dynamic ? null : DEFAULT_TOOLSETS;
  if (requested.includes("all")) return null;
  const chosen = new Set(requested.flatMap((id) => (id === "default" ? DEFAULT_TOOLSETS : [id])));
  return allToolsetIds().filter((id) => chosen.has(id));
}
