import { divergenceAnchor, operationLink, PAGES, referenceLink } from "../links.js";
import { methodBadge } from "../render/format.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { inlineMarkdown } from "../render/markdown.js";
import type { SiteOperation } from "../site-data.js";
import type { PageContext } from "./page-context.js";

/** One operation whose guide form differs from the live one (`x-gorgias-guide` in the spec). */
function divergenceRow(op: SiteOperation & { guide: NonNullable<SiteOperation["guide"]> }): SafeHtml {
  const sources = op.sources.length ? op.sources.map((title, i) => html`${i ? "; " : ""}${title}`) : "Not named";
  return html`<tr class="divergence" id="${divergenceAnchor(op.operationId)}" data-operation="${op.operationId}">
<th scope="row"><a href="${operationLink(op.operationId)}"><code>${op.operationId}</code></a><div class="tool-description">${op.summary}</div></th>
<td class="guide-form">${methodBadge(op.guide.method)} <code>${op.guide.path}</code></td>
<td class="live-form">${methodBadge(op.method)} <code>${op.path}</code> (<a href="${referenceLink(op.areaName, op.operationId)}">reference</a>)</td>
<td>${inlineMarkdown(op.guide.note)}</td>
<td class="sources">${sources}</td>
</tr>
`;
}

/** `guide-and-live.html`: every operation that records the guide's form beside its live one. */
export function renderGuideAndLivePage({ data }: PageContext): SafeHtml {
  const diverging = data.operations.flatMap((op) => (op.guide ? [{ ...op, guide: op.guide }] : []));
  const body = html`<section aria-labelledby="policy">
<h2 id="policy">Which form this site, the client, the mock and the MCP tools use</h2>
<p>Every operation's method, path, parameters, bodies, statuses and schemas are the live API's, each
changed fact with its source. The guide this project began from stays a checked reference: where its
method table gives another form, the operation records the guide's form, listed below. Nothing the
project ships sends a guide-only form: the typed client, the mock server and the MCP tools all use
the live one. Facts no source confirms are marked as inferred on their operation in the
<a href="${PAGES.scopeMatrix.file}">scope matrix</a>.</p>
</section>
<section aria-labelledby="divergences">
<h2 id="divergences">Divergences (${diverging.length})</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Divergences between the guide and the live API">
<table id="divergence-table">
<thead><tr><th scope="col">Operation</th><th scope="col">Guide</th><th scope="col">Live API</th><th scope="col">Difference</th><th scope="col">Source</th></tr></thead>
<tbody>
${diverging.map(divergenceRow)}</tbody>
</table>
</div>
</section>`;
  return layout(data, {
    page: "guideAndLive",
    lead: `Where the guide's method table differs from the live API: ${diverging.length} operations.`,
    body,
  });
}
