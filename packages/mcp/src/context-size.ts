/** How much of an agent's context a `tools/list` result takes. */
export interface ContextSize {
  /** Characters of the result as sent on the wire (compact JSON). */
  readonly chars: number;
  /** An estimate: characters / 4, the usual rule of thumb for English and JSON. */
  readonly tokens: number;
}

/** The size of the `tools/list` result `{ tools }` as a server sends it. */
export function contextSize(tools: readonly unknown[]): ContextSize {
  const chars = JSON.stringify({ tools }).length;
  return { chars, tokens: Math.ceil(chars / 4) };
}
