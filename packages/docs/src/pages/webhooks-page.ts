import { eventAnchor, operationLink, referenceLink, triggerAnchor } from "../links.js";
import { fieldsTable } from "../render/fields-table.js";
import { html, jsonBlock, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown } from "../render/markdown.js";
import type { SiteData, SiteEvent, SiteWebhook } from "../site-data.js";
import type { PageContext } from "./page-context.js";

function operationLinks(data: SiteData, ids: readonly string[], note: (id: string, i: number) => SafeHtml | string = () => ""): SafeHtml[] {
  return ids.map((id, i) => {
    const op = data.operations.find((o) => o.operationId === id)!;
    return html`${i ? ", " : ""}<a href="${operationLink(id)}"><code>${op.method} ${op.path}</code></a>${note(id, i)}`;
  });
}

function producedBy(data: SiteData, event: SiteEvent): SafeHtml[] {
  return operationLinks(data, event.producedBy);
}

function firedBy(data: SiteData, webhook: SiteWebhook): SafeHtml[] | string {
  if (webhook.firedBy.length === 0) return "No API operation: Gorgias fires it itself.";
  return operationLinks(
    data,
    webhook.firedBy.map((r) => r.operationId),
    (_id, i) => {
      const changes = webhook.firedBy[i]!.changes;
      return changes ? html` when ${changes.map((c, j) => html`${j ? " or " : ""}<code>${c}</code>`)} changes` : "";
    },
  );
}

function deliverySection(data: SiteData, webhook: SiteWebhook): SafeHtml {
  const area = data.areas.find((a) => a.id === webhook.area)!;
  return html`<section class="delivery" aria-labelledby="${triggerAnchor(webhook.trigger)}">
<h3 id="${triggerAnchor(webhook.trigger)}"><code>${webhook.trigger}</code> — ${webhook.summary}</h3>
${markdown(webhook.description)}
<dl class="facts">
<dt>Fired by</dt><dd>${firedBy(data, webhook)}</dd>
<dt>Reference</dt><dd><a href="${referenceLink(area.name, webhook.operationId)}">${webhook.summary} in the API reference</a></dd>
</dl>
${fieldsTable(webhook.fields, `Context of ${webhook.trigger} (the body of a whole-context form)`)}
<h4>Example</h4>
${jsonBlock(webhook.example, `Example ${webhook.trigger} delivery of a whole-context form`)}
</section>
`;
}

export function renderWebhooksPage({ data }: PageContext): SafeHtml {
  const { httpIntegration: http } = data;
  const body = html`<section aria-labelledby="events">
<h2 id="events">Events</h2>
${markdown(data.eventTypes.description)}
<div class="table-scroll" tabindex="0" role="region" aria-label="The guide's events">
<table>
<thead><tr><th scope="col">Event type</th><th scope="col">What it records</th><th scope="col">Produced by</th><th scope="col">Object type</th><th scope="col">Pushed</th></tr></thead>
<tbody>
${data.events.map(
  (e) =>
    html`<tr id="${eventAnchor(e.event)}"><th scope="row"><code>${e.event}</code></th><td>${e.description || e.summary}</td><td>${producedBy(data, e)}</td><td><code>${e.objectType}</code></td><td>${e.sameNameTrigger ? html`no; an HTTP integration can fire on the <a href="#${triggerAnchor(e.event)}"><code>${e.event}</code> trigger</a>` : "no: read it through GET /api/events"}</td></tr>\n`,
)}</tbody>
</table>
</div>
<h3 id="event-types">Known event types</h3>
<p>The ${data.eventTypes.known.length} types the spec lists; the API records others too, and a reader must accept any string.</p>
<ul class="plain-list">${data.eventTypes.known.map((t) => html`<li><code>${t}</code></li>`)}</ul>
</section>
<section aria-labelledby="http-integrations">
<h2 id="http-integrations">HTTP integrations</h2>
${markdown(http.description)}
<h3 id="template-variables">Template variables</h3>
<p>Variables written in the HTTP integration schema:</p>
<ul class="plain-list">${http.templateVariables.map((v) => html`<li><code>${v}</code></li>`)}</ul>
${fieldsTable(http.fields, "HTTP integration configuration (http)")}
<h4>Example configuration</h4>
${jsonBlock(http.example, "Example HTTP integration configuration")}
<h3 id="triggers">Triggers</h3>
${markdown(http.triggers.description)}
<div class="table-scroll" tabindex="0" role="region" aria-label="HTTP integration triggers">
<table>
<thead><tr><th scope="col">Trigger</th><th scope="col">When</th><th scope="col">Fired by</th></tr></thead>
<tbody>
${data.webhooks.map(
  (w) => html`<tr><th scope="row"><a href="#${triggerAnchor(w.trigger)}"><code>${w.trigger}</code></a></th><td>${w.summary}</td><td>${firedBy(data, w)}</td></tr>\n`,
)}</tbody>
</table>
</div>
<h3 id="template-context">Template context</h3>
${markdown(http.context.description)}
${fieldsTable(http.context.fields, "The ticket as templates see it ({{ticket.<field>}})")}
</section>
<section aria-labelledby="deliveries">
<h2 id="deliveries">Deliveries</h2>
${data.webhooks.map((w) => deliverySection(data, w))}
</section>`;
  return layout(data, {
    page: "webhooks",
    lead: `The ${data.events.length} guide events the API records (read through GET /api/events; none is pushed), and the ${data.webhooks.length} ticket triggers on which an HTTP integration sends its own request, with the template context it is rendered against.`,
    body,
  });
}
