import type { Clock } from "./clock.js";
import { InvalidRequestError } from "./errors.js";
import type { ListPromise } from "./list-promise.js";
import type { CallOptions } from "./operation-caller.js";
import type { ItemOf, ParamsOf, ResultOf } from "./operation-params.js";

/** One event of `GET /api/events`. */
export type GorgiasEvent = ItemOf<"listEvents">;

/**
 * Where a stream stands: the last event it yielded. Plain JSON: store it after handling an event,
 * and pass it back as `checkpoint` to resume with the next event, none missed and none repeated.
 */
export interface EventStreamCheckpoint {
  /** `created_datetime` of the last event yielded, as the API wrote it. */
  readonly created_datetime: string;
  /** Its id, which orders events of the same instant. */
  readonly id: number;
}

/** What the stream yields: an event, and the checkpoint to store once it is handled. */
export interface StreamedEvent {
  readonly event: GorgiasEvent;
  readonly checkpoint: EventStreamCheckpoint;
}

/** Options of {@link EventStreamSource.stream}. */
export interface EventStreamOptions {
  /** Only events of these types (sent as the `types` filter); any type the API records may be named. */
  types?: readonly string[];
  /**
   * Start with the events created at or after this ISO 8601 datetime. Ignored when `checkpoint` is given.
   * @default the newest event when the stream starts: only later events are yielded
   */
  since?: string;
  /** Resume after this checkpoint (from a previous stream's {@link StreamedEvent.checkpoint}). */
  checkpoint?: EventStreamCheckpoint;
  /** Stops the stream: iteration ends without an error, also during a wait or a request. */
  signal?: AbortSignal;
  /**
   * Time to wait before asking again once every event so far has been yielded. Every request also
   * waits for the client's rate limiter, so a stream never exceeds the account's limit.
   * @default 10000
   */
  pollIntervalMs?: number;
  /**
   * Events asked for per request (1 to 100). Only one page is held at a time.
   * @default 100
   */
  pageSize?: number;
}

/** The events resource methods the stream pages with. */
export interface EventListSource {
  list(params?: ParamsOf<"listEvents">, options?: CallOptions): ListPromise<ItemOf<"listEvents">, ResultOf<"listEvents">>;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?$/;

/** Microseconds since the epoch; a value without an offset is UTC, as the spec reads it. */
function instant(datetime: string): number {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$/.exec(datetime);
  if (!match) return Number.NaN;
  const [, whole, fraction = "", offset = "Z"] = match;
  return Date.parse(`${whole}${offset}`) * 1000 + Number(fraction.padEnd(6, "0"));
}

/** Whether `event` comes after the checkpoint in the stream's order (time, then id). */
function isAfter(event: GorgiasEvent, checkpoint: EventStreamCheckpoint): boolean {
  const t = instant(String(event.created_datetime));
  const at = instant(checkpoint.created_datetime);
  return t > at || (t === at && event.id > checkpoint.id);
}

function checkOptions(options: EventStreamOptions): { pollIntervalMs: number; pageSize: number } {
  const { pollIntervalMs = 10_000, pageSize = 100, since, checkpoint, types } = options;
  if (!(Number.isFinite(pollIntervalMs) && pollIntervalMs >= 0)) throw new InvalidRequestError(`events.stream: \`pollIntervalMs\` must be a number of milliseconds ≥ 0, got ${JSON.stringify(pollIntervalMs)}.`);
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 100)) throw new InvalidRequestError(`events.stream: \`pageSize\` must be an integer from 1 to 100, got ${JSON.stringify(pageSize)}.`);
  if (since !== undefined && !DATETIME.test(since)) throw new InvalidRequestError(`events.stream: \`since\` must be an ISO 8601 datetime such as 2024-02-14T21:49:40, got ${JSON.stringify(since)}.`);
  if (checkpoint !== undefined && !(checkpoint && typeof checkpoint.created_datetime === "string" && DATETIME.test(checkpoint.created_datetime) && Number.isInteger(checkpoint.id))) {
    throw new InvalidRequestError("events.stream: `checkpoint` must be a checkpoint a stream yielded ({ created_datetime, id }).");
  }
  if (types !== undefined && !(Array.isArray(types) && types.every((t) => typeof t === "string" && t !== ""))) throw new InvalidRequestError("events.stream: `types` must be a list of event type names.");
  return { pollIntervalMs, pageSize };
}

/**
 * Follows `GET /api/events` by polling: the guide's events (and every other type) are recorded
 * there and never pushed. Pages oldest first from the last checkpoint, yields each newer event
 * once, then waits `pollIntervalMs` and asks again, until `signal` aborts.
 */
export async function* streamEvents(events: EventListSource, clock: Clock, options: EventStreamOptions = {}): AsyncGenerator<StreamedEvent, void, undefined> {
  const { pollIntervalMs, pageSize } = checkOptions(options);
  const { signal } = options;
  const types = options.types ? [...options.types] : undefined;
  const call: CallOptions = signal ? { signal } : {};
  const stopped = () => signal?.aborted === true;
  let checkpoint: EventStreamCheckpoint | null = options.checkpoint ?? null;
  // The `created_datetime[gte]` filter of each poll: the checkpoint's instant (ties are skipped by id), or `since`.
  let floor: string | null = checkpoint ? checkpoint.created_datetime : (options.since ?? null);
  try {
    if (!checkpoint && floor === null) {
      // Start from the newest event the API holds, so the client's clock never matters.
      const newest = await events.list({ order_by: "created_datetime:desc", limit: 1, ...(types ? { types } : {}) }, call);
      const [latest] = newest.data;
      if (latest) checkpoint = { created_datetime: String(latest.created_datetime), id: latest.id };
      floor = checkpoint?.created_datetime ?? null;
    }
    while (!stopped()) {
      const params: ParamsOf<"listEvents"> = {
        order_by: "created_datetime:asc",
        limit: pageSize,
        ...(types ? { types } : {}),
        ...(floor !== null ? { created_datetime: { gte: floor } } : {}),
      };
      for await (const page of events.list(params, call).pages()) {
        for (const event of page.data) {
          if (checkpoint && !isAfter(event, checkpoint)) continue;
          checkpoint = { created_datetime: String(event.created_datetime), id: event.id };
          yield { event, checkpoint };
          if (stopped()) return;
        }
      }
      floor = checkpoint?.created_datetime ?? floor;
      await clock.sleep(pollIntervalMs, signal);
    }
  } catch (error) {
    if (stopped()) return;
    throw error;
  }
}
