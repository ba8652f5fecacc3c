/**
 * The records the store keeps. Most have the shape the API returns; references to other records
 * are kept as ids (`customer_id`, `tag_ids`, …) and embedded when a response is built, so a
 * renamed tag or merged customer shows up everywhere at once.
 */

import type { Schema } from "../schema.js";

/** A JSON object kept as sent (`meta`, `headers`): the spec leaves its values open. */
export type JsonObject = { [key: string]: unknown };

export interface TicketRecord {
  id: number;
  external_id: string | null;
  status: Schema<"TicketStatus">;
  priority: Schema<"TicketPriority">;
  channel: Schema<"Channel">;
  via: Schema<"Via">;
  from_agent: boolean | null;
  spam: boolean;
  imported: boolean;
  is_unread: boolean;
  subject: string | null;
  language: string | null;
  customer_id: number | null;
  assignee_user_id: number | null;
  assignee_team_id: number | null;
  tag_ids: number[];
  message_ids: number[];
  meta: JsonObject | null;
  /** Custom field values by field id. */
  custom_fields: Record<string, { id: number; value: unknown }>;
  created_datetime: string;
  updated_datetime: string;
  opened_datetime: string | null;
  closed_datetime: string | null;
  trashed_datetime: string | null;
  snooze_datetime: string | null;
  last_message_datetime: string | null;
  last_received_message_datetime: string | null;
}

/** A person as a message names them (sender, receiver), snapshotted when the message is written. */
export interface ParticipantRecord {
  id: number;
  email: string | null;
  name: string | null;
  firstname: string | null;
  lastname: string | null;
  meta: JsonObject | null;
}

export interface MessageRecord {
  id: number;
  ticket_id: number;
  message_id: string | null;
  external_id: string | null;
  public: boolean;
  channel: Schema<"Channel">;
  via: Schema<"Via">;
  source: Schema<"MessageSource"> | null;
  sender: ParticipantRecord | null;
  receiver: ParticipantRecord | null;
  integration_id: number | null;
  rule_id: number | null;
  from_agent: boolean;
  subject: string | null;
  body_text: string | null;
  body_html: string | null;
  stripped_text: string | null;
  stripped_html: string | null;
  stripped_signature: string | null;
  attachments: Schema<"Attachment">[];
  macros: { id: number }[];
  actions: unknown[] | null;
  headers: JsonObject | null;
  mention_ids: number[];
  imported: boolean;
  meta: JsonObject | null;
  created_datetime: string;
  processed_datetime: string | null;
  sent_datetime: string | null;
  failed_datetime: string | null;
  opened_datetime: string | null;
  last_sending_error: { error?: string } | null;
}

export interface CustomerChannelRecord {
  id: number;
  type: string;
  address: string;
  preferred: boolean;
  created_datetime: string;
  updated_datetime: string;
  deleted_datetime: string | null;
}

export interface CustomerRecord {
  id: number;
  email: string | null;
  name: string | null;
  firstname: string | null;
  lastname: string | null;
  external_id: string | null;
  language: string | null;
  timezone: string | null;
  note: string | null;
  channels: CustomerChannelRecord[];
  data: unknown;
  /** The `version` of the last accepted `PUT /api/customers/{id}/data`; a write with an older one is ignored. */
  data_version?: string | null;
  integrations: Record<string, JsonObject>;
  meta: JsonObject | null;
  custom_fields: Record<string, { id: number; value: unknown }>;
  created_datetime: string;
  updated_datetime: string;
}

export interface UserRecord {
  id: number;
  email: string;
  name: string | null;
  firstname: string | null;
  lastname: string | null;
  active: boolean;
  bio: string | null;
  country: string | null;
  language: string | null;
  timezone: string | null;
  external_id: string | null;
  role: { name: Schema<"UserRole"> };
  meta: JsonObject | null;
  created_datetime: string;
  updated_datetime: string;
  deactivated_datetime: string | null;
}

export interface TeamRecord {
  id: number;
  name: string;
  description: string | null;
  decoration: { emoji?: string } | null;
  /** The members' user ids; names and emails are read from the users when shown. */
  member_ids: number[];
  created_datetime: string;
}

