/** Tag a ticket with `tag` when its subject or one of its messages mentions one of `keywords`. */
export interface TagRule {
  tag: string;
  keywords: readonly string[];
}

/** The tags whose rules match a text, in the rules' order; keywords match whole words, case aside. */
export function matchingTags(text: string, rules: readonly TagRule[]): string[] {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []);
  return rules.filter((rule) => rule.keywords.some((keyword) => words.has(keyword.toLowerCase()))).map((rule) => rule.tag);
}
