import { operationSchemas } from "../generated/schemas.gen.js";
import type { ListMeta, PageQuery } from "../engine/pagination.js";
import { JsonText } from "./json-text.js";
import type { OperationContext } from "./operation-context.js";

/** The list envelope every cursor list answers with. */
export function listEnvelope(ctx: OperationContext, data: unknown[], meta: ListMeta) {
  return { object: "list", uri: ctx.uri, data, meta };
}

/** The list envelope around items already serialized (see the cached views in json-views). */
export function listEnvelopeText(ctx: OperationContext, items: readonly string[], meta: ListMeta): JsonText {
  return new JsonText(`{"object":"list","uri":${JSON.stringify(ctx.uri)},"data":[${items.join(",")}],"meta":${JSON.stringify(meta)}}`);
}

/** `limit` and `cursor` from a validated query (the spec's default limit is already filled in). */
export function pageQuery(ctx: OperationContext): PageQuery {
  return { limit: ctx.query.limit as number, ...(ctx.query.cursor ? { cursor: ctx.query.cursor as string } : {}) };
}

/**
 * The list's `order_by`: the one sent, else the spec's default, else (where the spec states no
 * default) the first value the spec allows.
 */
export function orderOf(ctx: OperationContext): string {
  if (typeof ctx.query.order_by === "string") return ctx.query.order_by;
  const schema = (operationSchemas[ctx.operation.id]?.query as { properties?: Record<string, { enum?: string[] }> }).properties?.order_by;
  return schema?.enum?.[0] ?? "created_datetime:asc";
}
