import type { Validators } from "../engine/validators.js";
import { customerJson, eventJson, integrationJson, macroJson, messageJson, tagJson, ticketJson, userJson, viewJson } from "../resources/json-views.js";
import { jobJson } from "../resources/jobs.js";
import { ruleJson } from "../resources/rules.js";
import { satisfactionSurveyJson } from "../resources/satisfaction-surveys.js";
import { teamJson } from "../resources/teams.js";
import { widgetJson } from "../resources/widgets.js";
import { idProblem } from "./record-id.js";
import type { Collection } from "./collection.js";
import { COLLECTION_NAMES, collectionState, Store, type CollectionName, type StoreState } from "./store.js";

/** The references a record keeps as ids (not shown as such in responses, so no schema checks them). */
const REFERENCES: Partial<Record<CollectionName, { ids?: string[]; nullableIds?: string[]; idLists?: string[] }>> = {
  tickets: { nullableIds: ["customer_id", "assignee_user_id", "assignee_team_id"], idLists: ["tag_ids", "message_ids"] },
  messages: { ids: ["ticket_id"], nullableIds: ["integration_id", "rule_id"], idLists: ["mention_ids"] },
  events: { ids: ["object_id"], nullableIds: ["user_id"] },
  views: { idLists: ["shared_with_teams", "shared_with_users"] },
  teams: { idLists: ["member_ids"] },
  jobs: { nullableIds: ["user_id"] },
  satisfactionSurveys: { ids: ["ticket_id", "customer_id"] },
};

type ShownCollection = CollectionName;

/** The record type a collection of the store holds. */
type RecordOf<C extends ShownCollection> = Store[C] extends Collection<infer R> ? R : never;

/** How a stored record is shown by the API, and the spec schema that must describe it. */
const SHOWN_AS: { [C in ShownCollection]: { schema: string; json: (store: Store, record: RecordOf<C>) => unknown } } = {
  // Compact: the messages a full ticket embeds are checked as records of their own.
  tickets: { schema: "Ticket", json: (store, r) => ticketJson(store, r, { compact: true, customFields: true }) },
  messages: { schema: "TicketMessage", json: (_, r) => messageJson(r) },
  customers: { schema: "Customer", json: (_, r) => customerJson(r, { customFields: true }) },
  users: { schema: "User", json: (_, r) => userJson(r) },
  tags: { schema: "Tag", json: (_, r) => tagJson(r) },
  macros: { schema: "Macro", json: (_, r) => macroJson(r) },
  views: { schema: "View", json: (store, r) => viewJson(store, r) },
  integrations: { schema: "Integration", json: (_, r) => integrationJson(r) },
  events: { schema: "Event", json: (_, r) => eventJson(r) },
  voiceCalls: { schema: "VoiceCall", json: (_, r) => r },
  voiceCallEvents: { schema: "VoiceCallEvent", json: (_, r) => r },
  voiceCallRecordings: { schema: "VoiceCallRecording", json: (_, r) => r },
  accountSettings: { schema: "AccountSetting", json: (_, r) => r },
  customFields: { schema: "CustomField", json: (_, r) => r },
  teams: { schema: "Team", json: (store, r) => teamJson(store, r) },
  widgets: { schema: "Widget", json: (_, r) => widgetJson(r) },
  jobs: { schema: "Job", json: (_, r) => jobJson(r) },
  rules: { schema: "Rule", json: (_, r) => ruleJson(r) },
  satisfactionSurveys: { schema: "SatisfactionSurvey", json: (_, r) => satisfactionSurveyJson(r) },
};

function referenceProblems(collection: CollectionName, record: Record<string, unknown>): Record<string, string> {
  const problems: Record<string, string> = {};
  const refs = REFERENCES[collection];
  if (!refs) return problems;
  for (const field of refs.ids ?? []) {
    const problem = idProblem(record[field]);
    if (problem) problems[field] = problem;
  }
  for (const field of refs.nullableIds ?? []) {
    const problem = record[field] === null ? null : idProblem(record[field]);
    if (problem) problems[field] = problem.replace("Expected an integer id", "Expected null or an integer id");
  }
  for (const field of refs.idLists ?? []) {
    const list = record[field];
    if (!Array.isArray(list)) {
      problems[field] = "Expected a list of integer ids.";
      continue;
    }
    const bad = list.findIndex((id) => idProblem(id) !== null);
    if (bad >= 0) problems[`${field}.${bad}`] = idProblem(list[bad])!;
  }
  return problems;
}

/**
 * What is wrong with one stored record, by field path relative to it (`customer_id`,
 * `messages.0.channel`): its id references, and how the API would show it against the spec
 * schema. Empty when the record can be served.
 */
export function recordProblems(store: Store, collection: CollectionName, stored: object, validators: Validators): Record<string, string> {
  const record = stored as Record<string, unknown>;
  const problems = referenceProblems(collection, record);
  if (Object.keys(problems).length > 0) return problems;
  if (collection === "integrations") {
    const secret = (record.http as { hmac_secret?: unknown } | null | undefined)?.hmac_secret;
    if (secret !== undefined && typeof secret !== "string") return { "http.hmac_secret": "Expected a string." };
  }
  const shown = SHOWN_AS[collection];
  let json: unknown;
  try {
    json = show(store, collection, record);
  } catch (error) {
    return { "": `Cannot be shown as a ${shown.schema}: ${(error as Error).message}` };
  }
  const validate = validators.component(shown.schema);
  if (validate(json)) return problems;
  for (const e of validate.errors ?? []) {
    const field = e.instancePath.slice(1).replace(/\//g, ".");
    problems[field] ??= e.message ?? e.keyword;
  }
  return problems;
}

/**
 * The record as the API would show it. The record is unchecked (a snapshot or fixture): rendering
 * it is how it is checked, and a view that throws on a wrong shape is reported by the caller.
 */
function show<C extends ShownCollection>(store: Store, collection: C, record: object): unknown {
  return SHOWN_AS[collection].json(store, record as RecordOf<C>);
}

/** Records that others embed come first, so a bad tag is named as the tag before the tickets that show it; then every other collection. */
const EMBEDDED_FIRST: readonly CollectionName[] = ["users", "teams", "customers", "tags", "macros", "views", "integrations", "messages", "tickets"];
const CHECK_ORDER: readonly CollectionName[] = [...EMBEDDED_FIRST, ...COLLECTION_NAMES.filter((name) => !EMBEDDED_FIRST.includes(name))];

/**
 * What is wrong with the records of a snapshot that passed `checkState`, by JSON path
 * (`collections.tickets.records.3.customer_id`): each is loaded into a scratch store and checked
 * with {@link recordProblems}. At most `limit` problems are gathered.
 */
export function snapshotRecordProblems(state: StoreState, validators: Validators, limit = 20): Record<string, string> {
  // A scratch store over the snapshot's own records (rendering only reads them, so no copy is needed).
  const scratch = new Store();
  for (const name of COLLECTION_NAMES) {
    const { records, nextId } = collectionState(state, name);
    scratch.collection(name).load(records as { id: number }[], nextId);
  }
  const problems: Record<string, string> = {};
  let count = 0;
  for (const name of CHECK_ORDER) {
    const records = collectionState(state, name).records;
    for (let i = 0; i < records.length && count < limit; i++) {
      const record = scratch.collection(name).get((records[i] as { id: number }).id)!;
      for (const [field, problem] of Object.entries(recordProblems(scratch, name, record, validators))) {
        problems[`collections.${name}.records.${i}${field ? `.${field}` : ""}`] = problem;
        count++;
      }
    }
  }
  return problems;
}
