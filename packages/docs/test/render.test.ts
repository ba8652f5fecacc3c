import { describe, expect, it } from "vitest";
import { annotateSpec, operationFacts } from "../src/build/annotate-spec.js";
import { postProcessReference } from "../src/build/reference.js";
import { html, jsonBlock, slug } from "../src/render/html.js";
import { inlineMarkdown, markdown, markdownSection } from "../src/render/markdown.js";
import { renderPaginationPage } from "../src/pages/pagination-page.js";
import { siteData } from "../src/site-data.js";
import { readJson } from "./support/paths.js";

describe("html", () => {
  it("escapes every interpolated value unless it is already markup", () => {
    const name = `<script>alert("x")</script>`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>",
    );
    expect(html`<ul>${["a", "b"].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a</li><li>b</li></ul>");
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0");
  });

  it("renders JSON escaped and makes safe ids", () => {
    expect(jsonBlock({ a: "<b>" }, "x").value).toContain("&quot;&lt;b&gt;&quot;");
    expect(slug("tickets:write")).toBe("tickets-write");
    expect(slug("Ticket messages")).toBe("ticket-messages");
  });
});

describe("markdown (markdown-it, raw HTML off)", () => {
  it("renders the forms the spec's descriptions use, headings shifted below the page's own", () => {
    const out = markdown("Intro with `code` and **bold**.\nSecond line.\n\n## Heading\n\n- one\n  continued\n- [two](https://example.com)\n\n```\nx < y\n```").value;
    expect(out).toBe(
      [
        "<p>Intro with <code>code</code> and <strong>bold</strong>.\nSecond line.</p>",
        "<h4>Heading</h4>",
        "<ul>\n<li>one\ncontinued</li>\n<li><a href=\"https://example.com\">two</a></li>\n</ul>",
        '<pre class="code" tabindex="0"><code>x &lt; y</code></pre>',
      ].join("\n"),
    );
    expect(markdown("# One\n\n###### Six", 3).value).toBe("<h4>One</h4>\n<h6>Six</h6>");
  });

  it("escapes markup and refuses script links: a spec description cannot inject a script", () => {
    expect(inlineMarkdown("<img src=x onerror=alert(1)> `<b>`").value).toBe("&lt;img src=x onerror=alert(1)&gt; <code>&lt;b&gt;</code>");
    for (const link of ["[click](javascript:alert(1))", "[c](JaVaScRiPt:alert(1))", "[d](data:text/html,<script>alert(1)</script>)", "[v](vbscript:x)", "<javascript:alert(1)>"]) {
      expect(inlineMarkdown(link).value, link).not.toContain("<a ");
    }
    const block = markdown('<script>alert(1)</script>\n\n<div onclick="alert(1)">x</div>\n\n[t](https://example.com "x\\" onmouseover=\\"alert(1)")').value;
    // Only paragraphs and the one link are markup, and the link has no attribute but href and title.
    const tags = [...block.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/g)];
    expect(new Set(tags.map((tag) => tag[1]))).toEqual(new Set(["p", "a"]));
    const attributes = tags.flatMap((tag) => [...tag[2]!.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((a) => a[1]));
    expect(attributes).toEqual(["href", "title"]);
    expect(block).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("extracts one section by its heading, not by a # line inside a code block", () => {
    expect(markdownSection("Intro\n\n## Versioning\n\nOne v1.\n\n## Other\n\nNo.", /versioning/i)).toBe("One v1.");
    expect(markdownSection("## Versioning\n\n```\n# not a heading\n```\n\n### Sub\n\nx\n\n## Other", /versioning/i)).toBe("```\n# not a heading\n```\n\n### Sub\n\nx");
    expect(markdownSection("No headings", /versioning/i)).toBeNull();
  });
});

describe("the reference's spec", () => {
  it("puts each operation's facts, and both forms where the guide differs, above its description", async () => {
    const spec = await readJson<Record<string, unknown>>("@gorgias-kit/spec/openapi.json");
    const annotated = annotateSpec(spec, siteData) as { paths: Record<string, Record<string, { description: string }>> };
    const merge = siteData.operations.find((op) => op.operationId === "mergeCustomers")!;
    const description = annotated.paths[merge.path]![merge.method.toLowerCase()]!.description;
    expect(description.startsWith(operationFacts(merge))).toBe(true);
    expect(description).toContain(`Live (this operation): \`${merge.method} ${merge.path}\`. Guide: \`${merge.guide!.method} ${merge.guide!.path}\``);
    expect(description).toContain("guide-and-live.html#guide-mergeCustomers");
    expect(description).toContain("scope-matrix.html#op-mergeCustomers");
    expect((spec.paths as Record<string, Record<string, { description: string }>>)[merge.path]![merge.method.toLowerCase()]!.description).not.toContain("scope matrix");
  });

  it("the pagination page explains a view's items, linked by meta.next_items, apart from the cursor lists", () => {
    const page = renderPaginationPage({ data: siteData, mcp: { tools: [] } }).value;
    const section = page.slice(page.indexOf('<section aria-labelledby="view-items">'));
    expect(section).toContain("<code>GET /api/views/{view_id}/items</code>");
    for (const field of ["current_cursor", "next_items", "prev_items"]) expect(section).toContain(`<code>${field}</code>`);
    const cursorLists = page.slice(page.indexOf('<section aria-labelledby="lists">'), page.indexOf('<section aria-labelledby="view-items">'));
    expect(cursorLists).not.toContain("<code>GET /api/views/{view_id}/items</code>");
    expect(cursorLists).not.toContain("/api/tickets/{ticket_id}/tags");
  });

  it("refuses a spec whose operations the site data does not know", () => {
    const spec = { info: {}, paths: { "/x": { get: { operationId: "unknownOperation" } } } };
    expect(() => annotateSpec(spec, siteData)).toThrow(/unknownOperation .*pnpm generate/);
  });
});

describe("Redoc's output, post-processed", () => {
  const page = (body: string) =>
    `<html><head></head><body><div id="redoc"><a href="/">x</a><a href="/tickets">t</a><a href="https://redocly.com/redoc/">r</a></div><script type="module">const o = {"disableTelemetry":true}; const logo = "https://cdn.redoc.ly/redoc/logo-mini-full.svg"; ${body}</script></body></html>`;

  it("serves the logo locally and turns server-rendered paths into hash routes", () => {
    const out = postProcessReference(page(""));
    expect(out).toContain('href="#/"');
    expect(out).toContain('href="#/tickets"');
    expect(out).toContain('href="https://redocly.com/redoc/"');
    expect(out).not.toContain("cdn.redoc.ly");
    expect(out).toContain("assets/redocly-logo.svg");
  });

  it("fails when telemetry is on or the markup changed", () => {
    expect(() => postProcessReference(page("").replace('"disableTelemetry":true', '"disableTelemetry":false'))).toThrow(/telemetry/);
    expect(() => postProcessReference("<html></html>")).toThrow(/renderer changed/);
  });
});
