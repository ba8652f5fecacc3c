import { notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { EventRecord } from "../store/records.js";
import { eventJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";
import { datetimeMs } from "../engine/api-datetime.js";

type Range = { gt?: string; gte?: string; lt?: string; lte?: string };

function inRange(datetime: string, range: Range | undefined): boolean {
  if (!range) return true;
  const at = datetimeMs(datetime);
  return (
    (range.gt === undefined || at > datetimeMs(range.gt)) &&
    (range.gte === undefined || at >= datetimeMs(range.gte)) &&
    (range.lt === undefined || at < datetimeMs(range.lt)) &&
    (range.lte === undefined || at <= datetimeMs(range.lte))
  );
}

export const listEvents: Handler<"listEvents"> = (ctx) => {
  const q = ctx.query;
  const users = q.user_ids ? new Set<number>(q.user_ids) : null;
  const types = q.types ? new Set<string>(q.types) : null;
  const matches = (e: EventRecord) =>
    (q.object_id === undefined || e.object_id === q.object_id) &&
    (q.object_type === undefined || e.object_type === q.object_type) &&
    (users === null || (e.user_id !== null && users.has(e.user_id))) &&
    (types === null || types.has(e.type)) &&
    inRange(e.created_datetime, q.created_datetime);
  const page = paginate(ctx.store.events.sorted(orderOf(ctx)), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(eventJson), page.meta) };
};

export const getEvent: Handler<"getEvent"> = (ctx) => {
  const event = ctx.store.events.get(ctx.path.id);
  if (!event) throw notFound("Event", ctx.path.id);
  return { status: 200, body: eventJson(event) };
};
