import { areaAnchor, divergenceLink, eventLink, operationAnchor, operationLink, PAGES, referenceLink, scopeAnchor, scopeFilterLink, toolAnchor } from "../links.js";
import { methodBadge, provenanceText, rateLimitSummary } from "../render/format.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { inlineMarkdown, markdown } from "../render/markdown.js";
import type { SiteData, SiteOperation } from "../site-data.js";
import type { PageContext } from "./page-context.js";

const COLUMNS = ["Method", "Endpoint", "What it does", "Access", "Permission", "Version"];

function permissionCell(op: SiteOperation): SafeHtml {
  if (op.scope) return html`<code>${op.scope}</code>`;
  return html`<span class="by-type">depends on the searched type:</span> ${op.scopes.map((s) => html`<code>${s}</code> `)}`;
}

function scopeDetail(op: SiteOperation): SafeHtml {
  const apiKey = html` An <a href="#api-key">API key</a> needs none.`;
  if (op.scope) return html`OAuth scope <a href="#${scopeAnchor(op.scope)}"><code>${op.scope}</code></a>.${apiKey}`;
  const byType = Object.entries(op.scopeByType ?? {}).map(
    ([type, scope]) => html`<li><code>${type}</code> → <a href="#${scopeAnchor(scope)}"><code>${scope}</code></a></li>`,
  );
  return html`Depends on the searched type:<ul>${byType}</ul>${apiKey}`;
}

function detailsRow(data: SiteData, op: SiteOperation, mcpTools: Set<string>): SafeHtml {
  const guide = op.guide
    ? html`<dt>Guide</dt><dd class="live">Live (this row): <code>${op.method} ${op.path}</code>. Guide: <code>${op.guide.method} ${op.guide.path}</code>. ${inlineMarkdown(op.guide.note)} (<a href="${divergenceLink(op.operationId)}">guide and live API</a>)</dd>`
    : html`<dt>Guide</dt><dd>Same as the live API.</dd>`;
  const inferred = op.inferred.length
    ? html` Inferred, not documented: ${op.inferred.map((fact, i) => html`${i ? "; " : ""}${inlineMarkdown(fact)}`)}.`
    : "";
  return html`<tr class="op-details" id="details-${op.operationId}">
<td colspan="${COLUMNS.length}">
<div class="details-body">
${markdown(op.description)}
<dl class="facts">
<dt>operationId</dt><dd><code>${op.operationId}</code> · client <code>${op.clientMethod}</code></dd>
<dt>Permission</dt><dd>${scopeDetail(op)}</dd>
<dt>Access</dt><dd>${op.access}</dd>
<dt>Version</dt><dd>API <code>${data.api.apiVersion}</code>, versioning model <code>${data.api.versioningModel}</code> (<a href="${PAGES.versioning.file}">versioning</a>).</dd>
<dt>Rate limit</dt><dd>${rateLimitSummary(data)}${data.rateLimits.sharedAcrossIntegrations ? `; one ${data.rateLimits.appliesTo} limit shared by every integration` : ""} (<a href="${PAGES.rateLimits.file}">rate limits</a>).</dd>
<dt>Event</dt><dd>${op.event ? html`<a href="${eventLink(op.event)}"><code>${op.event}</code></a>` : "None"}</dd>
<dt>Side effects</dt><dd>${op.sideEffects.length ? op.sideEffects.map((s, i) => html`${i ? "; " : ""}${s.phrase}`) : "None"}</dd>
<dt>Pagination</dt><dd>${op.pagination === "cursor" ? html`<a href="${PAGES.pagination.file}">Cursor list</a>` : op.pagination === "view-items" ? html`<a href="${PAGES.pagination.file}#view-items">Pages linked by <code>meta.next_items</code></a>` : "None"}</dd>
<dt>Source</dt><dd>${provenanceText(op.provenance)}.${inferred}</dd>
${guide}
<dt>MCP tool</dt><dd>${mcpTools.has(op.mcpTool) ? html`<a href="${PAGES.mcp.file}#${toolAnchor(op.mcpTool)}"><code>${op.mcpTool}</code></a>` : "None"}</dd>
<dt>Reference</dt><dd><a href="${referenceLink(op.areaName, op.operationId)}">${op.summary} in the API reference</a></dd>
</dl>
</div>
</td>
</tr>
`;
}

