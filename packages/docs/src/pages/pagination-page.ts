import { operationLink, PAGES } from "../links.js";
import { fieldsTable } from "../render/fields-table.js";
import { html, jsonBlock, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { inlineMarkdown } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

const show = (value: unknown): string => (value === null || value === undefined ? "—" : String(value));

export function renderPaginationPage({ data }: PageContext): SafeHtml {
  const p = data.pagination;
  const exampleOp = data.operations.find((op) => op.operationId === p.example.operationId)!;
  const body = html`<section aria-labelledby="parameters">
<h2 id="parameters">Query parameters</h2>
<p>Every list takes the same two parameters. The default page size is ${p.defaultPageSize}, the largest ${p.maxPageSize}.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Pagination parameters">
<table>
<thead><tr><th scope="col">Parameter</th><th scope="col">Type</th><th scope="col">Default</th><th scope="col">Minimum</th><th scope="col">Maximum</th><th scope="col">Description</th></tr></thead>
<tbody>
${p.parameters.map(
  (param) =>
    html`<tr><th scope="row"><code>${param.name}</code></th><td>${param.type}</td><td>${show(param.default)}</td><td>${show(param.minimum)}</td><td>${show(param.maximum)}</td><td>${inlineMarkdown(param.description)}</td></tr>\n`,
)}</tbody>
</table>
</div>
</section>
<section aria-labelledby="envelope">
<h2 id="envelope">The list envelope</h2>
${fieldsTable(p.envelopeFields, "Fields of every list response")}
<h3 id="example">Example: <code>${exampleOp.method} ${exampleOp.path}</code></h3>
${jsonBlock(p.example.value, `Example response of ${exampleOp.operationId}`)}
</section>
<section aria-labelledby="lists">
<h2 id="lists">Paginated operations</h2>
<ul class="op-list">
${p.listOperations.map((id) => {
  const op = data.operations.find((o) => o.operationId === id)!;
  return html`<li><a href="${operationLink(id)}"><code>${op.method} ${op.path}</code></a> — ${op.summary}${op.guide ? html` <span class="badge badge-live">guide differs</span>` : ""}</li>\n`;
})}</ul>
<p>A badge marks lists whose guide form differs from the live one; <a href="${PAGES.guideAndLive.file}">Guide and live API</a> lists both.</p>
</section>
<section aria-labelledby="view-items">
<h2 id="view-items">A view's items: pages linked by URL</h2>
<p>${inlineMarkdown(p.linkedLists.metaDescription)} The client's list methods follow these links too.</p>
${fieldsTable(p.linkedLists.metaFields, "Fields of the view items meta")}
<ul class="op-list">
${p.linkedLists.operations.map((id) => {
  const op = data.operations.find((o) => o.operationId === id)!;
  return html`<li><a href="${operationLink(id)}"><code>${op.method} ${op.path}</code></a> — ${op.summary}</li>\n`;
})}</ul>
</section>`;
  return layout(data, {
    page: "pagination",
    lead: "The parameters every list takes and the envelope every list returns.",
    body,
  });
}
