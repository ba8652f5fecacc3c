import type { ApiModel, OperationModel } from "../../model/types.js";
import { tsHeader } from "../generated-file.js";
import { sideEffectPhrase } from "../side-effect-phrases.js";

function jsdoc(op: OperationModel): string {
  const firstParagraph = op.description.split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim() ?? "";
  const lines = [op.summary + ".", ""];
  if (firstParagraph && firstParagraph !== op.summary) lines.push(firstParagraph, "");
  const scope = op.scope
    ? `\`${op.scope}\``
    : `depends on the request: ${Object.entries(op.scopeByType ?? {}).map(([t, s]) => `${t} → \`${s}\``).join(", ")}`;
  lines.push(`- Scope: ${scope} (an API key has full access)`);
  lines.push(`- Access: ${op.access}`);
  lines.push(`- Event: ${op.event ? `\`${op.event}\` (read through \`GET /api/events\`)` : "none"}`);
  if (op.sideEffects.length > 0) lines.push(`- Side effects: ${op.sideEffects.map(sideEffectPhrase).join("; ")}`);
  if (op.guide) lines.push(`- Guide: \`${op.guide.method} ${op.guide.path}\` (${op.guide.note}) — this method sends the live form`);
  lines.push("", `@see ${op.method} ${op.path}`);
  return `/**\n${lines.map((l) => (l ? ` * ${l.replace(/\*\//g, "*\\/")}` : " *")).join("\n")}\n */`;
}

/** `params` may be left out exactly when nothing in it is required. */
function paramsOptional(op: OperationModel): boolean {
  return !op.parameters.some((p) => p.required && (p.in === "path" || p.in === "query")) && !op.requestBody?.required;
}

/**
 * An operation whose spec declares a redirect (a merged customer's 301) and returns a body: a GET
 * follows it, a write when the caller passes `followMergedCustomer`; the result then says so.
 */
function followsRedirect(op: OperationModel): boolean {
  return op.success.schema !== null && op.responses.some((r) => r.status >= 300 && r.status < 400);
}

/**
 * Every method is `(params, options?)`: `params` holds the path and query parameters by name and the
 * body under `body`, its type derived from the operation's generated types. A paged list (the table's
 * `pagination` is not `none`) returns a ListPromise (its first page, iterable over every item).
 */
export function resourceMethod(op: OperationModel): string {
  const k = JSON.stringify(op.id);
  const args = `params${paramsOptional(op) ? "?" : ""}: ParamsOf<${k}>, options?: CallOptions`;
  if (op.pagination !== "none") {
    return `${jsdoc(op)}\n${op.client.method}: (${args}): ListPromise<ItemOf<${k}>, ResultOf<${k}>> => caller.list(${k}, params, options),\n`;
  }
  const result = followsRedirect(op) ? `ResultOf<${k}> & Redirected` : `ResultOf<${k}>`;
  return `${jsdoc(op)}\n${op.client.method}: (${args}): Promise<${result}> => caller.call(${k}, params, options),\n`;
}

/** `resources.gen.ts`: the resource methods, grouped by resource, each a one-line call into the runtime. */
export function renderResources(model: ApiModel): string {
  const groups = new Map<string, OperationModel[]>();
  for (const op of model.operations) {
    const list = groups.get(op.client.resource) ?? [];
    list.push(op);
    groups.set(op.client.resource, list);
  }
  const body = [...groups.entries()]
    .map(([resource, ops]) => `${resource}: {\n${ops.map(resourceMethod).join("")}},`)
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
