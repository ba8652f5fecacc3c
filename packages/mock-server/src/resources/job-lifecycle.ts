import { datetimeMs } from "../engine/api-datetime.js";
import { formatDatetime } from "../engine/clock.js";
import type { JobRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/**
 * How a mock job moves on the mock clock. The live API gives no durations (jobs take minutes to
 * hours), so the mock picks short ones that tests reach with `POST /__admin/clock`:
 * a job starts {@link JOB_START_DELAY_MS} after it was created (or after its
 * `scheduled_datetime`), runs for {@link JOB_RUN_MS}, and a cancel request on a running job takes
 * {@link JOB_CANCEL_DELAY_MS} to stop it. The mock does not carry out the job's work.
 */
export const JOB_START_DELAY_MS = 5_000;
export const JOB_RUN_MS = 60_000;
export const JOB_CANCEL_DELAY_MS = 5_000;

/** Statuses after which a job never moves again. */
export const FINAL_JOB_STATUSES: ReadonlySet<JobRecord["status"]> = new Set(["done", "canceled", "errored", "fatal_errored"]);

/** Whether the job has not started yet (its params and schedule can still change). */
export function isWaiting(job: JobRecord): boolean {
  return job.status === "pending" || job.status === "scheduled";
}

/** How many records the job works on: its tickets, or one for a job that names none (a view or a file). */
function workSize(job: JobRecord): number {
  return Math.max(1, job.params.ticket_ids?.length ?? 0);
}

/** What the job looks like at `nowMs`: the transitions due by then, each at the time it was due. */
function advanced(job: JobRecord, nowMs: number): JobRecord {
  const next = { ...job, info: { ...job.info } };
  if (isWaiting(next)) {
    const startAt = Math.max(datetimeMs(next.created_datetime), next.scheduled_datetime === null ? 0 : datetimeMs(next.scheduled_datetime)) + JOB_START_DELAY_MS;
    if (nowMs < startAt) return next;
    next.status = "running";
    next.locked_datetime = formatDatetime(startAt);
    next.started_datetime = formatDatetime(startAt);
  }
  if (next.status === "cancel_requested") {
    const stopAt = datetimeMs(next.cancel_requested_datetime ?? next.created_datetime) + JOB_CANCEL_DELAY_MS;
    if (nowMs >= stopAt) {
      next.status = "canceled";
      next.cancelled_datetime = formatDatetime(stopAt);
    }
    return next;
  }
  if (next.status === "running" && next.started_datetime !== null) {
    const startedMs = datetimeMs(next.started_datetime);
    const endAt = startedMs + JOB_RUN_MS;
    if (nowMs >= endAt) {
      next.status = "done";
      next.ended_datetime = formatDatetime(endAt);
      next.info.progress_count = workSize(next);
    } else {
      next.info.progress_count = Math.floor((workSize(next) * (nowMs - startedMs)) / JOB_RUN_MS);
    }
  }
  return next;
}

/** Brings a stored job up to the mock clock's `now` and returns it. */
export function advanceJob(store: Store, job: JobRecord, now: string): JobRecord {
  if (FINAL_JOB_STATUSES.has(job.status)) return job;
  const next = advanced(job, datetimeMs(now));
  if (next.status === job.status && next.info.progress_count === job.info.progress_count) return job;
  return store.jobs.update(job.id, (j) => void Object.assign(j, next));
}

/** Brings every unfinished job up to `now` (lists filter and sort on the current status). */
export function advanceJobs(store: Store, now: string): void {
  for (const job of [...store.jobs.values()]) advanceJob(store, job, now);
}

/**
 * Cancels a job at `now`: one that has not started is canceled at once, a running one becomes
 * `cancel_requested`; a finished job is left as it is.
 */
export function cancelJobAt(store: Store, job: JobRecord, now: string): JobRecord {
  const current = advanceJob(store, job, now);
  if (isWaiting(current)) {
    return store.jobs.update(job.id, (j) => {
      j.status = "canceled";
      j.cancel_requested_datetime = now;
      j.cancelled_datetime = now;
    });
  }
  if (current.status === "running") {
    return store.jobs.update(job.id, (j) => {
      j.status = "cancel_requested";
      j.cancel_requested_datetime = now;
    });
  }
  return current;
}
