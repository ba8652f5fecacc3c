import { areaAnchor, PAGES } from "../links.js";
import { methodBadge } from "../render/format.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import type { SiteData } from "../site-data.js";
import type { PageContext } from "./page-context.js";

type AreaCoverage = SiteData["coverage"]["areas"][number];

/** Where an area's facts come from: the guide, and the cited pages, folded so the table stays narrow. */
function sources(area: AreaCoverage): SafeHtml {
  const guide = area.fromGuide > 0 ? html`the guide (${area.fromGuide} of ${area.described})` : "";
  if (area.sources.length === 0) return html`${guide || "—"}`;
  return html`${guide}${guide ? "; " : ""}<details><summary>${area.sources.length} cited ${area.sources.length === 1 ? "source" : "sources"}</summary><ul class="plain-list">${area.sources.map((s) => html`<li>${s}</li>`)}</ul></details>`;
}

function areaRow(area: AreaCoverage): SafeHtml {
  const complete = area.described === area.liveOperations;
  return html`<tr class="coverage-row" data-area="${area.area}" data-live="${area.liveOperations}" data-described="${area.described}">
<th scope="row"><a href="${PAGES.scopeMatrix.file}#${areaAnchor(area.area)}">${area.name}</a></th>
<td>${area.liveOperations}</td>
<td>${area.described}${complete ? "" : html` <span class="badge badge-warn">${area.liveOperations - area.described} left out</span>`}</td>
<td>${area.leftOut.length ? html`<ul class="plain-list">${area.leftOut.map((op) => html`<li class="left-out">${methodBadge(op.method)} <code>${op.path}</code>: ${op.reason} <span class="source">(Source: ${op.source}.)</span></li>`)}</ul>` : "—"}</td>
<td class="sources">${sources(area)}</td>
</tr>
`;
}

/** `coverage.html`: which live operations the spec describes, by area, and why any is left out. */
export function renderCoveragePage({ data }: PageContext): SafeHtml {
  const { coverage } = data;
  const leftOut = coverage.liveOperations - coverage.described;
  const body = html`<section aria-labelledby="coverage">
<h2 id="coverage">By area</h2>
<p>${coverage.description}</p>
<p>Live operations: ${coverage.source}.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Coverage of the live API by area">
<table id="coverage-table">
<thead><tr><th scope="col">Area</th><th scope="col">Live operations</th><th scope="col">In the spec</th><th scope="col">Left out, and why</th><th scope="col">Sources</th></tr></thead>
<tbody>
${coverage.areas.map(areaRow)}</tbody>
<tfoot><tr><th scope="row">All</th><td id="coverage-live">${coverage.liveOperations}</td><td id="coverage-described">${coverage.described}</td><td>${leftOut}</td><td></td></tr></tfoot>
</table>
</div>
</section>`;
  return layout(data, {
    page: "coverage",
    lead: `The spec describes ${coverage.described} of the live API's ${coverage.liveOperations} operations${leftOut ? `; ${leftOut} left out, each with its reason` : ""}.`,
    body,
  });
}
