import { invalid, notFound } from "../engine/api-error.js";
import { paginate } from "../engine/pagination.js";
import type { MacroRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { macroJson } from "./json-views.js";
import { listEnvelope, orderOf, pageQuery } from "./list-envelope.js";
import { assignDefined } from "../store/assign-defined.js";
import type { Handler } from "./operation-context.js";

function requireMacro(store: Store, id: number): MacroRecord {
  const macro = store.macros.get(id);
  if (!macro) throw notFound("Macro", id);
  return macro;
}

/** Tag names a macro adds: the comma-separated `tags` argument of its `addTags` actions. */
function macroTags(m: MacroRecord): string[] {
  return m.actions
    .filter((a) => a.name === "addTags")
    .flatMap((a) => String((a.arguments as { tags?: unknown } | null)?.tags ?? "").split(","))
    .map((t) => t.trim())
    .filter(Boolean);
}

export const listMacros: Handler<"listMacros"> = (ctx) => {
  const q = ctx.query;
  const search = q.search?.toLowerCase();
  const tags = q.tags;
  const languages = q.languages ? new Set<string>(q.languages) : null;
  const archived = q.archived ?? false;
  const matches = (m: MacroRecord) =>
    (m.archived_datetime !== null) === archived &&
    (search === undefined || `${m.name} ${JSON.stringify(m.actions)}`.toLowerCase().includes(search)) &&
    (tags === undefined || tags.every((t) => macroTags(m).includes(t))) &&
    (languages === null || (m.language !== null && languages.has(m.language)));
  const requested = orderOf(ctx);
  const byRelevance = requested.startsWith("relevance:");
  if (byRelevance && q.ticket_id === undefined) throw invalid({ ticket_id: "Required with order_by=relevance." });
  // The mock has no model of a good reply: it ranks by usage for a relevance order.
  const order = byRelevance ? requested.replace("relevance:", "usage:") : requested;
  const page = paginate(ctx.store.macros.sorted(order), matches, pageQuery(ctx));
  return { status: 200, body: listEnvelope(ctx, page.items.map(macroJson), page.meta) };
};

export const getMacro: Handler<"getMacro"> = (ctx) => ({ status: 200, body: macroJson(requireMacro(ctx.store, ctx.path.id)) });

export const createMacro: Handler<"createMacro"> = (ctx) => {
  const body = ctx.body;
  const macro = ctx.store.macros.insert({
    id: ctx.store.macros.allocateId(),
    external_id: body.external_id ?? null,
    name: body.name,
    intent: body.intent ?? null,
    language: body.language ?? null,
    usage: 0,
    actions: body.actions ?? [],
    created_datetime: ctx.now,
    updated_datetime: ctx.now,
    archived_datetime: null,
  });
  return { status: 201, body: macroJson(macro) };
};

export const updateMacro: Handler<"updateMacro"> = (ctx) => {
  const macro = requireMacro(ctx.store, ctx.path.id);
  const body = ctx.body;
  const updated = ctx.store.macros.update(macro.id, (m) => {
    assignDefined(m, body, ["name", "intent", "language", "external_id", "actions"] as const);
    m.updated_datetime = ctx.now;
  });
  return { status: 200, body: macroJson(updated) };
};

export const deleteMacro: Handler<"deleteMacro"> = (ctx) => {
  const macro = requireMacro(ctx.store, ctx.path.id);
  ctx.store.macros.delete(macro.id);
  return { status: 204 };
};
