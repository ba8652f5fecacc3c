import type { Validators } from "../engine/validators.js";
import { isRecord } from "../engine/is-record.js";
import { inspectJson, PROTOTYPE_KEY_PROBLEM } from "../engine/json-walk.js";
import type {
  CustomerRecord,
  EventRecord,
  IntegrationRecord,
  MacroRecord,
  MessageRecord,
  TagRecord,
  TicketRecord,
  UserRecord,
  ViewRecord,
} from "./records.js";
import { recordProblems, snapshotRecordProblems } from "./record-check.js";
import { idProblem } from "./record-id.js";
import { checkState, type CollectionName, type Store, type StoreState } from "./store.js";

type Loose = Record<string, unknown>;

/**
 * Records to load, in the shapes the API returns (any field may be left out; ids are assigned
 * when missing). Tickets refer to other records by id (`customer: {id}`, `tags: [{id} | {name}]`,
 * `assignee_user: {id}`) and carry their `messages`.
 */
export interface RecordFixtures {
  customers?: Loose[];
  users?: Loose[];
  tags?: Loose[];
  macros?: Loose[];
  views?: Loose[];
  integrations?: Loose[];
  tickets?: Loose[];
  events?: Loose[];
}

/** Records to add, or a whole state snapshot to start from. */
export type Fixtures = RecordFixtures | StoreState;

export class FixtureError extends Error {
  override name = "FixtureError";
}

const KINDS = ["customers", "users", "tags", "macros", "views", "integrations", "tickets", "events"] as const;
const FIXED = "2024-01-01T09:00:00.000000+00:00";

export function isStateSnapshot(fixtures: Fixtures): fixtures is StoreState {
  return (fixtures as StoreState).format === "gorgias-mock-state";
}

function put<T extends { id: number }>(collection: { get(id: number): T | undefined; delete(id: number): unknown; insert(r: T): T; allocateId(): number }, record: Loose): T {
  const id = Number.isInteger(record.id) ? (record.id as number) : collection.allocateId();
  if (collection.get(id)) collection.delete(id);
  return collection.insert({ ...record, id } as unknown as T);
}

/** Problems of a reference such as a ticket's `customer: {id}`: absent or null, or an object with an id. */
function referenceProblem(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return "Expected an object with an id, or null.";
  return idProblem(value.id);
}

/** The id of a reference such as `customer: {id}` (checked beforehand), or null when it names none. */
function referenceId(value: unknown): number | null {
  return isRecord(value) && typeof value.id === "number" ? value.id : null;
}

/** The ids a fixture record gives, by field path: its own, and those of the records it names or carries. */
function fixtureIdProblems(kind: (typeof KINDS)[number], record: Loose): Record<string, string> {
  const problems: Record<string, string> = {};
  const check = (field: string, problem: string | null) => void (problem && (problems[field] = problem));
  if (record.id !== undefined) check("id", idProblem(record.id));
  const listOfObjects = (field: string, each: (item: Loose, i: number) => void) => {
    const list: unknown = record[field];
    if (list === undefined) return;
    if (!Array.isArray(list)) return void (problems[field] = "Expected an array.");
    list.forEach((item: unknown, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) problems[`${field}.${i}`] = "Expected an object.";
      else each(item as Loose, i);
    });
  };
  if (kind === "tickets") {
    for (const field of ["customer", "assignee_user", "assignee_team"]) check(`${field}.id`, referenceProblem(record[field]));
    listOfObjects("tags", (tag, i) => {
      if (tag.id !== undefined) check(`tags.${i}.id`, idProblem(tag.id));
      else if (typeof tag.name !== "string" || tag.name === "") problems[`tags.${i}`] = "Expected an id or a name.";
    });
    listOfObjects("messages", (m, i) => void (m.id !== undefined && check(`messages.${i}.id`, idProblem(m.id))));
  }
  if (kind === "customers") listOfObjects("channels", (ch, i) => void (ch.id !== undefined && check(`channels.${i}.id`, idProblem(ch.id))));
  const http = record.http;
  if (kind === "integrations" && http !== undefined && http !== null) {
    if (!isRecord(http)) problems.http = "Expected an object.";
    else if (http.id !== undefined) check("http.id", idProblem(http.id));
  }
  return problems;
}

