import type { JobRecord, RuleRecord, WidgetRecord } from "./records.js";
import type { Store } from "./store.js";

/** The seed's time source: a datetime `hours` after the seed's epoch. */
type At = (hours: number) => string;

/**
 * Teams 1 to 3; team 1 (the spec's example) holds the example agent, user 5. Fixed data with no
 * random draws, so adding it left every other seeded record as it was.
 */
export function seedTeams(store: Store, at: At): void {
  const teams = [
    { id: 1, name: "Tier 1", description: "First line of support.", emoji: "🛟", members: [5] },
    { id: 2, name: "Tier 2", description: "Escalations and complex orders.", emoji: "🧭", members: [1] },
    { id: 3, name: "Billing", description: null, emoji: null, members: [] },
  ];
  for (const t of teams) {
    store.teams.insert({
      id: t.id,
      name: t.name,
      description: t.description,
      decoration: t.emoji === null ? null : { emoji: t.emoji },
      member_ids: t.members.filter((id) => store.users.has(id)),
      created_datetime: at(t.id),
    });
  }
}

const RULE_CODE = {
  close: "if (containsAny(ticket.customer.email, ['noreply@'])) { Action('setStatus', { status: 'closed' }) }",
  urgent: "if (containsAny(message.body_text, ['urgent', 'asap'])) { Action('addTags', { tags: 'urgent' }) }",
  vip: "if (containsAny(ticket.customer.tags.name, ['vip'])) { Action('setAssignee', { assignee_user: 5 }) }",
  thanks: "if (eq(ticket.status, 'closed')) { Action('addTags', { tags: 'feedback' }) }",
};

/**
 * Widgets 1 to 4, finished jobs 1 to 3, rules 1 to 4 and satisfaction surveys on tickets 1 to 5:
 * the ids the spec's examples use (widget 1 on integration 12, job 1, rules 1 and 3, survey 1 on
 * ticket 1), no random draws. Seeded jobs are finished, so the mock clock never moves them.
 */
export function seedAutomation(store: Store, at: At): void {
  const template = (title: string): WidgetRecord["template"] => ({ type: "wrapper", widgets: [{ path: "order", title, type: "card" }] });
  const widgets: Omit<WidgetRecord, "created_datetime" | "updated_datetime" | "deactivated_datetime">[] = [
    { id: 1, type: "http", context: "ticket", template: template("Last order"), order: 0, integration_id: 12, app_id: null },
    { id: 2, type: "shopify", context: "ticket", template: template("Shopify orders"), order: 1, integration_id: null, app_id: null },
    { id: 3, type: "customer_external_data", context: "customer", template: template("Loyalty"), order: 0, integration_id: null, app_id: "loyalty-app" },
    { id: 4, type: "recharge", context: "ticket", template: template("Subscriptions"), order: 2, integration_id: null, app_id: null },
  ];
  for (const w of widgets) store.widgets.insert({ ...w, created_datetime: at(w.id), updated_datetime: at(w.id), deactivated_datetime: null });

  const finished = (id: number, type: JobRecord["type"], params: JobRecord["params"], outcome: "done" | "canceled" | "errored"): JobRecord => {
    const created = 10 + id;
    const started = at(created + 0.01);
    const ended = at(created + 0.05);
    return {
      id,
      type,
      status: outcome,
      params,
      meta: null,
      info: { progress_count: outcome === "done" ? (params.ticket_ids?.length ?? 1) : 0 },
      user_id: 1,
      scheduled_datetime: null,
      created_datetime: at(created),
      locked_datetime: started,
      started_datetime: started,
      ended_datetime: outcome === "done" ? ended : null,
      failed_datetime: outcome === "errored" ? ended : null,
      cancel_requested_datetime: outcome === "canceled" ? ended : null,
      cancelled_datetime: outcome === "canceled" ? ended : null,
    };
  };
  store.jobs.insert(finished(1, "updateTicket", { ticket_ids: [1, 2], updates: { status: "closed" } }, "done"));
  store.jobs.insert(finished(2, "exportTicket", { view_id: 7 }, "canceled"));
  store.jobs.insert(finished(3, "applyMacro", { ticket_ids: [3], macro_id: 8 }, "errored"));

  const rules: Omit<RuleRecord, "created_datetime" | "updated_datetime" | "deactivated_datetime" | "code_ast">[] = [
    { id: 1, name: "Auto-close no-reply senders", description: "Closes tickets from no-reply addresses.", code: RULE_CODE.close, event_types: "ticket-created", priority: 100 },
    { id: 2, name: "Tag urgent messages", description: null, code: RULE_CODE.urgent, event_types: "ticket-created,ticket-message-created", priority: 80 },
    { id: 3, name: "Assign VIP customers", description: null, code: RULE_CODE.vip, event_types: "ticket-created", priority: 20 },
    { id: 4, name: "Ask for feedback", description: "Tags closed tickets for the survey.", code: RULE_CODE.thanks, event_types: "ticket-updated", priority: 10 },
  ];
  for (const r of rules) store.rules.insert({ ...r, code_ast: null, created_datetime: at(r.id), updated_datetime: at(r.id), deactivated_datetime: null });

  for (let ticketId = 1; ticketId <= 5; ticketId++) {
    const ticket = store.tickets.get(ticketId);
    if (!ticket || ticket.customer_id === null) continue;
    const answered = ticketId % 2 === 1;
    const sent = at(72 + ticketId);
    store.satisfactionSurveys.insert({
      id: ticketId,
      ticket_id: ticketId,
      customer_id: ticket.customer_id,
      score: answered ? 6 - Math.ceil(ticketId / 2) : null,
      body_text: ticketId === 1 ? "Quick and friendly, thanks!" : null,
      meta: null,
      created_datetime: at(71 + ticketId),
      scored_datetime: answered ? at(74 + ticketId) : null,
      sent_datetime: sent,
      should_send_datetime: sent,
    });
  }
}
