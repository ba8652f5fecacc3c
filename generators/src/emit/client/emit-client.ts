import openapiTS, { astToString } from "openapi-typescript";
import type { ApiModel, OperationModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { sideEffectPhrase } from "../side-effect-phrases.js";
import { renderErrors } from "./emit-errors.js";
import { renderRateLimits } from "./emit-rate-limits.js";
import { renderScopes } from "./emit-scopes.js";
import { renderWebhooks } from "./emit-webhooks.js";

const FOLDER = "packages/client/src/generated";

/** The client's generated sources: types, the resource methods and the facts its runtime reads. The operation table is in `@gorgias-kit/spec/operations`. */
export async function emitClient(model: ApiModel): Promise<GeneratedFile[]> {
  // emptyObjectsUnknown: an object schema without properties (`meta`, an event's `data`) holds
  // arbitrary keys; the default `Record<string, never>` would also break the webhook payload intersections.
  // defaultNonNullable off: a request field with a default (search's `size`) stays optional to send.
  const ast = await openapiTS(model.document as never, {
    alphabetize: true,
    exportType: false,
    emptyObjectsUnknown: true,
    defaultNonNullable: false,
  });
  return [
    { path: `${FOLDER}/schema.gen.ts`, contents: `${tsHeader()}${astToString(ast)}` },
    { path: `${FOLDER}/resources.gen.ts`, contents: formatTypeScript("resources.gen.ts", renderResources(model)) },
    { path: `${FOLDER}/rate-limits.gen.ts`, contents: renderRateLimits(model) },
    { path: `${FOLDER}/errors.gen.ts`, contents: renderErrors(model) },
    { path: `${FOLDER}/scopes.gen.ts`, contents: renderScopes(model) },
    { path: `${FOLDER}/webhooks.gen.ts`, contents: renderWebhooks(model) },
    generatedFolderReadme(
      FOLDER,
      "Types of every path, schema and webhook (`schema.gen.ts`, by openapi-typescript), one typed method per operation (`resources.gen.ts`), and the facts the runtime reads: rate limits (`rate-limits.gen.ts`), error statuses and redirects (`errors.gen.ts`), OAuth scopes and endpoints (`scopes.gen.ts`), webhook events and payload schemas (`webhooks.gen.ts`).",
    ),
  ];
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

/** `params` may be left out exactly when nothing in it is required. */
function paramsOptional(op: OperationModel): boolean {
  return !op.parameters.some((p) => p.required && (p.in === "path" || p.in === "query")) && !op.requestBody?.required;
}

/** A GET whose spec declares a redirect (a merged customer's 301) is followed; the result says so. */
function followsRedirect(op: OperationModel): boolean {
  return op.method === "GET" && op.success.schema !== null && op.responses.some((r) => r.status >= 300 && r.status < 400);
}

/**
 * Every method is `(params, options?)`: `params` holds the path and query parameters by name and the
 * body under `body`, its type derived from the operation's generated types. A cursor list returns a
 * ListPromise (its first page, iterable over every item).
 */
function renderMethod(op: OperationModel): string {
  const k = JSON.stringify(op.id);
  const args = `params${paramsOptional(op) ? "?" : ""}: ParamsOf<${k}>, options?: CallOptions`;
  if (op.pagination === "cursor") {
    return `${jsdoc(op)}\n${op.client.method}: (${args}): ListPromise<ItemOf<${k}>, ResultOf<${k}>> => caller.list(${k}, params, options),\n`;
  }
  const result = followsRedirect(op) ? `ResultOf<${k}> & Redirected` : `ResultOf<${k}>`;
  return `${jsdoc(op)}\n${op.client.method}: (${args}): Promise<${result}> => caller.call(${k}, params, options),\n`;
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
import type { ListPromise } from "../runtime/list-promise.js";
import type { CallOptions, OperationCaller, Redirected } from "../runtime/operation-caller.js";
import type { ItemOf, ParamsOf, ResultOf } from "../runtime/operation-params.js";

/** One typed method per operation, grouped by resource: \`method(params, options?)\`. */
export function createResources(caller: OperationCaller) {
  return {
${body}
  };
}

export type Resources = ReturnType<typeof createResources>;
`;
}
