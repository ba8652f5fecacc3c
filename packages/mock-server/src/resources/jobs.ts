import { invalid, notFound } from "../engine/api-error.js";
import { datetimeMs } from "../engine/api-datetime.js";
import { paginate } from "../engine/pagination.js";
import type { Schema } from "../schema.js";
import type { JobRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { advanceJob, advanceJobs, cancelJobAt, isWaiting } from "./job-lifecycle.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";

/** The docs allow scheduling a job at most this far ahead. */
const MAX_SCHEDULE_AHEAD_MS = 60 * 60_000;

export function jobJson(j: JobRecord): Schema<"Job"> {
  return {
    id: j.id,
    uri: `/api/jobs/${j.id}/`,
    type: j.type,
    status: j.status,
    params: j.params,
    meta: j.meta,
    info: { progress_count: j.info.progress_count },
    user_id: j.user_id,
    scheduled_datetime: j.scheduled_datetime,
    created_datetime: j.created_datetime,
    locked_datetime: j.locked_datetime,
    started_datetime: j.started_datetime,
    ended_datetime: j.ended_datetime,
    failed_datetime: j.failed_datetime,
    cancel_requested_datetime: j.cancel_requested_datetime,
    cancelled_datetime: j.cancelled_datetime,
  };
}

function requireJob(store: Store, id: number, now: string): JobRecord {
  const job = store.jobs.get(id);
  if (!job) throw notFound("Job", id);
  return advanceJob(store, job, now);
}

/** Problems of a job's params and schedule: the records it names must exist; the schedule at most 60 minutes ahead. */
function checkJobInput(store: Store, now: string, params: Schema<"JobParams"> | undefined, scheduled: string | null | undefined): void {
  const check = new ReferenceCheck(store);
  params?.ticket_ids?.forEach((id, i) => check.ticket(`params.ticket_ids.${i}`, id));
  check.macro("params.macro_id", params?.macro_id);
  check.done();
  if (scheduled !== undefined && scheduled !== null && datetimeMs(scheduled) - datetimeMs(now) > MAX_SCHEDULE_AHEAD_MS) {
    throw invalid({ scheduled_datetime: "Must be at most 60 minutes ahead." });
  }
}

export const listJobs: Handler<"listJobs"> = (ctx) => {
  advanceJobs(ctx.store, ctx.now);
  const { status, type } = ctx.query;
  const page = paginate(ctx.store.jobs.sorted(orderOf(ctx)), (j) => (status === undefined || j.status === status) && (type === undefined || j.type === type), pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(jobJson), page.meta) };
};

export const getJob: Handler<"getJob"> = (ctx) => ({ status: 200, body: jobJson(requireJob(ctx.store, ctx.path.id, ctx.now)) });

export const createJob: Handler<"createJob"> = (ctx) => {
  const body = ctx.body;
  checkJobInput(ctx.store, ctx.now, body.params, body.scheduled_datetime);
  const scheduled = body.scheduled_datetime ?? null;
  const job = ctx.store.jobs.insert({
    id: ctx.store.jobs.allocateId(),
    type: body.type,
    status: scheduled === null ? "pending" : "scheduled",
    params: body.params,
    meta: body.meta ?? null,
    info: { progress_count: 0 },
    user_id: ctx.principal.userId,
    scheduled_datetime: scheduled,
    created_datetime: ctx.now,
    locked_datetime: null,
    started_datetime: null,
    ended_datetime: null,
    failed_datetime: null,
    cancel_requested_datetime: null,
    cancelled_datetime: null,
  });
  return { status: 201, body: jobJson(job) };
};

/** The statuses a caller may set: the two that cancel. The job's worker sets every other. */
const SETTABLE_STATUSES: ReadonlySet<string> = new Set(["cancel_requested", "canceled"]);

export const updateJob: Handler<"updateJob"> = (ctx) => {
  const job = requireJob(ctx.store, ctx.path.id, ctx.now);
  const body = ctx.body;
  const problems: Record<string, string> = {};
  if (!isWaiting(job)) {
    if (body.params !== undefined) problems.params = `The job is ${job.status}; params change only before it starts.`;
    if (body.scheduled_datetime !== undefined) problems.scheduled_datetime = `The job is ${job.status}; its schedule changes only before it starts.`;
  }
  if (body.status !== undefined && body.status !== job.status && !SETTABLE_STATUSES.has(body.status)) {
    problems.status = "Only cancel_requested or canceled can be set (to cancel the job); the job sets its other statuses itself.";
  }
  if (Object.keys(problems).length > 0) throw invalid(problems);
  checkJobInput(ctx.store, ctx.now, body.params, body.scheduled_datetime);
  let updated = ctx.store.jobs.update(job.id, (j) => {
    if (body.meta !== undefined) j.meta = body.meta;
    if (body.params !== undefined) j.params = body.params;
    if (body.scheduled_datetime !== undefined) {
      j.scheduled_datetime = body.scheduled_datetime;
      j.status = body.scheduled_datetime === null ? "pending" : "scheduled";
    }
  });
  if (body.status !== undefined && SETTABLE_STATUSES.has(body.status)) updated = cancelJobAt(ctx.store, updated, ctx.now);
  return { status: 200, body: jobJson(updated) };
};

export const cancelJob: Handler<"cancelJob"> = (ctx) => {
  cancelJobAt(ctx.store, requireJob(ctx.store, ctx.path.id, ctx.now), ctx.now);
  return { status: 204 };
};
