import { PAGES, type PageKey } from "../links.js";
import type { SiteData } from "../site-data.js";
import { html, type SafeHtml } from "./html.js";

export interface PageShell {
  page: PageKey;
  /** One-sentence summary under the title. */
  lead: SafeHtml | string;
  body: SafeHtml;
  /** Scripts under assets/, loaded at the end of the body (classic scripts: they run over file:// too). */
  scripts?: string[];
}

/** The document around every hand-rendered page: header navigation, main landmark, footer naming the source. */
export function layout(data: SiteData, shell: PageShell): SafeHtml {
  const current = PAGES[shell.page];
  const nav = (Object.keys(PAGES) as PageKey[]).map(
    (key) => html`<li><a href="${PAGES[key].file}"${key === shell.page ? html` aria-current="page"` : ""}>${PAGES[key].title}</a></li>`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${current.title} — ${data.api.title}</title>
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${PAGES.index.file}">${data.api.title}</a>
<nav aria-label="Site"><ul class="site-nav">${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
<h1>${current.title}</h1>
<p class="lead">${shell.lead}</p>
${shell.body}
</main>
<footer class="site-footer">
<p>Generated from the gorgias-kit OpenAPI description (API ${data.api.apiVersion}, spec ${data.api.version}). Every fact on this site comes from <code>spec/</code>; change it there.</p>
</footer>
${(shell.scripts ?? []).map((src) => html`<script src="assets/${src}"></script>\n`)}</body>
</html>
`;
}
