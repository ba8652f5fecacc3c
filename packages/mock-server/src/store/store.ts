import { inspectJson, PROTOTYPE_KEY_PROBLEM } from "../engine/json-walk.js";
import { Collection } from "./collection.js";
import { FileStorage } from "./file-storage.js";
import { idProblem, MAX_RECORD_ID } from "./record-id.js";
import type {
  AccountSettingRecord,
  CustomerRecord,
  CustomFieldRecord,
  EventRecord,
  IntegrationRecord,
  JobRecord,
  MacroRecord,
  MessageRecord,
  RuleRecord,
  SatisfactionSurveyRecord,
  TagRecord,
  TeamRecord,
  TicketRecord,
  UserRecord,
  ViewRecord,
  VoiceCallEventRecord,
  VoiceCallRecord,
  VoiceCallRecordingRecord,
  WidgetRecord,
} from "./records.js";

/** The snapshot format of `GET/PUT /__admin/state` and `exportState()` / `importState()`. */
export interface StoreState {
  format: "gorgias-mock-state";
  version: 1;
  collections: { [N in Exclude<CollectionName, OptionalCollectionName>]: CollectionState } & { [N in OptionalCollectionName]?: CollectionState };
  sequences: { customerChannel: number; integrationHttp: number };
  /** Merged customer id → surviving customer id. */
  mergedCustomers: [number, number][];
}

