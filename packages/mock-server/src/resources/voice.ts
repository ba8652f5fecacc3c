import { notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import { listEnvelope, pageQuery } from "./list-envelope.js";
import type { Handler } from "./operation-context.js";

// The docs list no order_by for voice lists: they page newest first, as the account's other lists do by default.
const NEWEST_FIRST = "created_datetime:desc";

export const listVoiceCalls: Handler<"listVoiceCalls"> = (ctx) => {
  const ticket = ctx.query.ticket_id;
  const page = paginate(ctx.store.voiceCalls.sorted(NEWEST_FIRST), (c) => ticket === undefined || c.ticket_id === ticket, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items, page.meta) };
};

export const getVoiceCall: Handler<"getVoiceCall"> = (ctx) => {
  const call = ctx.store.voiceCalls.get(ctx.path.id);
  if (!call) throw notFound("Voice call", ctx.path.id);
  return { status: 200, body: call };
};

/** A bare-array list (as the docs show it): one page of `limit` items, from `cursor` if given. */
function bareList<T extends { id: number; call_id: number; created_datetime: string }>(
  items: Parameters<typeof paginate<T>>[0],
  query: { readonly limit?: number; readonly cursor?: string; readonly call_id?: number },
): T[] {
  const call = query.call_id;
  return paginate(items, (item) => call === undefined || item.call_id === call, { limit: query.limit ?? 30, ...(query.cursor ? { cursor: query.cursor } : {}) }).items;
}

export const listVoiceCallEvents: Handler<"listVoiceCallEvents"> = (ctx) => ({
  status: 200,
  body: bareList(ctx.store.voiceCallEvents.sorted(NEWEST_FIRST), ctx.query),
});

export const getVoiceCallEvent: Handler<"getVoiceCallEvent"> = (ctx) => {
  const event = ctx.store.voiceCallEvents.get(ctx.path.id);
  if (!event) throw notFound("Voice call event", ctx.path.id);
  return { status: 200, body: event };
};

export const listVoiceCallRecordings: Handler<"listVoiceCallRecordings"> = (ctx) => ({
  status: 200,
  body: bareList(ctx.store.voiceCallRecordings.sorted(NEWEST_FIRST), ctx.query),
});

export const getVoiceCallRecording: Handler<"getVoiceCallRecording"> = (ctx) => {
  const recording = ctx.store.voiceCallRecordings.get(ctx.path.id);
  if (!recording) throw notFound("Voice call recording", ctx.path.id);
  return { status: 200, body: recording };
};

/** Deleting a recording removes it: the audio is gone, and a later read answers 404. */
export const deleteVoiceCallRecording: Handler<"deleteVoiceCallRecording"> = (ctx) => {
  if (!ctx.store.voiceCallRecordings.delete(ctx.path.id)) throw notFound("Voice call recording", ctx.path.id);
  return { status: 204 };
};
