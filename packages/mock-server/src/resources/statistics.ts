import { setImmediate as nextTurn } from "node:timers/promises";
import { datetimeMs } from "../engine/api-datetime.js";
import { ApiError, invalid } from "../engine/api-error.js";
import { formatDatetime } from "../engine/clock.js";
import type { Schema } from "../schema.js";
import type { Store } from "../store/store.js";
import type { Handler } from "./operation-context.js";
import { TextStream } from "./text-stream.js";

// Statistics are computed from nothing the mock stores beyond the seeded tickets: each value is a
// hash of what it is about (scope, measure, row, day), scaled by the number of seeded tickets, so
// the same seed and the same query always give the same answer.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The longest period a legacy statistic is computed over, in days (ten years): bounds the answer and the CSV. */
const MAX_PERIOD_DAYS = 3660;
/** The most rows a reporting query builds before paging (the largest page the docs allow). */
const MAX_REPORTING_ROWS = 10_000;
/** Lines of a CSV export written per chunk; the export yields to other requests between chunks. */
const CSV_LINES_PER_CHUNK = 64;

/** The legacy statistics the docs name (their list is longer; the spec leaves the name open). */
export const LEGACY_STATISTIC_NAMES: readonly string[] = [
  "overview",
  "total-tickets-created",
  "total-tickets-replied",
  "total-tickets-closed",
  "total-messages-sent",
  "total-messages-received",
  "median-first-response-time",
  "median-resolution-time",
  "total-one-touch-tickets",
  "support-volume",
  "resolution-time",
  "first-response-time",
  "tickets-created-per-hour-per-weekday",
  "tickets-per-tag",
  "tickets-created-per-channel",
  "tickets-created-per-channel-per-day",
  "tickets-closed-per-agent",
  "tickets-closed-per-agent-per-day",
  "messages-sent-per-macro",
  "satisfaction-surveys",
  "revenue-per-day",
];

/** A deterministic value in [0, scale] for a key (FNV-1a). */
function valueOf(key: string, scale: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % (scale + 1);
}

type ReportingQuery = Schema<"ReportingQuery">;
type Row = Record<string, string | number>;

export const queryReportingStats: Handler<"queryReportingStats"> = (ctx) => {
  const query = ctx.body.query;
  const rows = reportingRows(ctx.store, query, ctx.now);
  const offset = ctx.query.cursor ? offsetOf(ctx.query.cursor) : 0;
  const limit = ctx.query.limit;
  const page = rows.slice(offset, offset + limit);
  const cursor = (at: number) => Buffer.from(JSON.stringify([CURSOR_TAG, at])).toString("base64url");
  return {
    status: 200,
    body: {
      object: "list",
      uri: ctx.uri,
      data: page,
      meta: {
        scope: query.scope,
        prev_cursor: offset > 0 ? cursor(Math.max(0, offset - limit)) : null,
        next_cursor: offset + limit < rows.length ? cursor(offset + limit) : null,
        total: rows.length,
        offset,
        limit,
      },
    },
  };
};

/** What a reporting cursor starts with: the position of a row, which any query's rows have. */
const CURSOR_TAG = "reporting";

/** The row offset a reporting cursor names. */
function offsetOf(cursor: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid({ cursor: "Not a cursor from meta.next_cursor or meta.prev_cursor." });
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== CURSOR_TAG || !Number.isInteger(parsed[1]) || parsed[1] < 0 || parsed[1] > MAX_REPORTING_ROWS) {
    throw invalid({ cursor: "Not a cursor from meta.next_cursor or meta.prev_cursor." });
  }
  return parsed[1] as number;
}

/** Every row of a reporting query: one per combination of its dimensions' values (and time buckets), with each measure. */
function reportingRows(store: Store, query: ReportingQuery, now: string): Row[] {
  const axes: { name: string; values: (string | number)[] }[] = (query.dimensions ?? []).map((name) => ({ name, values: dimensionValues(store, name) }));
  const period = reportingPeriod(query, now);
  for (const time of query.time_dimensions ?? []) axes.push({ name: time.dimension, values: buckets(period, time.granularity) });
  let rows: Row[] = [{}];
  for (const axis of axes) {
    rows = rows.flatMap((row) => axis.values.map((value) => ({ ...row, [axis.name]: value })));
    if (rows.length > MAX_REPORTING_ROWS) throw invalid({ "query.dimensions": `The query has more than ${MAX_REPORTING_ROWS} rows; filter it or use fewer dimensions.` });
  }
  const measures = query.measures && query.measures.length > 0 ? query.measures : ["count"];
  const scale = Math.max(1, store.tickets.size);
  for (const row of rows) {
    const key = `${query.scope}|${JSON.stringify(row)}`;
    for (const measure of measures) row[measure] = valueOf(`${key}|${measure}`, scale);
  }
  for (const [field, direction] of [...(query.order ?? [])].reverse()) {
    const sign = direction === "desc" ? -1 : 1;
    rows.sort((a, b) => {
      const x = a[field] ?? "";
      const y = b[field] ?? "";
      return x < y ? -sign : x > y ? sign : 0;
    });
  }
  return rows;
}

