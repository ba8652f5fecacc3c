import { PAGES, statusAnchor } from "../links.js";
import { authLabel, planLabel } from "../render/format.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { inlineMarkdown } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

export function renderRateLimitsPage({ data }: PageContext): SafeHtml {
  const rl = data.rateLimits;
  const overLimit = data.errors.find((e) => e.status === rl.overLimitStatus)!;
  const tooLarge = data.errors.find((e) => e.status === data.limits.payloadTooLargeStatus);
  const body = html`<section aria-labelledby="limits">
<h2 id="limits">Limits per credential and plan</h2>
<p>Algorithm: <strong>${rl.algorithm}</strong>, enforced per ${rl.appliesTo}${rl.sharedAcrossIntegrations ? ", shared by every integration of the account" : ""}.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Rate limits">
<table>
<thead><tr><th scope="col">Credential</th><th scope="col">Plan</th><th scope="col">Requests</th><th scope="col">Window</th><th scope="col">Average rate</th></tr></thead>
<tbody>
${rl.limits.map(
  (l) =>
    html`<tr><th scope="row">${authLabel(l.auth)}</th><td>${planLabel(l.plan)}</td><td>${l.requests}</td><td>${l.windowSeconds} s</td><td>${Number((l.requests / l.windowSeconds).toFixed(2))} requests/s</td></tr>\n`,
)}</tbody>
</table>
</div>
</section>
<section aria-labelledby="headers">
<h2 id="headers">Headers</h2>
<dl class="facts">
<dt><code>${rl.usageHeader}</code></dt><dd>Format <code>${rl.usageHeaderFormat}</code>. ${inlineMarkdown(rl.usageHeaderDescription)}</dd>
<dt><code>${rl.retryAfterHeader}</code></dt><dd>Sent with ${rl.overLimitStatus} responses. ${inlineMarkdown(rl.retryAfterDescription)}</dd>
</dl>
</section>
<section aria-labelledby="over-limit">
<h2 id="over-limit">Going over the limit</h2>
<p><a href="${PAGES.errors.file}#${statusAnchor(overLimit.status)}">${overLimit.status} ${overLimit.code}</a>: ${overLimit.meaning} ${overLimit.whatToDo}</p>
<p>${rl.overLimitRequestProcessed ? "The over-limit request is still processed." : "The over-limit request is dropped, not processed."}</p>
</section>
<section aria-labelledby="other-limits">
<h2 id="other-limits">Other limits</h2>
<ul class="plain-list">
<li>A ticket subject is at most ${data.limits.ticketSubjectMaxLength} characters.</li>
<li>Lists return ${data.limits.defaultPageSize} items per page by default, at most ${data.limits.maxPageSize} (<a href="${PAGES.pagination.file}">pagination</a>).</li>
${tooLarge ? html`<li>A payload over the size limit answers <a href="${PAGES.errors.file}#${statusAnchor(tooLarge.status)}">${tooLarge.status} ${tooLarge.code}</a>.</li>` : ""}
</ul>
</section>`;
  return layout(data, {
    page: "rateLimits",
    lead: "How fast an app can call: a request count over a rolling window that depends on the credential and the account plan.",
    body,
  });
}