export const COLLECTION_NAMES = [
  "tickets",
  "messages",
  "customers",
  "users",
  "teams",
  "tags",
  "macros",
  "views",
  "integrations",
  "events",
  "voiceCalls",
  "voiceCallEvents",
  "voiceCallRecordings",
  "accountSettings",
  "customFields",
  "widgets",
  "jobs",
  "rules",
  "satisfactionSurveys",
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** One collection in a snapshot. */
export interface CollectionState {
  nextId: number;
  records: unknown[];
}

/** Collections added after the snapshot format was published: a snapshot without one loads it empty. */
const OPTIONAL_COLLECTION_NAMES = ["widgets", "jobs", "rules", "satisfactionSurveys"] as const;
type OptionalCollectionName = (typeof OPTIONAL_COLLECTION_NAMES)[number];
const OPTIONAL_COLLECTIONS: ReadonlySet<CollectionName> = new Set(OPTIONAL_COLLECTION_NAMES);

/** A collection of a snapshot; empty when the snapshot predates it. */
export function collectionState(state: StoreState, name: CollectionName): CollectionState {
  return state.collections[name] ?? { nextId: 1, records: [] };
}

/** The one in-memory store every transport and resource shares. */
export class Store {
  readonly tickets = new Collection<TicketRecord>("Ticket");
  readonly messages = new Collection<MessageRecord>("Message");
  readonly customers = new Collection<CustomerRecord>("Customer");
  readonly users = new Collection<UserRecord>("User");
  readonly teams = new Collection<TeamRecord>("Team");
  readonly tags = new Collection<TagRecord>("Tag");
  readonly macros = new Collection<MacroRecord>("Macro");
  readonly views = new Collection<ViewRecord>("View");
  readonly integrations = new Collection<IntegrationRecord>("Integration");
  readonly events = new Collection<EventRecord>("Event");
  readonly voiceCalls = new Collection<VoiceCallRecord>("VoiceCall");
  readonly voiceCallEvents = new Collection<VoiceCallEventRecord>("VoiceCallEvent");
  readonly voiceCallRecordings = new Collection<VoiceCallRecordingRecord>("VoiceCallRecording");
  readonly accountSettings = new Collection<AccountSettingRecord>("Account setting");
  readonly customFields = new Collection<CustomFieldRecord>("Custom field");
  readonly widgets = new Collection<WidgetRecord>("Widget");
  readonly jobs = new Collection<JobRecord>("Job");
  readonly rules = new Collection<RuleRecord>("Rule");
  readonly satisfactionSurveys = new Collection<SatisfactionSurveyRecord>("SatisfactionSurvey");
  readonly sequences = { customerChannel: 1, integrationHttp: 1 };
  /** Uploaded files with their bytes: not records, so state snapshots leave them out. */
  readonly files = new FileStorage();
  /** Merged customer id → the customer it was merged into. */
  readonly mergedCustomers = new Map<number, number>();

  collection(name: CollectionName): Collection<{ id: number }> {
    return this[name] as unknown as Collection<{ id: number }>;
  }

  nextCustomerChannelId(): number {
    return this.sequences.customerChannel++;
  }

  nextIntegrationHttpId(): number {
    return this.sequences.integrationHttp++;
  }

  /** Where a merged customer id now lives, following chains of merges; null when it was not merged. */
  survivorOf(customerId: number): number | null {
    let current = this.mergedCustomers.get(customerId);
    if (current === undefined) return null;
    for (let hops = 0; hops < 1000; hops++) {
      const next = this.mergedCustomers.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  exportState(): StoreState {
    const collections = {} as StoreState["collections"];
    for (const name of COLLECTION_NAMES) {
      const c = this.collection(name);
      collections[name] = { nextId: c.nextId, records: structuredClone([...c.values()]) };
    }
    return {
      format: "gorgias-mock-state",
      version: 1,
      collections,
      sequences: { ...this.sequences },
      mergedCustomers: [...this.mergedCustomers.entries()],
    };
  }

  /** Replaces the whole store; the state must have passed {@link checkState}. */
  importState(state: StoreState): void {
    for (const name of COLLECTION_NAMES) {
      const { nextId, records } = collectionState(state, name);
      this.collection(name).load(structuredClone(records) as { id: number }[], nextId);
    }
    this.sequences.customerChannel = state.sequences.customerChannel;
    this.sequences.integrationHttp = state.sequences.integrationHttp;
    this.mergedCustomers.clear();
    for (const [from, to] of state.mergedCustomers) this.mergedCustomers.set(from, to);
  }
}

/** Problems with a state snapshot's structure, by JSON path; empty when {@link Store.importState} can load it. */
export function checkState(value: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  const state = value as Partial<StoreState> | null;
  if (!state || typeof state !== "object" || Array.isArray(state)) return { state: "Expected an object from GET /__admin/state." };
  const prototypeKey = inspectJson(state).prototypeKeyPath;
  if (prototypeKey !== null) return { [prototypeKey]: PROTOTYPE_KEY_PROBLEM };
  if (state.format !== "gorgias-mock-state") problems.format = 'Expected "gorgias-mock-state".';
  if (state.version !== 1) problems.version = "Expected 1.";
  const collections = state.collections as Record<string, unknown> | undefined;
  for (const name of COLLECTION_NAMES) {
    const c = collections?.[name] as { nextId?: unknown; records?: unknown } | undefined;
    if (c === undefined && OPTIONAL_COLLECTIONS.has(name)) continue;
    if (!c || typeof c !== "object") {
      problems[`collections.${name}`] = "Missing.";
      continue;
    }
    if (!Number.isSafeInteger(c.nextId) || (c.nextId as number) < 1 || (c.nextId as number) > MAX_RECORD_ID + 1) {
      problems[`collections.${name}.nextId`] = `Expected an integer from 1 to ${MAX_RECORD_ID + 1}.`;
    }
    if (!Array.isArray(c.records)) {
      problems[`collections.${name}.records`] = "Expected an array.";
      continue;
    }
    const seen = new Set<number>();
    c.records.forEach((record, i) => {
      if (!record || typeof record !== "object" || Array.isArray(record)) {
        problems[`collections.${name}.records.${i}`] = "Expected an object.";
        return;
      }
      const id = (record as { id?: unknown }).id;
      const problem = idProblem(id);
      if (problem) problems[`collections.${name}.records.${i}.id`] = problem;
      else if (seen.has(id as number)) problems[`collections.${name}.records.${i}.id`] = `Duplicate id ${id}.`;
      else seen.add(id as number);
    });
  }
  const seq = state.sequences as Record<string, unknown> | undefined;
  for (const key of ["customerChannel", "integrationHttp"]) {
    const n = seq?.[key];
    if (!Number.isSafeInteger(n) || (n as number) < 1 || (n as number) > MAX_RECORD_ID + 1) problems[`sequences.${key}`] = `Expected an integer from 1 to ${MAX_RECORD_ID + 1}.`;
  }
  if (!Array.isArray(state.mergedCustomers) || !state.mergedCustomers.every((p) => Array.isArray(p) && p.length === 2 && p.every((id) => idProblem(id) === null))) {
    problems.mergedCustomers = "Expected a list of [mergedId, survivorId] pairs of integer ids.";
  }
  return problems;
}