/** The values a dimension takes in the seeded account: channels and agents from the store, two generic values otherwise. */
function dimensionValues(store: Store, dimension: string): (string | number)[] {
  if (dimension === "channel") return [...new Set([...store.tickets.values()].map((t) => t.channel))].sort();
  if (dimension === "agentId") return [...store.users.values()].map((u) => u.id);
  if (dimension === "teamId") return [...store.teams.values()].map((t) => t.id);
  if (dimension === "tagId") return [...store.tags.values()].map((t) => t.id);
  return [`${dimension}-1`, `${dimension}-2`];
}

/** The period of a reporting query: its `periodStart` / `periodEnd` filters, else the seven days before now. */
function reportingPeriod(query: ReportingQuery, now: string): { start: number; end: number } {
  const bound = (member: string): number | null => {
    const value = query.filters.find((f) => f.member === member)?.values[0];
    const ms = typeof value === "string" ? datetimeMs(value) : NaN;
    return Number.isFinite(ms) ? ms : null;
  };
  const end = bound("periodEnd") ?? datetimeMs(now);
  const start = bound("periodStart") ?? end - 7 * DAY_MS;
  if (start > end) throw invalid({ "query.filters": "periodStart is after periodEnd." });
  return { start, end };
}

const GRANULARITY_MS = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS } as const;

function buckets(period: { start: number; end: number }, granularity: keyof typeof GRANULARITY_MS): string[] {
  const step = GRANULARITY_MS[granularity];
  if ((period.end - period.start) / step > MAX_REPORTING_ROWS) {
    throw invalid({ "query.time_dimensions": `The period holds more than ${MAX_REPORTING_ROWS} ${granularity}s; use a coarser granularity.` });
  }
  const out: string[] = [];
  for (let t = period.start; t <= period.end; t += step) out.push(formatDatetime(t));
  return out;
}

/** A legacy statistic's name and period, checked before anything is computed. */
interface LegacyRequest {
  name: string;
  /** Days of the period, as `YYYY-MM-DD`. */
  days: string[];
  meta: Schema<"Statistic">["meta"];
}

function legacyRequest(name: string, body: Schema<"StatisticRequest">): LegacyRequest {
  if (!LEGACY_STATISTIC_NAMES.includes(name)) throw new ApiError(404, `Statistic ${JSON.stringify(name)} not found.`, { name: `Not a statistic; known: ${LEGACY_STATISTIC_NAMES.join(", ")}.` });
  const { start_datetime, end_datetime } = body.filters.period;
  const start = datetimeMs(start_datetime);
  const end = datetimeMs(end_datetime);
  if (end < start) throw invalid({ "filters.period.end_datetime": "The period ends before it starts." });
  const first = Math.floor(start / DAY_MS);
  const count = Math.floor(end / DAY_MS) - first + 1;
  if (count > MAX_PERIOD_DAYS) throw invalid({ "filters.period": `The period is longer than ${MAX_PERIOD_DAYS} days.` });
  const span = end - start;
  return {
    name,
    days: Array.from({ length: count }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10)),
    meta: {
      start_datetime,
      end_datetime,
      previous_start_datetime: formatDatetime(start - span - 1000),
      previous_end_datetime: formatDatetime(start - 1000),
    },
  };
}

/** One day of a legacy statistic: its date, the period's value and the previous period's. */
function legacyLine(request: LegacyRequest, day: string, scale: number): [string, number, number] {
  return [day, valueOf(`${request.name}|${day}|current`, scale), valueOf(`${request.name}|${day}|previous`, scale)];
}

export const getStatistic: Handler<"getStatistic"> = (ctx) => {
  const request = legacyRequest(ctx.path.name, ctx.body);
  const scale = Math.max(1, ctx.store.tickets.size);
  return {
    status: 200,
    body: { data: { label: request.name, lines: request.days.map((day) => legacyLine(request, day, scale)) }, meta: request.meta },
  };
};

/** The CSV export, written a chunk of lines at a time: a ten-year period is never built whole. */
export const downloadStatistic: Handler<"downloadStatistic"> = (ctx) => {
  const request = legacyRequest(ctx.path.name, ctx.body);
  const scale = Math.max(1, ctx.store.tickets.size);
  async function* csv(): AsyncGenerator<string, void, undefined> {
    yield `date,${request.name} (period),${request.name} (previous period)\n`;
    for (let i = 0; i < request.days.length; i += CSV_LINES_PER_CHUNK) {
      await nextTurn();
      yield request.days
        .slice(i, i + CSV_LINES_PER_CHUNK)
        .map((day) => `${legacyLine(request, day, scale).join(",")}\n`)
        .join("");
    }
  }
  return { status: 200, body: new TextStream("text/csv; charset=utf-8", csv()) };
};
