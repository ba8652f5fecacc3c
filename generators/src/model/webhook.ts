import type { SpecDocument, SpecMediaType, SpecOperation } from "../load/spec-document.js";
import { dereference, resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { AreaModel, FiringRule, OperationModel, WebhookModel } from "./types.js";

/**
 * The top-level `webhooks`: one HTTP-integration delivery per live trigger. The body of a delivery
 * is the integration's own `form` rendered against the trigger's context; the payload schema is
 * that context (what a whole-context form sends).
 */
export function buildWebhooks(document: SpecDocument, operations: OperationModel[], areasByTag: Map<string, AreaModel>): WebhookModel[] {
  const ids = new Set(operations.map((op) => op.id));
  return Object.keys(document.webhooks ?? {}).map((trigger) => {
    const where = `webhook ${trigger}`;
    const post = webhookPost(document, trigger);
    const tag = Array.isArray(post.tags) ? String(post.tags[0]) : "";
    const area = areasByTag.get(tag);
    if (!area) throw new ModelError(where, `tag "${tag}" is not a declared area`);
    const rules = post["x-gorgias-fired-by"];
    if (!Array.isArray(rules)) throw new ModelError(where, "missing x-gorgias-fired-by (the operations that fire it, possibly none)");
    const firedBy: FiringRule[] = rules.map((rule) => {
      if (!ids.has(rule.operationId)) throw new ModelError(where, `x-gorgias-fired-by names "${String(rule.operationId)}", which is not an operation`);
      return { operationId: rule.operationId, changes: Array.isArray(rule.changes) ? rule.changes.map(String) : null };
    });
    const media = webhookPayload(document, trigger);
    const named = Object.values(media.examples ?? {}).map((example) => resolveRef(document, example));
    return {
      trigger,
      summary: String(post.summary ?? ""),
      description: String(post.description ?? "").trim(),
      area: area.id,
      firedBy,
      payloadSchema: dereference(document, media.schema),
      example: named[0]?.value ?? media.example ?? null,
    };
  });
}

/** The `post` operation of a webhook in the spec's top-level `webhooks` map. */
export function webhookPost(document: SpecDocument, trigger: string): SpecOperation {
  const node = document.webhooks?.[trigger];
  const post = node === undefined ? undefined : resolveRef(document, node).post;
  if (!post) throw new ModelError(`webhook ${trigger}`, "must be a path item with a post operation");
  return post;
}

/** A webhook's JSON payload: the media type of its request body, with the schema it must have. */
export function webhookPayload(document: SpecDocument, trigger: string): SpecMediaType & Required<Pick<SpecMediaType, "schema">> {
  const { requestBody } = webhookPost(document, trigger);
  const media = requestBody === undefined ? undefined : resolveRef(document, requestBody).content?.["application/json"];
  if (!media?.schema) throw new ModelError(`webhook ${trigger}`, "missing application/json payload schema");
  return { ...media, schema: media.schema };
}
