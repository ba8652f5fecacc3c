import { Faker, base, en } from "@faker-js/faker";
import { formatDatetime } from "../engine/clock.js";
import type { Schema } from "../schema.js";
import type {
  CustomerRecord,
  EventRecord,
  IntegrationRecord,
  MacroRecord,
  MessageRecord,
  ParticipantRecord,
  TagRecord,
  TicketRecord,
  UserRecord,
  ViewRecord,
} from "./records.js";
import { seedSettingsAndFields } from "./seed-settings-and-fields.js";
import type { Store } from "./store.js";
import { seedVoice } from "./voice-seed.js";
import { seedAutomation, seedTeams } from "./seed-automation.js";
import { seedFiles } from "./seed-files.js";

/** How many records of each kind the seeded store holds. */
export interface SeedCounts {
  /** At least 6 (the example survey is created on ticket 6). @default 60 */
  tickets: number;
  /** At least 43, so the spec's example customers 42 and 43 exist. @default 60 */
  customers: number;
  /** At least 5 (the example agent). @default 8 */
  users: number;
  /** At least 5 (example tags 3, 4 and 5). @default 12 */
  tags: number;
  /** At least 8 (the example macro). @default 10 */
  macros: number;
  /** At least 7 (the example view). @default 8 */
  views: number;
  /** At least 12 (the example integration). @default 12 */
  integrations: number;
  /** At least 100 (the example event). @default 120 */
  events: number;
}

export const DEFAULT_SEED_COUNTS: SeedCounts = { tickets: 60, customers: 60, users: 8, tags: 12, macros: 10, views: 8, integrations: 12, events: 120 };

/** The smallest counts that keep every id the spec's examples use. */
const MINIMUM_COUNTS: SeedCounts = { tickets: 6, customers: 43, users: 5, tags: 5, macros: 8, views: 7, integrations: 12, events: 100 };

/** Seeded data starts here, so the same seed gives the same bytes whatever the date. */
const EPOCH = Date.UTC(2024, 0, 1, 9, 0, 0);
const HOUR = 3_600_000;

/**
 * Ids of ticket 1's messages: the spec's response examples show message 10, and its message
 * operations take the generic id example 1, so ticket 1 carries both.
 */
const EXAMPLE_MESSAGE_IDS = [1, 10];

const SUBJECTS = [
  "Where is my order?",
  "Refund request",
  "Wrong size received",
  "Cancel my subscription",
  "Discount code not working",
  "Package arrived damaged",
  "Change shipping address",
  "Question about sizing",
  "Exchange for another colour",
  "Order never arrived",
];
const TAG_NAMES = ["shipping", "returns", "urgent", "vip", "billing", "feedback", "exchange", "subscription", "wholesale", "damaged", "discount", "sizing"];
const LANGUAGES = ["en", "en", "en", "fr", "de", "es"];
const CHANNELS: readonly Schema<"Channel">[] = ["email", "email", "email", "chat", "contact_form", "sms"];

/**
 * Values shared by many seeded records, frozen: records replace such values on change and never
 * edit them in place, so sharing keeps a large seed small (100,000 tickets well under 300 MB).
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];
const NO_FIELDS: TicketRecord["custom_fields"] = Object.freeze({}) as TicketRecord["custom_fields"];

export function resolveSeedCounts(counts: Partial<SeedCounts> | undefined): SeedCounts {
  const out = { ...DEFAULT_SEED_COUNTS };
  for (const key of Object.keys(DEFAULT_SEED_COUNTS) as (keyof SeedCounts)[]) {
    const value = counts?.[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < MINIMUM_COUNTS[key]) {
      throw new RangeError(`seedCounts.${key} must be an integer of at least ${MINIMUM_COUNTS[key]} (the spec's examples use those ids), got ${value}.`);
    }
    out[key] = value;
  }
  return out;
}

/**
 * Fills an empty store with deterministic data: the same seed and counts always give the same
 * records. The ids and values the spec's examples use are fixed (ticket 1 with message 10,
 * customers 42 and 43, user 5, tags 3 to 5, macro 8, view 7, integration 12, event 100), so the
 * examples run against it as contract tests.
 */
