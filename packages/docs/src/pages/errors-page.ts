import { statusAnchor } from "../links.js";
import { fieldsTable } from "../render/fields-table.js";
import { html, jsonBlock, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

export function renderErrorsPage({ data }: PageContext): SafeHtml {
  const body = html`<section aria-labelledby="statuses">
<h2 id="statuses">Status codes</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Error statuses">
<table class="errors">
<thead><tr><th scope="col">Status</th><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">What to do</th></tr></thead>
<tbody>
${data.errors.map(
  (e) => html`<tr id="${statusAnchor(e.status)}"><th scope="row">${e.status}</th><td>${e.code}</td><td>${e.meaning}</td><td>${e.whatToDo}</td></tr>\n`,
)}</tbody>
</table>
</div>
</section>
<section aria-labelledby="error-body">
<h2 id="error-body">The error body</h2>
${markdown(data.errorBody.description)}
${fieldsTable(data.errorBody.fields, "Fields of the error body")}
<h3 id="examples">Examples</h3>
${data.errors.map((e) => html`<h4>${e.status} ${e.code}</h4>\n${jsonBlock(e.example, `Example ${e.status} body`)}\n`)}
</section>`;
  return layout(data, {
    page: "errors",
    lead: "The status codes an agent should handle, and what to do about each.",
    body,
  });
}
