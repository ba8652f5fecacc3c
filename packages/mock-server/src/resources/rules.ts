import { invalid, notFound } from "../engine/api-error.js";
import type { Schema } from "../schema.js";
import { assignDefined } from "../store/assign-defined.js";
import type { RuleRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { bareListPage } from "./bare-list.js";
import type { Handler } from "./operation-context.js";

export function ruleJson(r: RuleRecord): Schema<"Rule"> {
  return {
    id: r.id,
    uri: `/api/rules/${r.id}/`,
    name: r.name,
    description: r.description,
    code: r.code,
    code_ast: r.code_ast,
    event_types: r.event_types,
    priority: r.priority,
    created_datetime: r.created_datetime,
    updated_datetime: r.updated_datetime,
    deactivated_datetime: r.deactivated_datetime,
  };
}

function requireRule(store: Store, id: number): RuleRecord {
  const rule = store.rules.get(id);
  if (!rule) throw notFound("Rule", id);
  return rule;
}

export const listRules: Handler<"listRules"> = (ctx) => {
  const rules = bareListPage(ctx, (order) => ctx.store.rules.sorted(order), () => true);
  return { status: 200, body: rules.map(ruleJson) };
};

export const getRule: Handler<"getRule"> = (ctx) => ({ status: 200, body: ruleJson(requireRule(ctx.store, ctx.path.id)) });

export const createRule: Handler<"createRule"> = (ctx) => {
  const body = ctx.body;
  const rule = ctx.store.rules.insert({
    id: ctx.store.rules.allocateId(),
    name: body.name,
    description: body.description ?? null,
    code: body.code,
    // The live API derives the syntax tree from `code`; the mock keeps what is sent (none: null).
    code_ast: body.code_ast ?? null,
    event_types: body.event_types ?? null,
    priority: body.priority ?? 0,
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    deactivated_datetime: body.deactivated_datetime ?? null,
  });
  return { status: 201, body: ruleJson(rule) };
};

export const updateRule: Handler<"updateRule"> = (ctx) => {
  const rule = requireRule(ctx.store, ctx.path.id);
  const updated = ctx.store.rules.update(rule.id, (r) => {
    assignDefined(r, ctx.body, ["name", "description", "code", "code_ast", "event_types", "priority", "deactivated_datetime"] as const);
    r.updated_datetime = ctx.now;
  });
  return { status: 200, body: ruleJson(updated) };
};

export const deleteRule: Handler<"deleteRule"> = (ctx) => {
  const rule = requireRule(ctx.store, ctx.path.id);
  ctx.store.rules.delete(rule.id);
  return { status: 204 };
};

/** Sets several rules' priorities at once: every item is checked first, so a bad one changes nothing. */
export const updateRulePriorities: Handler<"updateRulePriorities"> = (ctx) => {
  const items = ctx.body.priorities;
  const problems: Record<string, string> = {};
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (!ctx.store.rules.has(item.id)) problems[`priorities.${i}.id`] = `Rule ${item.id} does not exist.`;
    else if (seen.has(item.id)) problems[`priorities.${i}.id`] = `Rule ${item.id} is listed more than once.`;
    seen.add(item.id);
  });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const changed = items.map((item) =>
    ctx.store.rules.update(item.id, (r) => {
      r.priority = item.priority;
      r.updated_datetime = ctx.now;
    }),
  );
  return { status: 202, body: changed.map(ruleJson) };
};
