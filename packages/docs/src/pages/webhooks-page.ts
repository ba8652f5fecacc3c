import { eventAnchor, operationLink, referenceLink } from "../links.js";
import { fieldsTable } from "../render/fields-table.js";
import { html, jsonBlock, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown } from "../render/markdown.js";
import type { SiteData, SiteWebhook } from "../site-data.js";
import type { PageContext } from "./page-context.js";

function triggeredBy(data: SiteData, webhook: SiteWebhook): SafeHtml[] {
  return webhook.triggeredBy.map((id, i) => {
    const op = data.operations.find((o) => o.operationId === id)!;
    return html`${i ? ", " : ""}<a href="${operationLink(id)}"><code>${op.method} ${op.path}</code></a>`;
  });
}

function eventSection(data: SiteData, webhook: SiteWebhook): SafeHtml {
  const area = data.areas.find((a) => a.id === webhook.area)!;
  return html`<section class="event" aria-labelledby="${eventAnchor(webhook.event)}">
<h3 id="${eventAnchor(webhook.event)}"><code>${webhook.event}</code> — ${webhook.summary}</h3>
${markdown(webhook.description)}
<dl class="facts">
<dt>Triggered by</dt><dd>${triggeredBy(data, webhook)}</dd>
<dt>Object type</dt><dd><code>${webhook.objectType}</code> (area ${area.name})</dd>
<dt>Live HTTP-integration trigger</dt><dd>${webhook.liveHttpTrigger ? "Yes: one of the live API's HTTP-integration triggers." : "No: not among the live API's HTTP-integration triggers."}</dd>
<dt>Reference</dt><dd><a href="${referenceLink(area.name, webhook.operationId)}">${webhook.summary} in the API reference</a></dd>
</dl>
${fieldsTable(webhook.fields, `Payload of ${webhook.event}`)}
<h4>Example</h4>
${jsonBlock(webhook.example, `Example ${webhook.event} payload`)}
</section>
`;
}

export function renderWebhooksPage({ data }: PageContext): SafeHtml {
  const { httpIntegration: http } = data;
  const body = html`<section aria-labelledby="events">
<h2 id="events">Events</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="Webhook events">
<table>
<thead><tr><th scope="col">Event</th><th scope="col">What it signals</th><th scope="col">Triggered by</th><th scope="col">Live HTTP trigger</th></tr></thead>
<tbody>
${data.webhooks.map(
  (w) =>
    html`<tr><th scope="row"><a href="#${eventAnchor(w.event)}"><code>${w.event}</code></a></th><td>${w.summary}</td><td>${triggeredBy(data, w)}</td><td>${w.liveHttpTrigger ? "yes" : "no"}</td></tr>\n`,
)}</tbody>
</table>
</div>
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
<thead><tr><th scope="col">Trigger</th><th scope="col">Event of the guide</th><th scope="col">Delivered by the live API</th></tr></thead>
<tbody>
${http.triggers.values.map(
  (t) =>
    html`<tr><th scope="row">${t.guideEvent ? html`<a href="#${eventAnchor(t.trigger)}"><code>${t.trigger}</code></a>` : html`<code>${t.trigger}</code>`}</th><td>${t.guideEvent ? "yes" : "no"}</td><td>${t.liveTrigger ? "yes" : "no"}</td></tr>\n`,
)}</tbody>
</table>
</div>
</section>
<section aria-labelledby="event-details">
<h2 id="event-details">Payloads</h2>
${data.webhooks.map((w) => eventSection(data, w))}
</section>`;
  return layout(data, {
    page: "webhooks",
    lead: `The ${data.webhooks.length} events the API records and can deliver, with their payloads, and the HTTP integrations that receive them.`,
    body,
  });
}
