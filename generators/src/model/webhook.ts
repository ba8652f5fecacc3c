import { dereference, resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { AreaModel, OperationModel, WebhookModel } from "./types.js";

type Obj = Record<string, unknown>;

export function buildWebhooks(document: Obj, operations: OperationModel[], areasByTag: Map<string, AreaModel>): WebhookModel[] {
  const webhooks = (document.webhooks as Record<string, unknown> | undefined) ?? {};
  const events = Object.keys(webhooks);
  for (const op of operations) {
    if (op.webhook && !events.includes(op.webhook)) {
      throw new ModelError(`operation ${op.id}`, `x-gorgias-webhook "${op.webhook}" is not in the top-level webhooks map`);
    }
  }
  return events.map((event) => {
    const where = `webhook ${event}`;
    const item = resolveRef<Obj>(document, webhooks[event]);
    const post = item.post as Obj | undefined;
    if (!post) throw new ModelError(where, "must be a path item with a post operation");
    const tag = Array.isArray(post.tags) ? String(post.tags[0]) : "";
    const area = areasByTag.get(tag);
    if (!area) throw new ModelError(where, `tag "${tag}" is not a declared area`);
    const objectType = post["x-gorgias-object-type"];
    if (typeof objectType !== "string") throw new ModelError(where, "missing x-gorgias-object-type");
    const body = resolveRef<Obj>(document, post.requestBody);
    const media = (body?.content as Record<string, Obj> | undefined)?.["application/json"];
    if (!media?.schema) throw new ModelError(where, "missing application/json payload schema");
    const named = Object.values((media.examples as Record<string, Obj> | undefined) ?? {});
    const triggeredBy = operations.filter((op) => op.webhook === event).map((op) => op.id);
    if (triggeredBy.length === 0) throw new ModelError(where, "no operation triggers it (x-gorgias-webhook)");
    return {
      event,
      summary: String(post.summary ?? ""),
      description: String(post.description ?? "").trim(),
      area: area.id,
      objectType,
      triggeredBy,
      payloadSchema: dereference(document, media.schema),
      example: named[0]?.value ?? media.example ?? null,
    };
  });
}
