import { areaAnchor, PAGES } from "../links.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

/** What each page is for: the site's own table of contents. */
const GUIDES: { page: keyof typeof PAGES; what: string }[] = [
  { page: "reference", what: "Every operation and webhook with parameters, schemas and examples, rendered by Redoc." },
  { page: "authentication", what: "API keys, the OAuth 2.0 flow, token lifetime and refresh, and every scope." },
  { page: "scopeMatrix", what: "Which permission each method needs: filter, search and inspect every operation." },
  { page: "webhooks", what: "The events the API records, and the HTTP-integration triggers with the template context their deliveries carry." },
  { page: "rateLimits", what: "The leaky bucket per credential and plan, the usage header and 429 handling." },
  { page: "pagination", what: "Cursor lists: limit, cursor and the list envelope." },
  { page: "errors", what: "Every status an agent should handle and what to do about it." },
  { page: "versioning", what: "How the API is versioned and what changed recently." },
  { page: "guideAndLive", what: "Where the guide's method table differs from the live API, which every operation here follows." },
  { page: "mcp", what: "The MCP tools generated from the same description, with their scopes." },
];

export function renderIndexPage({ data }: PageContext): SafeHtml {
  const areaRows = data.areas.map((area) => {
    const access = data.areaAccess.find((a) => a.area === area.id)!;
    return html`<tr><th scope="row"><a href="${PAGES.scopeMatrix.file}#${areaAnchor(area.id)}">${area.name}</a></th><td>${area.description}</td><td>${access.read.operations.length}</td><td>${access.write.operations.length}</td></tr>\n`;
  });
  const body = html`<section aria-labelledby="about">
<h2 id="about">About the API</h2>
${markdown(data.api.description)}
<p>Server: <code>${data.api.serverUrl}</code>. Downloads: <a href="openapi.json">openapi.json</a> (the bundled description), <a href="scope-matrix.json">scope-matrix.json</a> (the scope matrix).</p>
</section>
<section aria-labelledby="guides">
<h2 id="guides">Pages</h2>
<ul class="guide-list">
${GUIDES.map((g) => html`<li><a href="${PAGES[g.page].file}">${PAGES[g.page].title}</a> — ${g.what}</li>\n`)}</ul>
</section>
<section aria-labelledby="areas">
<h2 id="areas">Areas</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Areas">
<table>
<thead><tr><th scope="col">Area</th><th scope="col">What it covers</th><th scope="col">Reads</th><th scope="col">Writes</th></tr></thead>
<tbody>
${areaRows}</tbody>
</table>
</div>
</section>`;
  return layout(data, {
    page: "index",
    lead: `Reference and guides for the ${data.api.title}, generated from one OpenAPI description: ${data.operations.length} operations, ${data.events.length} guide events, ${data.webhooks.length} HTTP-integration triggers.`,
    body,
  });
}
