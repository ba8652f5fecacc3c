import MarkdownIt, { type StateCore, type Token } from "markdown-it";
import { SafeHtml } from "./html.js";

/** What `markdown()` passes to the parser for one render. */
interface RenderEnv {
  headingOffset: number;
}

/**
 * CommonMark with raw HTML off: spec text can write Markdown but never markup, and markdown-it's
 * link check refuses `javascript:`, `vbscript:`, `file:` and `data:` URLs.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Page sections own h2 and h3: a description's `#` headings move down by the render's offset.
md.core.ruler.push("shift_headings", (state: StateCore) => {
  const headingOffset: unknown = state.env.headingOffset;
  if (typeof headingOffset !== "number") return;
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + headingOffset)}`;
  }
});

// Code blocks take the site's code style and can be scrolled by keyboard.
const codeBlock = (tokens: Token[], index: number): string => `<pre class="code" tabindex="0"><code>${md.utils.escapeHtml(tokens[index]!.content.replace(/\n$/, ""))}</code></pre>\n`;
md.renderer.rules.fence = codeBlock;
md.renderer.rules.code_block = codeBlock;

/** One line of Markdown without a paragraph around it: `code`, **strong**, *emphasis*, [links](url). */
export function inlineMarkdown(text: string): SafeHtml {
  return new SafeHtml(md.renderInline(text, { headingOffset: 0 } satisfies RenderEnv));
}

/** A Markdown text as HTML, its `#` headings shifted down by `headingOffset` levels (at most h6). */
export function markdown(text: string, headingOffset = 2): SafeHtml {
  return new SafeHtml(md.render(text, { headingOffset } satisfies RenderEnv).trimEnd());
}

/** The Markdown source under the heading whose title matches, up to the next heading of the same or a higher level. */
export function markdownSection(text: string, title: RegExp): string | null {
  const tokens = md.parse(text, { headingOffset: 0 } satisfies RenderEnv);
  const start = tokens.findIndex((token, i) => token.type === "heading_open" && title.test(tokens[i + 1]?.content ?? ""));
  if (start < 0) return null;
  const level = tokens[start]!.tag;
  const next = tokens.slice(start + 1).find((token) => token.type === "heading_open" && token.tag <= level);
  const lines = text.split("\n");
  return lines.slice(tokens[start]!.map![1], next?.map?.[0]).join("\n").trim();
}
