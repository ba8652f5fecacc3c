import type { SpecDocument, SpecMediaType, SpecOperation } from "../load/spec-document.js";
import { dereference, resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { AreaModel, OperationModel, WebhookModel } from "./types.js";

export function buildWebhooks(document: SpecDocument, operations: OperationModel[], areasByTag: Map<string, AreaModel>): WebhookModel[] {
  const webhooks = document.webhooks ?? {};
  const events = Object.keys(webhooks);
  for (const op of operations) {
    if (op.webhook && !events.includes(op.webhook)) {
      throw new ModelError(`operation ${op.id}`, `x-gorgias-webhook "${op.webhook}" is not in the top-level webhooks map`);
    }
  }
  return events.map((event) => {
    const where = `webhook ${event}`;
    const post = webhookPost(document, event);
    const tag = Array.isArray(post.tags) ? String(post.tags[0]) : "";
    const area = areasByTag.get(tag);
    if (!area) throw new ModelError(where, `tag "${tag}" is not a declared area`);
    const objectType = post["x-gorgias-object-type"];
    if (typeof objectType !== "string") throw new ModelError(where, "missing x-gorgias-object-type");
    const media = webhookPayload(document, event);
    const named = Object.values(media.examples ?? {}).map((example) => resolveRef(document, example));
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

/** The `post` operation of a webhook in the spec's top-level `webhooks` map. */
export function webhookPost(document: SpecDocument, event: string): SpecOperation {
  const node = document.webhooks?.[event];
  const post = node === undefined ? undefined : resolveRef(document, node).post;
  if (!post) throw new ModelError(`webhook ${event}`, "must be a path item with a post operation");
  return post;
}

/** A webhook's JSON payload: the media type of its request body, with the schema it must have. */
export function webhookPayload(document: SpecDocument, event: string): SpecMediaType & Required<Pick<SpecMediaType, "schema">> {
  const { requestBody } = webhookPost(document, event);
  const media = requestBody === undefined ? undefined : resolveRef(document, requestBody).content?.["application/json"];
  if (!media?.schema) throw new ModelError(`webhook ${event}`, "missing application/json payload schema");
  return { ...media, schema: media.schema };
}
