import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown, markdownSection } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

export function renderVersioningPage({ data }: PageContext): SafeHtml {
  const policy = markdownSection(data.api.description, /versioning/i);
  const body = html`<section aria-labelledby="policy">
<h2 id="policy">Policy</h2>
<dl class="facts">
<dt>API version</dt><dd><code>${data.api.apiVersion}</code></dd>
<dt>Versioning model</dt><dd><code>${data.api.versioningModel}</code></dd>
<dt>This description</dt><dd><code>${data.api.version}</code></dd>
</dl>
${policy ? markdown(policy) : ""}
</section>
<section aria-labelledby="changelog">
<h2 id="changelog">Changelog</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Changelog">
<table>
<thead><tr><th scope="col">Topic</th><th scope="col">Change</th></tr></thead>
<tbody>
${data.api.changelog.map((c) => html`<tr><th scope="row">${c.topic}</th><td>${c.change}</td></tr>\n`)}</tbody>
</table>
</div>
</section>`;
  return layout(data, {
    page: "versioning",
    lead: "How the API is versioned, and what changed recently.",
    body,
  });
}
