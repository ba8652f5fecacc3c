import type { ApiModel, OperationModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { sideEffectPhrase } from "../side-effect-phrases.js";
import { renderErrors } from "./emit-errors.js";
import { renderRateLimits } from "./emit-rate-limits.js";
import { renderScopes } from "./emit-scopes.js";
import { renderWebhooks } from "./emit-webhooks.js";

const FOLDER = "packages/client/src/generated";

/** The client's generated sources: the resource methods and the facts its runtime reads. The operation table is in `@gorgias-kit/spec/operations`, the types in `@gorgias-kit/spec/types`. */
export function emitClient(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/resources.gen.ts`, contents: formatTypeScript("resources.gen.ts", renderResources(model)) },
    { path: `${FOLDER}/rate-limits.gen.ts`, contents: renderRateLimits(model) },
    { path: `${FOLDER}/errors.gen.ts`, contents: renderErrors(model) },
    { path: `${FOLDER}/scopes.gen.ts`, contents: renderScopes(model) },
    { path: `${FOLDER}/webhooks.gen.ts`, contents: renderWebhooks(model) },
    generatedFolderReadme(
      FOLDER,
      "One typed method per operation (`resources.gen.ts`), and the facts the runtime reads: rate limits (`rate-limits.gen.ts`), error statuses and redirects (`errors.gen.ts`), OAuth scopes and endpoints (`scopes.gen.ts`), webhook events and payload schemas (`webhooks.gen.ts`). The types of every path, schema and webhook come from `@gorgias-kit/spec/types`.",
    ),
  ];
}

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function jsdoc(op: OperationModel): string {
  const firstParagraph = op.description.split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim() ?? "";
  const lines = [op.summary + ".", ""];
  if (firstParagraph && firstParagraph !== op.summary) lines.push(firstParagraph, "");
  const scope = op.scope
    ? `\`${op.scope}\``
    : `depends on the request: ${Object.entries(op.scopeByType ?? {}).map(([t, s]) => `${t} → \`${s}\``).join(", ")}`;
  lines.push(`- Scope: ${scope} (an API key has full access)`);
  lines.push(`- Access: ${op.access}`);
  lines.push(`- Webhook event: ${op.webhook ? `\`${op.webhook}\`` : "none"}`);
  if (op.sideEffects.length > 0) lines.push(`- Side effects: ${op.sideEffects.map(sideEffectPhrase).join("; ")}`);
  if (op.live) lines.push(`- Live API: \`${op.live.method} ${op.live.path}\` (${op.live.note})`);
  lines.push("", `@see ${op.method} ${op.path}`);
  return `/**\n${lines.map((l) => (l ? ` * ${l.replace(/\*\//g, "*\\/")}` : " *")).join("\n")}\n */`;
}

function signature(op: OperationModel): { params: string[]; args: string } {
  const k = JSON.stringify(op.id);
  const params: string[] = [];
  const pathParams = op.parameters.filter((p) => p.in === "path");
  for (const p of pathParams) params.push(`${camel(p.name)}: Operation<${k}>["parameters"]["path"][${JSON.stringify(p.name)}]`);
  if (op.requestBody) {
    params.push(`body${op.requestBody.required ? "" : "?"}: NonNullable<Operation<${k}>["requestBody"]>["content"]["application/json"]`);
  }
  const hasQuery = op.parameters.some((p) => p.in === "query");
  if (hasQuery) params.push(`query?: NonNullable<Operation<${k}>["parameters"]["query"]>`);
  params.push("options?: CallOptions");
  const parts: string[] = [];
  if (pathParams.length > 0) parts.push(`path: { ${pathParams.map((p) => `${JSON.stringify(p.name)}: ${camel(p.name)}`).join(", ")} }`);
  if (op.requestBody) parts.push("body");
  if (hasQuery) parts.push("query");
  return { params, args: `{ ${parts.join(", ")} }` };
}

function resultType(op: OperationModel): string {
  return op.success.schema
    ? `Operation<${JSON.stringify(op.id)}>["responses"][${op.success.status}]["content"]["application/json"]`
    : "void";
}

/** A GET whose spec declares a redirect (a merged customer's 301) is followed; the result says so. */
function followsRedirect(op: OperationModel): boolean {
  return op.method === "GET" && op.success.schema !== null && op.responses.some((r) => r.status >= 300 && r.status < 400);
}

function renderMethod(op: OperationModel): string {
  const { params, args } = signature(op);
  const k = JSON.stringify(op.id);
  const result = followsRedirect(op) ? `${resultType(op)} & Redirected` : resultType(op);
  let out = `${jsdoc(op)}\n${op.client.method}: (${params.join(", ")}): Promise<${result}> => caller.call(${k}, ${args}, options),\n`;
  if (op.pagination === "cursor") {
    const page = resultType(op);
    out += `/**\n * Every item of {@link ${op.client.method}}, following \`meta.next_cursor\` until it is absent; \`.pages()\` yields whole pages.\n * Memory stays constant: one page is held at a time.\n *\n * @see ${op.method} ${op.path}\n */\n`;
    out += `${op.client.method}All: (${params.join(", ")}): PageIterator<${page}["data"][number], ${page}> => caller.paginate(${k}, ${args}, options),\n`;
  }
  return out;
}

function renderResources(model: ApiModel): string {
  const groups = new Map<string, OperationModel[]>();
  for (const op of model.operations) {
    const list = groups.get(op.client.resource) ?? [];
    list.push(op);
    groups.set(op.client.resource, list);
  }
  const body = [...groups.entries()]
    .map(([resource, ops]) => `${resource}: {\n${ops.map(renderMethod).join("")}},`)
    .join("\n");
  return `${tsHeader()}
import type { CallOptions, OperationCaller, PageIterator, Redirected } from "../runtime/operation-caller.js";
import type { operations } from "@gorgias-kit/spec/types";

type Operation<K extends keyof operations> = operations[K];

/** One typed method per operation, grouped by resource. */
export function createResources(caller: OperationCaller) {
  return {
${body}
  };
}

export type Resources = ReturnType<typeof createResources>;
`;
}