/** Problems of the records fixtures name, before any is loaded: shapes, ids, and keys that would reach a prototype. */
function checkRecordFixtures(fixtures: RecordFixtures): void {
  const unknown = Object.keys(fixtures).filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new FixtureError(`Unknown fixture kind(s) ${unknown.join(", ")}; expected ${KINDS.join(", ")}.`);
  const prototypeKey = inspectJson(fixtures).prototypeKeyPath;
  if (prototypeKey !== null) throw new FixtureError(`fixtures.${prototypeKey}: ${PROTOTYPE_KEY_PROBLEM}`);
  const problems: string[] = [];
  for (const kind of KINDS) {
    const list: unknown = fixtures[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new FixtureError(`fixtures.${kind} must be an array.`);
    list.forEach((record: unknown, i) => {
      if (!record || typeof record !== "object" || Array.isArray(record)) return void problems.push(`fixtures.${kind}.${i}: Expected an object.`);
      for (const [field, problem] of Object.entries(fixtureIdProblems(kind, record as Loose))) problems.push(`fixtures.${kind}.${i}.${field}: ${problem}`);
    });
  }
  if (problems.length > 0) throw new FixtureError(`Fixtures do not match the spec:\n  ${problems.slice(0, 20).join("\n  ")}`);
}

/**
 * Loads fixtures into a seeded store; every record must then match its spec schema. With
 * `check: false` (fixtures already checked on an identical store) the checks are skipped.
 */
export function loadFixtures(store: Store, fixtures: Fixtures, validators: Validators, options: { check: boolean } = { check: true }): void {
  if (isStateSnapshot(fixtures)) {
    if (options.check) {
      const structure = checkState(fixtures);
      const problems = Object.keys(structure).length > 0 ? structure : snapshotRecordProblems(fixtures, validators);
      if (Object.keys(problems).length > 0) throw new FixtureError(`The fixtures snapshot is not valid: ${Object.entries(problems).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
    }
    store.importState(fixtures);
    return;
  }
  if (options.check) checkRecordFixtures(fixtures);
  const now = FIXED;
  const f = fixtures;
  /** Each loaded record, by its path in the fixtures (`tickets.0`, `tickets.0.messages.1`), to check once all are in. */
  const loaded: [string, CollectionName, object][] = [];
  f.users?.forEach((u, i) => {
    const r = put<UserRecord>(store.users, {
      email: `user${i}@example.com`, name: null, firstname: null, lastname: null, active: true, bio: null, country: null, language: null, timezone: null,
      external_id: null, role: { name: "agent" }, meta: {}, created_datetime: now, updated_datetime: now, deactivated_datetime: null, ...u,
    });
    loaded.push([`users.${i}`, "users", r]);
  });
  f.customers?.forEach((c, i) => {
    const r = put<CustomerRecord>(store.customers, {
      email: null, name: null, firstname: null, lastname: null, external_id: null, language: null, timezone: null, note: null, data: null,
      integrations: {}, meta: {}, custom_fields: {}, created_datetime: now, updated_datetime: now, ...c,
      channels: ((c.channels as Loose[] | undefined) ?? []).map((ch) => ({ id: ch.id ?? store.nextCustomerChannelId(), preferred: false, created_datetime: now, updated_datetime: now, deleted_datetime: null, ...ch })),
    });
    loaded.push([`customers.${i}`, "customers", r]);
  });
  f.tags?.forEach((t, i) => {
    const { uri: _uri, ...rest } = t;
    const r = put<TagRecord>(store.tags, { description: null, decoration: null, usage: 0, created_datetime: now, deleted_datetime: null, ...rest });
    loaded.push([`tags.${i}`, "tags", r]);
  });
  f.macros?.forEach((m, i) => {
    const { uri: _uri, ...rest } = m;
    const r = put<MacroRecord>(store.macros, { external_id: null, intent: null, language: null, usage: 0, actions: [], created_datetime: now, updated_datetime: now, archived_datetime: null, ...rest });
    loaded.push([`macros.${i}`, "macros", r]);
  });
  f.views?.forEach((v, i) => {
    const { uri: _uri, ...rest } = v;
    const r = put<ViewRecord>(store.views, {
      name: "", slug: null, type: "ticket-list", category: "user", visibility: "public", decoration: null, fields: [], filters: null, order_by: "updated_datetime",
      order_dir: "desc", search: null, shared_with_teams: [], shared_with_users: [], created_datetime: now, deactivated_datetime: null, ...rest,
    });
    loaded.push([`views.${i}`, "views", r]);
  });
  f.integrations?.forEach((g, i) => {
    const { uri: _uri, ...rest } = g;
    const http = isRecord(g.http) ? { id: g.http.id ?? store.nextIntegrationHttpId(), headers: {}, form: null, triggers: {}, ...g.http } : null;
    const r = put<IntegrationRecord>(store.integrations, {
      type: "http", description: null, user: null, application_id: null, managed: false, business_hours_id: null, created_datetime: now, updated_datetime: now,
      deactivated_datetime: null, ...rest, http,
    });
    loaded.push([`integrations.${i}`, "integrations", r]);
  });
  f.tickets?.forEach((t, i) => {
    const { uri: _uri, messages = [], customer, assignee_user, assignee_team, tags = [], ...rest } = t;
    const id = Number.isInteger(t.id) ? (t.id as number) : store.tickets.allocateId();
    const old = store.tickets.get(id);
    if (old) {
      for (const mid of old.message_ids) store.messages.delete(mid);
      for (const tid of old.tag_ids) if (store.tags.has(tid)) store.tags.update(tid, (tag) => void (tag.usage = Math.max(0, tag.usage - 1)));
      store.tickets.delete(id);
    }
    const tagIds = (tags as Loose[]).map((tag) => (Number.isInteger(tag.id) ? tag.id : [...store.tags.values()].find((x) => x.name === tag.name)?.id ?? put<TagRecord>(store.tags, { name: tag.name, description: null, decoration: null, usage: 0, created_datetime: now, deleted_datetime: null }).id));
    const messageIds = (messages as Loose[]).map((m, j) => {
      const { uri: _u, ...mrest } = m;
      const message = put<MessageRecord>(store.messages, {
        message_id: null, external_id: null, public: true, channel: "email", via: "api", source: null, sender: null, receiver: null, integration_id: null, rule_id: null,
        from_agent: false, subject: null, body_text: null, body_html: null, stripped_text: null, stripped_html: null, stripped_signature: null, attachments: [],
        macros: [], actions: [], headers: null, mention_ids: [], imported: false, meta: null, created_datetime: now, processed_datetime: now, sent_datetime: now,
        failed_datetime: null, opened_datetime: null, last_sending_error: null, ...mrest, ticket_id: id,
      });
      loaded.push([`tickets.${i}.messages.${j}`, "messages", message]);
      return message.id;
    });
    const r = store.tickets.insert({
      external_id: null, status: "open", priority: "normal", channel: "email", via: "api", from_agent: false, spam: false, imported: false, is_unread: true,
      subject: null, language: null, meta: null, custom_fields: {}, created_datetime: now, updated_datetime: now, opened_datetime: null, closed_datetime: null,
      trashed_datetime: null, snooze_datetime: null, last_message_datetime: null, last_received_message_datetime: null, ...rest,
      id, customer_id: referenceId(customer), assignee_user_id: referenceId(assignee_user), assignee_team_id: referenceId(assignee_team), tag_ids: [...new Set(tagIds)], message_ids: messageIds,
    } as TicketRecord);
    for (const tid of r.tag_ids) if (store.tags.has(tid)) store.tags.update(tid, (tag) => void tag.usage++);
    loaded.push([`tickets.${i}`, "tickets", r]);
  });
  f.events?.forEach((e, i) => {
    const { uri: _uri, ...rest } = e;
    const r = put<EventRecord>(store.events, { object_type: "Ticket", object_id: 1, user_id: null, context: null, data: null, created_datetime: now, ...rest });
    loaded.push([`events.${i}`, "events", r]);
  });
  if (!options.check) return;
  const problems: string[] = [];
  for (const [path, collection, record] of loaded) {
    for (const [field, problem] of Object.entries(recordProblems(store, collection, record, validators))) problems.push(`fixtures.${path}${field ? `.${field}` : ""}: ${problem}`);
  }
  if (problems.length > 0) throw new FixtureError(`Fixtures do not match the spec:\n  ${problems.slice(0, 20).join("\n  ")}`);
}