export function seedStore(store: Store, seed: number, counts: SeedCounts): void {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  // Message texts come from a small vocabulary and are interned, so a large seed repeats strings instead of copying them.
  const products = Array.from({ length: 40 }, () => faker.commerce.productName());
  const texts = new Map<string, string>();
  const intern = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  // One snapshot per person, shared by every message they wrote or received.
  const participants = new Map<string, ParticipantRecord>();
  const participant = (p: UserRecord | CustomerRecord): ParticipantRecord => {
    const key = `${"role" in p ? "u" : "c"}${p.id}`;
    let snapshot = participants.get(key);
    if (!snapshot) {
      snapshot = Object.freeze({ id: p.id, email: p.email, name: p.name, firstname: p.firstname, lastname: p.lastname, meta: "role" in p ? p.meta : null }) as ParticipantRecord;
      participants.set(key, snapshot);
    }
    return snapshot;
  };
  const at = (hours: number) => formatDatetime(EPOCH + Math.round(hours * HOUR));

  // Users: 1 is the account owner behind the default API key, 5 the spec's example agent.
  for (let id = 1; id <= counts.users; id++) {
    const first = id === 5 ? "Alex" : id === 1 ? "Morgan" : faker.person.firstName();
    const last = id === 5 ? "Martin" : id === 1 ? "Lee" : faker.person.lastName();
    const user: UserRecord = {
      id,
      email: id === 1 ? "admin@example.com" : id === 5 ? "alex.martin@acme.com" : `${first}.${last}.${id}@acme.com`.toLowerCase(),
      name: `${first} ${last}`,
      firstname: first,
      lastname: last,
      active: true,
      bio: null,
      country: faker.location.countryCode(),
      language: "en",
      timezone: faker.location.timeZone(),
      external_id: null,
      role: { name: id === 1 ? "admin" : faker.helpers.arrayElement(["agent", "agent", "admin", "lite-agent"]) },
      meta: { profile_picture_url: null },
      created_datetime: at(id),
      updated_datetime: at(id),
      deactivated_datetime: null,
    };
    store.users.insert(user);
  }

  seedTeams(store, at);

  for (let id = 1; id <= counts.customers; id++) {
    const first = id === 42 ? "Jane" : faker.person.firstName();
    const last = id === 42 ? "Doe" : faker.person.lastName();
    const email = id === 42 ? "jane.doe@example.com" : `${first}.${last}.${id}@example.com`.toLowerCase();
    const created = at(24 + id);
    const channels: CustomerRecord["channels"] = [
      { id: store.nextCustomerChannelId(), type: "email", address: email, preferred: true, created_datetime: created, updated_datetime: created, deleted_datetime: null },
    ];
    if (id === 43 || faker.number.int({ min: 0, max: 3 }) === 0) {
      channels.push({ id: store.nextCustomerChannelId(), type: "phone", address: faker.phone.number({ style: "international" }), preferred: false, created_datetime: created, updated_datetime: created, deleted_datetime: null });
    }
    store.customers.insert({
      id,
      email,
      name: `${first} ${last}`,
      firstname: first,
      lastname: last,
      external_id: id === 42 ? "cus_1001" : `cus_${1000 + id}`,
      language: id === 42 ? "en" : faker.helpers.arrayElement(LANGUAGES),
      timezone: id === 42 ? "America/New_York" : faker.location.timeZone(),
      note: null,
      channels,
      data: null,
      integrations: {},
      meta: {},
      custom_fields: {},
      created_datetime: created,
      updated_datetime: created,
    });
  }

  for (let id = 1; id <= counts.tags; id++) {
    const tag: TagRecord = {
      id,
      name: TAG_NAMES[id - 1] ?? `tag-${id}`,
      description: id === 3 ? "Needs a reply within the day." : id === 4 ? "High-value customer." : null,
      decoration: { color: faker.color.rgb() },
      usage: 0,
      created_datetime: at(id),
      deleted_datetime: null,
    };
    store.tags.insert(tag);
  }

  // Messages: ticket 1 holds messages 1 and 10; the others follow from 11.
  store.messages.nextId = Math.max(...EXAMPLE_MESSAGE_IDS) + 1;
  for (let id = 1; id <= counts.tickets; id++) {
    const customer = store.customers.get(id === 1 ? 42 : faker.number.int({ min: 1, max: counts.customers }))!;
    const created = at(48 + id * 0.5);
    const channel = id === 1 ? "email" : faker.helpers.arrayElement(CHANNELS);
    const subject = id === 1 ? "Where is my order?" : faker.helpers.arrayElement(SUBJECTS);
    const assignee = id === 1 ? null : faker.helpers.maybe(() => faker.number.int({ min: 1, max: counts.users }), { probability: 0.6 }) ?? null;
    const status = id === 1 ? "open" : faker.helpers.arrayElement(["open", "open", "closed"] as const);
    const tagIds = id === 1 ? [3] : faker.helpers.arrayElements(Array.from({ length: counts.tags }, (_, i) => i + 1), { min: 0, max: 2 });
    const messageCount = id === 1 ? EXAMPLE_MESSAGE_IDS.length : faker.number.int({ min: 1, max: 2 });
    const messageIds: number[] = [];
    let last = created;
    let lastReceived: string | null = null;
    for (let n = 0; n < messageCount; n++) {
      const fromAgent = n % 2 === 1;
      const agent = store.users.get(assignee ?? 1)!;
      const mid = id === 1 ? EXAMPLE_MESSAGE_IDS[n]! : store.messages.allocateId();
      const sentAt = at(48 + id * 0.5 + n * 0.25);
      const product = faker.helpers.arrayElement(products);
      const text = intern(
        fromAgent
          ? `Thanks for reaching out about the ${product}. We are on it.`
          : id === 1
            ? "Hi, my order has not arrived yet."
            : `Hello, about my ${product}: ${subject.toLowerCase()}.`,
      );
      const html = intern(`<p>${text}</p>`);
      const customerParty = participant(customer);
      const agentParty = participant(agent);
      const message: MessageRecord = {
        id: mid,
        ticket_id: id,
        message_id: null,
        external_id: null,
        public: true,
        channel,
        via: channel === "email" ? "email" : "api",
        source: null,
        sender: fromAgent ? agentParty : customerParty,
        receiver: fromAgent ? customerParty : null,
        integration_id: null,
        rule_id: null,
        from_agent: fromAgent,
        subject,
        body_text: text,
        body_html: html,
        stripped_text: text,
        stripped_html: html,
        stripped_signature: null,
        attachments: NONE,
        macros: NONE,
        actions: NONE,
        headers: null,
        mention_ids: NONE,
        imported: false,
        meta: null,
        created_datetime: sentAt,
        processed_datetime: sentAt,
        sent_datetime: sentAt,
        failed_datetime: null,
        opened_datetime: null,
        last_sending_error: null,
      };
      store.messages.insert(message);
      messageIds.push(mid);
      last = sentAt;
      if (!fromAgent) lastReceived = sentAt;
    }
    const ticket: TicketRecord = {
      id,
      external_id: null,
      status,
      priority: id === 1 ? "normal" : faker.helpers.arrayElement(["low", "normal", "normal", "high", "critical"]),
      channel,
      via: channel === "email" ? "email" : "api",
      from_agent: false,
      spam: false,
      imported: false,
      is_unread: status === "open",
      subject,
      language: customer.language,
      customer_id: customer.id,
      assignee_user_id: assignee,
      assignee_team_id: assignee === null ? null : faker.helpers.maybe(() => faker.number.int({ min: 1, max: 3 }), { probability: 0.3 }) ?? null,
      tag_ids: tagIds,
      message_ids: messageIds,
      meta: null,
      custom_fields: NO_FIELDS,
      created_datetime: created,
      updated_datetime: last,
      opened_datetime: null,
      closed_datetime: status === "closed" ? last : null,
      trashed_datetime: null,
      snooze_datetime: null,
      last_message_datetime: last,
      last_received_message_datetime: lastReceived,
    };
    store.tickets.insert(ticket);
    for (const tagId of tagIds) store.tags.get(tagId)!.usage++;
  }

  for (let id = 1; id <= counts.macros; id++) {
    const name = id === 8 ? "Refund on its way" : `${faker.helpers.arrayElement(["Shipping", "Refund", "Returns", "Sizing", "Thanks"])} reply ${id}`;
    const macro: MacroRecord = {
      id,
      external_id: null,
      name,
      intent: id === 8 ? "refund/status" : null,
      language: "en",
      usage: faker.number.int({ min: 0, max: 50 }),
      actions: [
        { name: "setResponseText", title: "Add response text", type: "system", arguments: { body_text: `Hi {{ticket.customer.firstname}}, ${faker.lorem.sentence()}` } },
        ...(id % 2 === 0 ? [{ name: "addTags", title: "Add tags", type: "system" as const, arguments: { tags: TAG_NAMES[id % TAG_NAMES.length]! } }] : []),
      ],
      created_datetime: at(id),
      updated_datetime: at(id),
      archived_datetime: null,
    };
    store.macros.insert(macro);
  }

  for (let id = 1; id <= counts.views; id++) {
    const view: ViewRecord = {
      id,
      name: id === 7 ? "My open tickets" : `${faker.helpers.arrayElement(["Open", "Urgent", "Unassigned", "Closed"])} tickets ${id}`,
      slug: id === 7 ? "my-open-tickets" : `view-${id}`,
      type: "ticket-list",
      category: "user",
      visibility: "public",
      decoration: null,
      fields: ["details", "customer", "last_message", "status", "assignee"],
      filters: id === 7 ? "eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')" : faker.helpers.arrayElement(["eq(ticket.status, 'open')", "eq(ticket.status, 'closed')", "contains(ticket.tags.name, 'urgent')", "isEmpty(ticket.assignee_user)"]),
      order_by: "updated_datetime",
      order_dir: "desc",
      search: null,
      shared_with_teams: [],
      shared_with_users: [],
      created_datetime: at(id),
      deactivated_datetime: null,
    };
    store.views.insert(view);
  }

  // Native integrations only: a seeded HTTP integration would send requests on every write.
  for (let id = 1; id <= counts.integrations; id++) {
    const type = id === 12 ? "email" : faker.helpers.arrayElement(["email", "gorgias_chat", "shopify", "sms"]);
    const integration: IntegrationRecord = {
      id,
      name: id === 12 ? "Support email" : `${type} ${id}`,
      type,
      description: null,
      user: { id: 1 },
      application_id: null,
      managed: false,
      business_hours_id: null,
      http: null,
      created_datetime: at(id),
      updated_datetime: at(id),
      deactivated_datetime: null,
    };
    store.integrations.insert(integration);
  }

  const kinds = [
    ["ticket-created", "Ticket", counts.tickets],
    ["customer-created", "Customer", counts.customers],
    ["user-created", "User", counts.users],
    ["tag-created", "Tag", counts.tags],
  ] as const;
  for (let id = 1; id <= counts.events; id++) {
    const [type, objectType, max] = id === 100 ? kinds[0] : faker.helpers.arrayElement(kinds);
    const event: EventRecord = {
      id,
      type,
      object_type: objectType,
      object_id: id === 100 ? 1 : faker.number.int({ min: 1, max }),
      user_id: type === "ticket-created" ? null : 1,
      context: faker.string.uuid(),
      data: null,
      created_datetime: at(id * 0.5),
    };
    store.events.insert(event);
  }

  seedVoice(store, counts);
  seedSettingsAndFields(store, at);
  seedAutomation(store, at);
  seedFiles(store);
}
