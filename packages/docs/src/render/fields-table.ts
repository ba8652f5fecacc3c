import type { SchemaField } from "../site-data.js";
import { html, type SafeHtml } from "./html.js";
import { inlineMarkdown } from "./markdown.js";

/** A flattened schema as a table: field path, type, required, description. */
export function fieldsTable(fields: SchemaField[], caption: string): SafeHtml {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}">
<table class="fields">
<caption>${caption}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead>
<tbody>
${fields.map(
  (f) => html`<tr><td><code>${f.path}</code></td><td><code>${f.type}</code></td><td>${f.required ? "yes" : "no"}</td><td>${inlineMarkdown(f.description)}</td></tr>\n`,
)}</tbody>
</table>
</div>`;
}