function operationRow(data: SiteData, op: SiteOperation): SafeHtml {
  const search = [op.path, op.operationId, op.clientMethod, op.summary, op.method].join(" ").toLowerCase();
  return html`<tr class="op-row" id="${operationAnchor(op.operationId)}" data-method="${op.method}" data-access="${op.access}" data-scopes="${op.scopes.join(" ")}" data-path="${op.path}" data-search="${search}">
<td class="cell-method">${methodBadge(op.method)}</td>
<td class="cell-endpoint"><button type="button" class="op-toggle" aria-expanded="true" aria-controls="details-${op.operationId}"><code>${op.path}</code></button></td>
<td class="cell-summary">${op.summary}${op.guide ? html` <span class="badge badge-live">guide differs</span>` : ""}</td>
<td class="cell-labelled" data-label="Access">${op.access}</td>
<td class="cell-labelled" data-label="Permission">${permissionCell(op)}</td>
<td class="cell-labelled" data-label="Version">${data.api.apiVersion}</td>
</tr>
`;
}

function matrixTable(data: SiteData, mcpTools: Set<string>): SafeHtml {
  const groups = data.areas.map((area) => {
    const ops = data.operations.filter((op) => op.area === area.id);
    return html`<tbody class="area-group" data-area="${area.id}">
<tr class="area-row" id="${areaAnchor(area.id)}"><th colspan="${COLUMNS.length}" scope="colgroup">${area.name} <span class="area-count">${ops.length}</span><span class="area-description">${area.description}</span></th></tr>
${ops.map((op) => [operationRow(data, op), detailsRow(data, op, mcpTools)])}</tbody>
`;
  });
  return html`<div class="table-scroll matrix-scroll" id="matrix" tabindex="0" role="region" aria-label="Scope matrix table">
<table class="matrix">
<caption>Operations of the ${data.api.title}: method, endpoint, access and permission. Select an endpoint for details.</caption>
<thead><tr>${COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
${groups}</table>
</div>`;
}

function filters(data: SiteData): SafeHtml {
  const methods = [...new Set(data.operations.map((op) => op.method))];
  const scopes = data.scopes.filter((s) => s.operations.length > 0);
  return html`<form class="filters" id="matrix-filters" role="search" aria-label="Filter operations">
<div class="filter"><label for="filter-method">Method</label>
<select id="filter-method" name="method"><option value="">All methods</option>${methods.map((m) => html`<option value="${m}">${m}</option>`)}</select></div>
<div class="filter"><label for="filter-access">Access</label>
<select id="filter-access" name="access"><option value="">Read and write</option><option value="read">read</option><option value="write">write</option></select></div>
<div class="filter"><label for="filter-scope">Permission</label>
<select id="filter-scope" name="scope"><option value="">All permissions</option>${scopes.map((s) => html`<option value="${s.scope}">${s.scope}</option>`)}</select></div>
<div class="filter filter-search"><label for="filter-search">Search path</label>
<input id="filter-search" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="/api/tickets/42 or listTickets" aria-describedby="search-hint">
<span id="search-hint" class="hint">A concrete path such as <code>/api/tags/3/merge</code> finds its template.</span></div>
<div class="filter filter-actions"><button type="reset">Clear filters</button></div>
</form>
<p id="matrix-count" class="matrix-count" role="status" aria-live="polite">${data.operations.length} of ${data.operations.length} operations</p>`;
}

