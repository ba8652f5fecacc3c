import { conflict, notFound } from "../engine/api-error.js";
import type { Schema } from "../schema.js";
import { assignDefined } from "../store/assign-defined.js";
import type { SatisfactionSurveyRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { bareListPage } from "./bare-list.js";
import type { Handler } from "./operation-context.js";
import { ReferenceCheck } from "./references.js";

export function satisfactionSurveyJson(s: SatisfactionSurveyRecord): Schema<"SatisfactionSurvey"> {
  return {
    id: s.id,
    uri: `/api/satisfaction-surveys/${s.id}/`,
    ticket_id: s.ticket_id,
    customer_id: s.customer_id,
    score: s.score,
    body_text: s.body_text,
    meta: s.meta,
    created_datetime: s.created_datetime,
    scored_datetime: s.scored_datetime,
    sent_datetime: s.sent_datetime,
    should_send_datetime: s.should_send_datetime,
  };
}

function requireSurvey(store: Store, id: number): SatisfactionSurveyRecord {
  const survey = store.satisfactionSurveys.get(id);
  if (!survey) throw notFound("Satisfaction survey", id);
  return survey;
}

/** A ticket has at most one survey (the SatisfactionSurvey object's docs): a second one is a conflict. */
function assertTicketFree(store: Store, ticketId: number | undefined, exceptId?: number): void {
  if (ticketId === undefined) return;
  for (const s of store.satisfactionSurveys.values()) {
    if (s.ticket_id === ticketId && s.id !== exceptId) {
      throw conflict(`Ticket ${ticketId} already has a satisfaction survey (${s.id}).`, { ticket_id: "A ticket has at most one satisfaction survey." });
    }
  }
}

function checkReferences(store: Store, body: { ticket_id?: number; customer_id?: number }): void {
  const check = new ReferenceCheck(store);
  check.ticket("ticket_id", body.ticket_id);
  check.customer("customer_id", body.customer_id);
  check.done();
}

export const listSatisfactionSurveys: Handler<"listSatisfactionSurveys"> = (ctx) => {
  const ticketId = ctx.query.ticket_id;
  const surveys = bareListPage(ctx, (order) => ctx.store.satisfactionSurveys.sorted(order), (s) => ticketId === undefined || s.ticket_id === ticketId);
  return { status: 200, body: surveys.map(satisfactionSurveyJson) };
};

export const getSatisfactionSurvey: Handler<"getSatisfactionSurvey"> = (ctx) => ({
  status: 200,
  body: satisfactionSurveyJson(requireSurvey(ctx.store, ctx.path.id)),
});

export const createSatisfactionSurvey: Handler<"createSatisfactionSurvey"> = (ctx) => {
  const body = ctx.body;
  checkReferences(ctx.store, body);
  assertTicketFree(ctx.store, body.ticket_id);
  const survey = ctx.store.satisfactionSurveys.insert({
    id: ctx.store.satisfactionSurveys.allocateId(),
    ticket_id: body.ticket_id,
    customer_id: body.customer_id,
    score: body.score ?? null,
    body_text: body.body_text ?? null,
    meta: body.meta ?? null,
    created_datetime: body.created_datetime ?? ctx.now,
    scored_datetime: body.scored_datetime ?? null,
    sent_datetime: body.sent_datetime ?? null,
    should_send_datetime: body.should_send_datetime ?? null,
  });
  return { status: 201, body: satisfactionSurveyJson(survey) };
};

export const updateSatisfactionSurvey: Handler<"updateSatisfactionSurvey"> = (ctx) => {
  const survey = requireSurvey(ctx.store, ctx.path.id);
  const body = ctx.body;
  checkReferences(ctx.store, body);
  assertTicketFree(ctx.store, body.ticket_id, survey.id);
  const updated = ctx.store.satisfactionSurveys.update(survey.id, (s) => {
    assignDefined(s, body, ["ticket_id", "customer_id", "score", "body_text", "meta", "created_datetime", "scored_datetime", "sent_datetime", "should_send_datetime"] as const);
  });
  return { status: 200, body: satisfactionSurveyJson(updated) };
};
