import { divergenceLink, eventLink, operationLink, PAGES } from "../links.js";
import { provenanceText } from "../render/format.js";
import type { SiteData, SiteOperation } from "../site-data.js";

type Obj = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch"];

/** The facts of the scope matrix as a Markdown block Redoc shows above an operation's own description. */
export function operationFacts(op: SiteOperation): string {
  const scope = op.scope
    ? `\`${op.scope}\``
    : Object.entries(op.scopeByType ?? {})
        .map(([type, s]) => `\`${s}\` (type \`${type}\`)`)
        .join(", ");
  const facts = [
    `**Access** ${op.access}`,
    `**OAuth scope** ${scope} (an API key needs none)`,
    `**Event** ${op.event ? `[\`${op.event}\`](${eventLink(op.event)}) (read through \`GET /api/events\`)` : "none"}`,
    `**Side effects** ${op.sideEffects.length ? op.sideEffects.map((s) => s.phrase).join("; ") : "none"}`,
    `**Source** ${provenanceText(op.provenance).toLowerCase()}`,
  ];
  const lines = [facts.join(" · ")];
  if (op.guide) {
    lines.push(
      `**The guide differs from the live API.** Live (this operation): \`${op.method} ${op.path}\`. Guide: \`${op.guide.method} ${op.guide.path}\`. ${op.guide.note} [All divergences](${divergenceLink(op.operationId)})`,
    );
  }
  lines.push(`[This operation in the scope matrix](${operationLink(op.operationId)})`);
  return lines.join("\n\n");
}

/**
 * A copy of the bundled spec for Redoc: each operation's description starts with its scope-matrix
 * facts (so the reference shows the live form and, where it differs, the guide's), and the overview links
 * back to the site.
 */
export function annotateSpec(spec: Obj, data: SiteData): Obj {
  const copy = structuredClone(spec);
  const byId = new Map(data.operations.map((op) => [op.operationId, op]));
  const seen = new Set<string>();
  for (const item of Object.values((copy.paths as Obj | undefined) ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Obj)[method] as Obj | undefined;
      if (!operation) continue;
      const op = byId.get(String(operation.operationId));
      if (!op) throw new Error(`Operation ${String(operation.operationId)} of the spec is missing from the site data: run \`pnpm generate\`.`);
      operation.description = `${operationFacts(op)}\n\n${String(operation.description ?? "")}`;
      seen.add(op.operationId);
    }
  }
  const missing = data.operations.filter((op) => !seen.has(op.operationId)).map((op) => op.operationId);
  if (missing.length) throw new Error(`Site data operations missing from the spec: ${missing.join(", ")}. Run \`pnpm generate\`.`);
  const info = copy.info as Obj;
  const links = (Object.keys(PAGES) as (keyof typeof PAGES)[])
    .filter((key) => key !== "reference")
    .map((key) => `[${PAGES[key].title}](${PAGES[key].file})`)
    .join(" · ");
  info.description = `${links}\n\n${String(info.description ?? "")}`;
  return copy;
}
