import type { ApiModel } from "../../model/types.js";
import { markdownHeader } from "../generated-file.js";
import type { ScopeMatrix, ScopeMatrixRow } from "./scope-matrix.js";

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

const code = (text: string): string => `\`${text}\``;

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

function scopeCell(row: ScopeMatrixRow): string {
  if (row.scope) return code(row.scope);
  const byType = Object.entries(row.scopeByType ?? {}).map(([type, scope]) => `${code(type)} → ${code(scope)}`);
  return `by searched type: ${byType.join(", ")}`;
}

const PROVENANCE = { "guide-table": "guide table", "guide-prose": "guide prose", live: "live API (not in the guide)" } as const;

/** `docs/scope-matrix.md`: the matrix, the per-scope view and the per-area view as Markdown tables. */
export function renderScopeMatrixMarkdown(model: ApiModel, matrix: ScopeMatrix): string {
  const sections: string[] = [];
  sections.push(`# Scope matrix — ${model.title}

Which OAuth 2.0 scope each operation needs, what it does, and what it sets off. Generated from
\`spec/\`; the machine-readable form is \`packages/spec/scope-matrix.json\` (published in
\`@gorgias-kit/spec\`).

**API key.** ${cell(matrix.apiKeyNote)}

**OAuth.** A token reaches only the scopes granted at ${code(matrix.oauth.authorizationUrl)}
(\`scope\` parameter, scopes separated by ${code(JSON.stringify(matrix.oauth.scopeSeparator))}). Each row
below names the scope it needs; \`${matrix.oauth.refreshTokenScope}\` also returns a refresh token.`);

  sections.push(`## Operations

${table(
  ["Area", "Method", "Path", "operationId", "What it does", "Access", "OAuth scope", "Event", "Side effects", "Source"],
  matrix.operations.map((row) => [
    cell(row.areaName),
    row.method,
    code(row.path),
    code(row.operationId),
    cell(row.summary),
    row.access,
    scopeCell(row),
    row.event ? code(row.event) : "—",
    row.sideEffects.length ? cell(row.sideEffects.map((s) => s.phrase).join("; ")) : "—",
    PROVENANCE[row.provenance],
  ]),
)}`);

  const diverging = matrix.operations.flatMap((row) => (row.guide ? [{ row, guide: row.guide }] : []));
  sections.push(`## Where the guide differs from the live API

The rows above are the live API's. Where the guide's method table gives another method or path,
the guide's form is listed here; nothing in this project sends it.

${table(
  ["operationId", "Live API", "Guide", "Difference", "Source"],
  diverging.map(({ row, guide }) => [
    code(row.operationId),
    code(`${row.method} ${row.path}`),
    code(`${guide.method} ${guide.path}`),
    cell(guide.note),
    row.sources.length ? cell(row.sources.join("; ")) : "—",
  ]),
)}`);

  const byScope = matrix.scopes.map((view) => {
    const heading = `### ${code(view.scope)}${view.deprecated ? " (deprecated)" : ""}`;
    const intro = `${cell(view.description)}`;
    if (view.withoutOperations) {
      return `${heading}\n\n${intro}\n\nUnlocks no operation: ${cell(view.withoutOperations.reason)} (Source: ${cell(view.withoutOperations.source)}.)`;
    }
    const events = view.events.length ? view.events.map(code).join(", ") : "none";
    const rows = view.operations.map((op) => [
      op.method,
      code(op.path),
      code(op.operationId),
      op.access,
      op.forTypes ? `only for type ${op.forTypes.map(code).join(", ")}` : "—",
    ]);
    return `${heading}\n\n${intro}\n\nTriggers events: ${events}.\n\n${table(["Method", "Path", "operationId", "Access", "Condition"], rows)}`;
  });
  sections.push(`## By scope

Every declared scope, every operation it unlocks and every event those operations trigger. A
scope that unlocks no operation says why.

${byScope.join("\n\n")}`);

  sections.push(`## By area

${table(
  ["Area", "Read operations", "Read scopes", "Write operations", "Write scopes"],
  matrix.areas.map((area) => [
    cell(area.name),
    area.read.operations.map(code).join(", ") || "—",
    area.read.scopes.map(code).join(", ") || "—",
    area.write.operations.map(code).join(", ") || "—",
    area.write.scopes.map(code).join(", ") || "—",
  ]),
)}`);

  return `${markdownHeader()}\n${sections.join("\n\n")}\n`;
}