function byScope(data: SiteData): SafeHtml {
  const withOps = data.scopes.filter((s) => s.operations.length > 0);
  const without = data.scopes.filter((s) => s.operations.length === 0);
  const sections = withOps.map(
    (s) => html`<section class="scope-view" aria-labelledby="${scopeAnchor(s.scope)}">
<h3 id="${scopeAnchor(s.scope)}"><code>${s.scope}</code></h3>
<p>${s.description} <a href="${scopeFilterLink(s.scope)}">Filter the matrix by <code>${s.scope}</code></a>.</p>
<p>Triggers events: ${s.events.length ? s.events.map((e, i) => html`${i ? ", " : ""}<a href="${eventLink(e)}"><code>${e}</code></a>`) : "none"}.</p>
<ul class="op-list">
${s.operations.map(
  (op) =>
    html`<li>${methodBadge(op.method)} <a href="${operationLink(op.operationId)}"><code>${op.path}</code></a> <code>${op.operationId}</code>${op.forTypes ? html` — only for searched type ${op.forTypes.map((t, i) => html`${i ? ", " : ""}<code>${t}</code>`)}` : ""}</li>\n`,
)}</ul>
</section>
`,
  );
  return html`<section aria-labelledby="by-scope">
<h2 id="by-scope">By scope</h2>
<p>For each scope, every operation it unlocks and every event those operations trigger.</p>
${sections}
<h3 id="scopes-without-operations">Declared scopes that unlock no operation here</h3>
<p>Each is on the live scope list; the reason it unlocks nothing here, and its source, follow.</p>
<ul class="plain-list">${without.map((s) => html`<li id="${scopeAnchor(s.scope)}"><code>${s.scope}</code>${s.deprecated ? html` <span class="badge badge-warn">deprecated</span>` : ""} — ${s.description} <strong>Why no operation:</strong> ${s.withoutOperations?.reason ?? ""} <span class="source">(Source: ${s.withoutOperations?.source ?? ""}.)</span></li>`)}</ul>
</section>`;
}

function byArea(data: SiteData): SafeHtml {
  const codes = (values: string[]) => (values.length ? values.map((v, i) => html`${i ? ", " : ""}<code>${v}</code>`) : "—");
  const opLinks = (ids: string[]) => (ids.length ? ids.map((id, i) => html`${i ? ", " : ""}<a href="${operationLink(id)}"><code>${id}</code></a>`) : "—");
  return html`<section aria-labelledby="by-area">
<h2 id="by-area">By area: read and write</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Read and write operations by area">
<table>
<thead><tr><th scope="col">Area</th><th scope="col">Read operations</th><th scope="col">Read scopes</th><th scope="col">Write operations</th><th scope="col">Write scopes</th></tr></thead>
<tbody>
${data.areaAccess.map((a) => html`<tr><th scope="row">${a.name}</th><td>${opLinks(a.read.operations)}</td><td>${codes(a.read.scopes)}</td><td>${opLinks(a.write.operations)}</td><td>${codes(a.write.scopes)}</td></tr>\n`)}</tbody>
</table>
</div>
</section>`;
}

export function renderScopeMatrixPage({ data, mcp }: PageContext): SafeHtml {
  const mcpTools = new Set(mcp.tools.map((t) => t.name));
  const body = html`<section class="note" aria-labelledby="api-key">
<h2 id="api-key">API keys</h2>
${markdown(data.apiKeyNote)}
<p>The permissions below are OAuth 2.0 scopes (<a href="${PAGES.authentication.file}#oauth">how to request them</a>).</p>
</section>
<section aria-labelledby="operations">
<h2 id="operations">Operations</h2>
${filters(data)}
${matrixTable(data, mcpTools)}
</section>
${byScope(data)}
${byArea(data)}`;
  return layout(data, {
    page: "scopeMatrix",
    lead: "Which permission each method needs, what it does and what it sets off. Filter by method, access or permission, search any path, and select a row for version detail, rate limits, the event it records and the source.",
    body,
    scripts: ["scope-matrix.js"],
  });
}
