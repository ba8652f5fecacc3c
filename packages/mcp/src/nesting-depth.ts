/**
 * The deepest a call's arguments may nest (objects and arrays; the arguments object itself is
 * level 1). Checked before validation, which, like the audit's redaction, walks values recursively.
 */
export const MAX_ARGUMENT_DEPTH = 64;

/** Whether `value` nests deeper than `limit` levels. Iterative, so a value of any depth is safe to check. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === "object") pending.push([child, depth + 1]);
  }
  return false;
}
