import { PAGES, scopeFilterLink, scopeLink, statusAnchor } from "../links.js";
import { duration } from "../render/format.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import { markdown } from "../render/markdown.js";
import type { PageContext } from "./page-context.js";

export function renderAuthenticationPage({ data }: PageContext): SafeHtml {
  const { auth } = data;
  const used = data.scopes.filter((s) => s.operations.length > 0);
  const other = data.scopes.filter((s) => s.operations.length === 0);
  const exampleScopes = [auth.refreshTokenScope, ...used.slice(0, 2).map((s) => s.scope)];
  const error = (status: number) => {
    const e = data.errors.find((x) => x.status === status)!;
    return html`<a href="${PAGES.errors.file}#${statusAnchor(status)}">${status} ${e.code}</a>: ${e.meaning} ${e.whatToDo}`;
  };

  const body = html`<section aria-labelledby="api-key">
<h2 id="api-key">API key (HTTP Basic)</h2>
${markdown(auth.basicDescription)}
</section>
<section aria-labelledby="oauth">
<h2 id="oauth">OAuth 2.0 authorization-code flow</h2>
${markdown(auth.oauthDescription)}
<ol class="steps">
<li>Send the user to <code>${auth.authorizationUrl}</code> with the scopes the app needs in <code>scope</code>, separated by <code>${JSON.stringify(auth.scopeSeparator)}</code> — for example <code>${exampleScopes.join(auth.scopeSeparator)}</code>.</li>
<li>Exchange the returned code at <code>${auth.tokenUrl}</code> for a Bearer access token (and a refresh token when <code>${auth.refreshTokenScope}</code> was granted).</li>
<li>Call the API with <code>Authorization: Bearer &lt;access token&gt;</code>. ${error(403)}</li>
</ol>
<p>To find the least set of scopes for the operations an app calls, use the <a href="${PAGES.scopeMatrix.file}">scope matrix</a>, <code>requiredScopes()</code> from <code>@gorgias-kit/client</code>, or its <code>gorgias-scopes</code> command (<code>gorgias-scopes listTickets customers.create</code> prints the set and the <code>scope</code> string).</p>
</section>
<section aria-labelledby="token-lifetime">
<h2 id="token-lifetime">Token lifetime</h2>
<p>An access token lives ${duration(auth.accessTokenLifetimeSeconds)} (${auth.accessTokenLifetimeSeconds} seconds). ${error(401)}</p>
</section>
<section aria-labelledby="refresh">
<h2 id="refresh">Refresh</h2>
<p>Request the <code>${auth.refreshTokenScope}</code> scope to receive a refresh token with the access token. ${auth.refreshTokenExpires ? "The refresh token expires." : "The refresh token does not expire."} Exchange it at <code>${auth.tokenUrl}</code> for a new access token when the current one expires.</p>
</section>
<section aria-labelledby="scopes">
<h2 id="scopes">Scopes</h2>
<p>Scopes that unlock operations of this description:</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Scopes that unlock operations">
<table>
<thead><tr><th scope="col">Scope</th><th scope="col">What it allows</th><th scope="col">Operations</th></tr></thead>
<tbody>
${used.map(
  (s) =>
    html`<tr><th scope="row"><a href="${scopeLink(s.scope)}"><code>${s.scope}</code></a></th><td>${s.description}</td><td><a href="${scopeFilterLink(s.scope)}">${s.operations.length} operation${s.operations.length === 1 ? "" : "s"}</a></td></tr>\n`,
)}</tbody>
</table>
</div>
<p>Other scopes the OAuth scheme declares; no operation of this description needs them:</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Other declared scopes">
<table>
<thead><tr><th scope="col">Scope</th><th scope="col">What it allows</th></tr></thead>
<tbody>
${other.map((s) => html`<tr><th scope="row"><code>${s.scope}</code>${s.deprecated ? html` <span class="badge badge-warn">deprecated</span>` : ""}</th><td>${s.description}</td></tr>\n`)}</tbody>
</table>
</div>
</section>`;
  return layout(data, {
    page: "authentication",
    lead: "The two ways to authenticate, how long a token lives, how to refresh it, and every scope.",
    body,
  });
}
