import { operationLink, scopeLink, toolAnchor } from "../links.js";
import { html, type SafeHtml } from "../render/html.js";
import { layout } from "../render/layout.js";
import type { McpTool } from "../mcp-manifest.js";
import type { SiteOperation } from "../site-data.js";
import type { PageContext } from "./page-context.js";

function hints(tool: McpTool): SafeHtml {
  const a = tool.annotations ?? {};
  const names = [a.readOnlyHint ? "read-only" : "writes", a.destructiveHint ? "destructive" : "", a.idempotentHint ? "idempotent" : "", a.openWorldHint ? "open world" : ""];
  return html`<ul class="hints">${names.filter(Boolean).map((n) => html`<li>${n}</li>`)}</ul>`;
}

function scopeOf(op: SiteOperation): SafeHtml {
  if (op.scope) return html`<a href="${scopeLink(op.scope)}"><code>${op.scope}</code></a>`;
  return html`by searched type: ${Object.entries(op.scopeByType ?? {}).map(([t, s], i) => html`${i ? ", " : ""}<code>${t}</code> → <code>${s}</code>`)}`;
}

export function renderMcpPage({ data, mcp }: PageContext): SafeHtml {
  const byTool = new Map(data.operations.map((op) => [op.mcpTool, op]));
  const unknown = mcp.tools.filter((t) => !byTool.has(t.name)).map((t) => t.name);
  if (unknown.length) throw new Error(`MCP manifest tools with no operation in the site data: ${unknown.join(", ")}. Run \`pnpm generate\`.`);
  const usage = data.api.repositoryUrl ? `${data.api.repositoryUrl}/tree/HEAD/packages/mcp#readme` : null;
  const groups = data.areas.map((area) => {
    const tools = mcp.tools.filter((t) => byTool.get(t.name)!.area === area.id);
    if (tools.length === 0) return "";
    return html`<tbody>
<tr class="area-row"><th colspan="5" scope="colgroup">${area.name} <span class="area-count">toolset <code>${area.id}</code></span></th></tr>
${tools.map((tool) => {
  const op = byTool.get(tool.name)!;
  return html`<tr id="${toolAnchor(tool.name)}"><th scope="row"><code>${tool.name}</code></th><td>${tool.title ?? op.summary}<div class="tool-description">${tool.description ?? ""}</div></td><td>${scopeOf(op)}</td><td>${hints(tool)}</td><td><a href="${operationLink(op.operationId)}"><code>${op.method} ${op.path}</code></a></td></tr>\n`;
})}</tbody>
`;
  });
  const readOnly = mcp.tools.filter((t) => t.annotations?.readOnlyHint).length;
  const body = html`<section aria-labelledby="usage">
<h2 id="usage">Using the server</h2>
<p><code>gorgias-mcp</code> (package <code>@gorgias-kit/mcp</code>) serves these ${mcp.tools.length} tools, ${readOnly} of them read-only.${usage ? html` Configuration, flags such as <code>--scopes</code>, and an example: <a href="${usage}">the gorgias-mcp README</a>.` : ""}</p>
</section>
<section aria-labelledby="tools">
<h2 id="tools">Tools</h2>
<div class="table-scroll" tabindex="0" role="region" aria-label="MCP tools">
<table class="tools">
<thead><tr><th scope="col">Tool</th><th scope="col">What it does</th><th scope="col">Scope</th><th scope="col">Hints</th><th scope="col">Operation</th></tr></thead>
${groups}</table>
</div>
</section>`;
  return layout(data, {
    page: "mcp",
    lead: "The MCP tools generated from the same description, with the scope each needs and its hints.",
    body,
  });
}
