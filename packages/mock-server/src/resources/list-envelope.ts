import type { OperationEntry } from "@gorgias-kit/spec/operations";
import { operationSchemas } from "../generated/schemas.gen.js";
import { isRecord } from "../engine/is-record.js";
import type { ListMeta, PageQuery } from "../engine/pagination.js";
import { JsonText } from "./json-text.js";
import type { Schema } from "../schema.js";

/** The list envelope every cursor list answers with. */
export interface ListEnvelope<T> {
  object: "list";
  uri: string;
  data: T[];
  meta: ListMeta;
}

/** What a list handler's context holds that the envelope and paging read. */
interface ListContext {
  readonly operation: OperationEntry;
  readonly uri: string;
  /** The validated query: the spec's default `limit` is already filled in. */
  readonly query: { readonly limit: number; readonly cursor?: string; readonly order_by?: string };
}

export function listEnvelope<T>(ctx: ListContext, data: T[], meta: ListMeta): ListEnvelope<T> {
  return { object: "list", uri: ctx.uri, data, meta };
}

/** The list envelope around items already serialized (see the cached views in json-views). */
export function listEnvelopeText<T>(ctx: ListContext, items: readonly JsonText<T>[], meta: ListMeta): JsonText<ListEnvelope<T>> {
  return new JsonText(`{"object":"list","uri":${JSON.stringify(ctx.uri)},"data":[${joinedTexts(items)}],"meta":${JSON.stringify(meta)}}`);
}

/** The view items list's meta: its neighbours as relative URLs rather than cursors. */
export type ViewItemsMeta = Schema<"ViewItemsMeta">;

/** The view items envelope around tickets already serialized. */
export function viewItemsEnvelopeText<T>(ctx: ListContext, items: readonly JsonText<T>[], meta: ViewItemsMeta): JsonText<{ object: "list"; uri: string; data: T[]; meta: ViewItemsMeta }> {
  return new JsonText(`{"object":"list","uri":${JSON.stringify(ctx.uri)},"data":[${joinedTexts(items)}],"meta":${JSON.stringify(meta)}}`);
}

function joinedTexts(items: readonly JsonText<unknown>[]): string {
  let data = "";
  for (const item of items) data += data === "" ? item.text : `,${item.text}`;
  return data;
}

/** `limit` and `cursor` from a validated query. */
export function pageQuery(ctx: ListContext): PageQuery {
  return { limit: ctx.query.limit, ...(ctx.query.cursor ? { cursor: ctx.query.cursor } : {}) };
}

/**
 * The list's `order_by`: the one sent, else the spec's default (the validators fill it in), else
 * (where the spec states no default) the first value the spec allows. A deprecated bare value
 * (`usage`, `created_datetime`) is read with the direction the spec states for it, so it pages
 * like, and names the same order in cursors as, its explicit form.
 */
export function orderOf(ctx: ListContext): string {
  const orderBy = ctx.query.order_by ?? firstAllowedOrder(ctx.operation.id) ?? "created_datetime:asc";
  return orderBy.includes(":") ? orderBy : (BARE_ORDERS[orderBy] ?? `${orderBy}:asc`);
}

/** The explicit form of each deprecated bare `order_by` value, as the spec's descriptions state it. */
const BARE_ORDERS: Readonly<Record<string, string>> = {
  name: "name:asc",
  language: "language:asc",
  created_datetime: "created_datetime:desc",
  updated_datetime: "updated_datetime:desc",
  usage: "usage:desc",
  relevance: "relevance:desc",
};

/** The first `order_by` value the operation's query schema allows, if it lists them. */
function firstAllowedOrder(operationId: string): string | undefined {
  const properties = operationSchemas[operationId]?.query.properties;
  const orderBy = isRecord(properties) ? properties.order_by : undefined;
  const allowed = isRecord(orderBy) ? orderBy.enum : undefined;
  return Array.isArray(allowed) && typeof allowed[0] === "string" ? allowed[0] : undefined;
}