export interface WidgetRecord {
  id: number;
  type: Schema<"WidgetType">;
  context: Schema<"WidgetContext">;
  template: Schema<"WidgetTemplate">;
  order: number;
  integration_id: number | null;
  app_id: string | null;
  created_datetime: string;
  updated_datetime: string;
  deactivated_datetime: string | null;
}

export interface JobRecord {
  id: number;
  type: Schema<"JobType">;
  status: Schema<"JobStatus">;
  params: Schema<"JobParams">;
  meta: JsonObject | null;
  info: { progress_count: number };
  user_id: number | null;
  scheduled_datetime: string | null;
  created_datetime: string;
  locked_datetime: string | null;
  started_datetime: string | null;
  ended_datetime: string | null;
  failed_datetime: string | null;
  cancel_requested_datetime: string | null;
  cancelled_datetime: string | null;
}

export interface RuleRecord {
  id: number;
  name: string;
  description: string | null;
  code: string;
  code_ast: JsonObject | null;
  event_types: string | null;
  priority: number;
  created_datetime: string;
  updated_datetime: string;
  deactivated_datetime: string | null;
}

export interface SatisfactionSurveyRecord {
  id: number;
  ticket_id: number;
  customer_id: number;
  score: number | null;
  body_text: string | null;
  meta: JsonObject | null;
  created_datetime: string;
  scored_datetime: string | null;
  sent_datetime: string | null;
  should_send_datetime: string | null;
}

export interface TagRecord {
  id: number;
  name: string;
  description: string | null;
  decoration: { color?: string } | null;
  /** Number of tickets carrying the tag; kept in step with the tickets. */
  usage: number;
  created_datetime: string;
  deleted_datetime: string | null;
}

export interface MacroRecord {
  id: number;
  external_id: string | null;
  name: string;
  intent: Exclude<Schema<"Macro">["intent"], undefined>;
  language: string | null;
  usage: number;
  actions: Schema<"MacroAction">[];
  created_datetime: string;
  updated_datetime: string;
  archived_datetime: string | null;
}

export interface ViewRecord {
  id: number;
  name: string;
  slug: string | null;
  type: "ticket-list";
  category: "system" | "user" | null;
  visibility: "public" | "shared" | "private";
  decoration: { emoji?: string | null } | null;
  fields: NonNullable<Schema<"View">["fields"]>;
  filters: string | null;
  order_by: string;
  order_dir: "asc" | "desc";
  search: string | null;
  shared_with_teams: number[];
  shared_with_users: number[];
  created_datetime: string;
  deactivated_datetime: string | null;
}

export interface IntegrationHttpRecord {
  id: number;
  url: string;
  method: Schema<"IntegrationHttp">["method"];
  request_content_type: Schema<"IntegrationHttp">["request_content_type"];
  response_content_type: Schema<"IntegrationHttp">["response_content_type"];
  headers: Record<string, string>;
  form: JsonObject | string | null;
  /** Write-only: used to sign deliveries, never returned. */
  hmac_secret?: string;
  oauth2?: Schema<"IntegrationHttp">["oauth2"];
  triggers: Record<string, boolean>;
}

export interface IntegrationRecord {
  id: number;
  name: string;
  type: Schema<"IntegrationType">;
  description: string | null;
  user: { id: number } | null;
  application_id: string | null;
  managed: boolean;
  business_hours_id: number | null;
  http: IntegrationHttpRecord | null;
  created_datetime: string;
  updated_datetime: string;
  deactivated_datetime: string | null;
}

/** What an event records of its subject: the subject's JSON as the API showed it. */
export type EventData = Exclude<Schema<"Event">["data"], undefined>;

export interface EventRecord {
  id: number;
  type: Schema<"EventType">;
  object_type: Schema<"Event">["object_type"];
  object_id: number;
  user_id: number | null;
  context: string | null;
  data: EventData;
  created_datetime: string;
}

/** Voice records keep the API's own shape: Gorgias writes them, the API only reads (and deletes recordings). */
export type VoiceCallRecord = Schema<"VoiceCall">;
export type VoiceCallEventRecord = Schema<"VoiceCallEvent">;
export type VoiceCallRecordingRecord = Schema<"VoiceCallRecording">;
/** An account-wide setting (`/api/account/settings`): its shape is the API's. */
export type AccountSettingRecord = Schema<"AccountSetting">;

/** A custom field definition (`/api/custom-fields`): its shape is the API's. */
export type CustomFieldRecord = Schema<"CustomField">;
