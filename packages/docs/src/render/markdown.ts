import { escapeHtml, SafeHtml } from "./html.js";

/** Inline Markdown: `code`, **strong**, *emphasis* and [links](url). Input is escaped first. */
export function inlineMarkdown(text: string): SafeHtml {
  const codeSpans: string[] = [];
  let out = text.replace(/`([^`]+)`/g, (_, code: string) => {
    codeSpans.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codeSpans.length - 1}\u0000`;
  });
  out = escapeHtml(out)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:]|$)/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole: string, label: string, href: string) =>
      // Only web and in-page links: a spec description must not be able to carry a script URL.
      /^(https?:\/\/|#|[\w./-]+$)/.test(href) ? `<a href="${href}">${label}</a>` : whole,
    );
  out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codeSpans[Number(i)]!);
  return new SafeHtml(out);
}

/**
 * The Markdown the spec's descriptions use: paragraphs, `#` headings (shifted by `headingOffset`),
 * `-` lists, fenced code blocks and the inline forms above. Anything else stays literal text.
 */
export function markdown(text: string, headingOffset = 2): SafeHtml {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(`<p>${inlineMarkdown(paragraph.join(" ")).value}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push(`<ul>${list.map((item) => `<li>${inlineMarkdown(item).value}</li>`).join("")}</ul>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\w*)\s*$/.exec(line.trim());
    if (fence) {
      flushParagraph();
      flushList();
      const code: string[] = [];
      for (i++; i < lines.length && lines[i]!.trim() !== "```"; i++) code.push(lines[i]!);
      blocks.push(`<pre class="code" tabindex="0"><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      const level = Math.min(6, heading[1]!.length + headingOffset);
      blocks.push(`<h${level}>${inlineMarkdown(heading[2]!).value}</h${level}>`);
    } else if (item) {
      flushParagraph();
      (list ??= []).push(item[1]!);
    } else if (line.trim() === "") {
      flushParagraph();
      flushList();
    } else if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return new SafeHtml(blocks.join("\n"));
}

/** The part of a Markdown text under the heading whose title matches, up to the next heading of the same level. */
export function markdownSection(text: string, title: RegExp): string | null {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && title.test(line));
  if (start < 0) return null;
  const level = /^(#+)/.exec(lines[start]!)![1]!.length;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
}
