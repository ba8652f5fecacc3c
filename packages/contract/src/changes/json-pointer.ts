/** Appends tokens to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function pointerJoin(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((token) => `/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Splits a local `$ref` (`#/components/schemas/Ticket`) into its unescaped tokens. */
export function pointerTokens(ref: string): string[] | undefined {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
