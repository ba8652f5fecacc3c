/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { OperationId } from "@gorgias-kit/spec/operations";

/** Which operation a tool calls and the tool's body arguments; the operation's method, path, path and query parameters are in `@gorgias-kit/spec/operations`. */
export interface ToolRoute {
  readonly operationId: OperationId;
  /** Arguments that are fields of the request body (the tool's other arguments are the operation's path and query parameters). */
  readonly bodyFields: readonly string[];
  /** The body's own minProperties, checked on the body once arguments are split. */
  readonly bodyMinProperties: number | null;
  /** The request body is not an object (a bare array or value): the `body` argument is sent as the whole body. */
  readonly wholeBody: boolean;
}

/** Routes by tool name. */
export const toolRoutes: Readonly<Record<string, ToolRoute>> = {
  "list_tickets": {
    "operationId": "listTickets",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_ticket": {
    "operationId": "createTicket",
    "bodyFields": [
      "messages",
      "customer",
      "subject",
      "channel",
      "via",
      "status",
      "priority",
      "from_agent",
      "spam",
      "imported",
      "external_id",
      "language",
      "meta",
      "assignee_user",
      "assignee_team",
      "custom_fields",
      "tags",
      "split_from",
      "created_datetime",
      "updated_datetime",
      "opened_datetime",
      "closed_datetime",
      "trashed_datetime",
      "snooze_datetime",
      "last_message_datetime",
      "last_received_message_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_ticket": {
    "operationId": "getTicket",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_ticket": {
    "operationId": "updateTicket",
    "bodyFields": [
      "subject",
      "channel",
      "via",
      "status",
      "priority",
      "from_agent",
      "spam",
      "is_unread",
      "external_id",
      "language",
      "meta",
      "customer",
      "assignee_user",
      "assignee_team",
      "custom_fields",
      "tags",
      "updated_datetime",
      "opened_datetime",
      "closed_datetime",
      "trashed_datetime",
      "snooze_datetime",
      "last_message_datetime",
      "last_received_message_datetime"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_ticket": {
    "operationId": "deleteTicket",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_messages": {
    "operationId": "listMessages",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_ticket_messages": {
    "operationId": "listTicketMessages",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_ticket_message": {
    "operationId": "createTicketMessage",
    "bodyFields": [
      "channel",
      "via",
      "from_agent",
      "public",
      "subject",
      "body_text",
      "body_html",
      "stripped_text",
      "stripped_html",
      "stripped_signature",
      "sender",
      "receiver",
      "source",
      "attachments",
      "macros",
      "mention_ids",
      "message_id",
      "external_id",
      "integration_id",
      "headers",
      "meta",
      "actions",
      "last_sending_error",
      "created_datetime",
      "sent_datetime",
      "failed_datetime",
      "opened_datetime",
      "deleted_datetime",
      "imported"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_ticket_message": {
    "operationId": "getTicketMessage",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_ticket_message": {
    "operationId": "updateTicketMessage",
    "bodyFields": [
      "channel",
      "via",
      "from_agent",
      "public",
      "subject",
      "body_text",
      "body_html",
      "sender",
      "receiver",
      "source",
      "attachments",
      "mention_ids",
      "message_id",
      "external_id",
      "integration_id",
      "headers",
      "meta",
      "sent_datetime",
      "failed_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_ticket_message": {
    "operationId": "deleteTicketMessage",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_ticket_tags": {
    "operationId": "listTicketTags",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "set_ticket_tags": {
    "operationId": "setTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "add_ticket_tags": {
    "operationId": "addTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "remove_ticket_tags": {
    "operationId": "removeTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "list_customers": {
    "operationId": "listCustomers",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_customer": {
    "operationId": "createCustomer",
    "bodyFields": [
      "email",
      "name",
      "firstname",
      "lastname",
      "external_id",
      "language",
      "timezone",
      "note",
      "channels",
      "meta",
      "custom_fields"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_customers": {
    "operationId": "deleteCustomers",
    "bodyFields": [
      "ids"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_customer": {
    "operationId": "getCustomer",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_customer": {
    "operationId": "updateCustomer",
    "bodyFields": [
      "email",
      "name",
      "firstname",
      "lastname",
      "external_id",
      "language",
      "timezone",
      "note",
      "channels",
      "meta"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_customer": {
    "operationId": "deleteCustomer",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "merge_customers": {
    "operationId": "mergeCustomers",
    "bodyFields": [
      "email",
      "name",
      "firstname",
      "lastname",
      "external_id",
      "language",
      "timezone",
      "note",
      "channels",
      "meta"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_users": {
    "operationId": "listUsers",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_user": {
    "operationId": "createUser",
    "bodyFields": [
      "email",
      "name",
      "firstname",
      "lastname",
      "role",
      "active",
      "bio",
      "country",
      "language",
      "timezone",
      "external_id",
      "meta"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_user": {
    "operationId": "getUser",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_user": {
    "operationId": "updateUser",
    "bodyFields": [
      "email",
      "name",
      "firstname",
      "lastname",
      "role",
      "active",
      "bio",
      "country",
      "language",
      "timezone",
      "external_id",
      "meta",
      "old_password",
      "new_password",
      "password_confirmation",
      "two_fa_code"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_user": {
    "operationId": "deleteUser",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_tags": {
    "operationId": "listTags",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_tag": {
    "operationId": "createTag",
    "bodyFields": [
      "name",
      "description",
      "decoration"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_tags": {
    "operationId": "deleteTags",
    "bodyFields": [
      "ids"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_tag": {
    "operationId": "getTag",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_tag": {
    "operationId": "updateTag",
    "bodyFields": [
      "name",
      "description",
      "decoration"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_tag": {
    "operationId": "deleteTag",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "merge_tags": {
    "operationId": "mergeTags",
    "bodyFields": [
      "source_tags_ids"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_macros": {
    "operationId": "listMacros",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_macro": {
    "operationId": "createMacro",
    "bodyFields": [
      "name",
      "actions",
      "intent",
      "language",
      "external_id"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_macro": {
    "operationId": "getMacro",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_macro": {
    "operationId": "updateMacro",
    "bodyFields": [
      "name",
      "actions",
      "intent",
      "language",
      "external_id"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_macro": {
    "operationId": "deleteMacro",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_views": {
    "operationId": "listViews",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_view": {
    "operationId": "createView",
    "bodyFields": [
      "name",
      "slug",
      "type",
      "visibility",
      "decoration",
      "fields",
      "filters",
      "order_by",
      "order_dir",
      "search",
      "shared_with_teams",
      "shared_with_users"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_view": {
    "operationId": "getView",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_view": {
    "operationId": "updateView",
    "bodyFields": [
      "name",
      "slug",
      "type",
      "visibility",
      "decoration",
      "fields",
      "filters",
      "order_by",
      "order_dir",
      "search",
      "shared_with_teams",
      "shared_with_users"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "delete_view": {
    "operationId": "deleteView",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_view_items": {
    "operationId": "listViewItems",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "search_view_items": {
    "operationId": "searchViewItems",
    "bodyFields": [
      "view"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_integrations": {
    "operationId": "listIntegrations",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_integration": {
    "operationId": "createIntegration",
    "bodyFields": [
      "name",
      "type",
      "description",
      "deactivated_datetime",
      "business_hours_id",
      "http"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_integration": {
    "operationId": "getIntegration",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_integration": {
    "operationId": "updateIntegration",
    "bodyFields": [
      "name",
      "description",
      "deactivated_datetime",
      "http"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_integration": {
    "operationId": "deleteIntegration",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_events": {
    "operationId": "listEvents",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_event": {
    "operationId": "getEvent",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "search": {
    "operationId": "search",
    "bodyFields": [
      "type",
      "query",
      "size"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_voice_calls": {
    "operationId": "listVoiceCalls",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_voice_call": {
    "operationId": "getVoiceCall",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_voice_call_events": {
    "operationId": "listVoiceCallEvents",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_voice_call_event": {
    "operationId": "getVoiceCallEvent",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_voice_call_recordings": {
    "operationId": "listVoiceCallRecordings",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_voice_call_recording": {
    "operationId": "getVoiceCallRecording",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_voice_call_recording": {
    "operationId": "deleteVoiceCallRecording",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_account": {
    "operationId": "getAccount",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_account_settings": {
    "operationId": "listAccountSettings",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_account_setting": {
    "operationId": "createAccountSetting",
    "bodyFields": [
      "type",
      "data"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_account_setting": {
    "operationId": "updateAccountSetting",
    "bodyFields": [
      "type",
      "data"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_custom_fields": {
    "operationId": "listCustomFields",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_custom_fields": {
    "operationId": "updateCustomFields",
    "bodyFields": [
      "body"
    ],
    "bodyMinProperties": null,
    "wholeBody": true
  },
  "create_custom_field": {
    "operationId": "createCustomField",
    "bodyFields": [
      "object_type",
      "label",
      "description",
      "external_id",
      "priority",
      "required",
      "managed_type",
      "definition",
      "deactivated_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_custom_field": {
    "operationId": "getCustomField",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_custom_field": {
    "operationId": "updateCustomField",
    "bodyFields": [
      "object_type",
      "label",
      "description",
      "external_id",
      "priority",
      "required",
      "managed_type",
      "definition",
      "deactivated_datetime"
    ],
    "bodyMinProperties": 1,
    "wholeBody": false
  },
  "list_ticket_custom_field_values": {
    "operationId": "listTicketCustomFieldValues",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "set_ticket_custom_field_values": {
    "operationId": "setTicketCustomFieldValues",
    "bodyFields": [
      "body"
    ],
    "bodyMinProperties": null,
    "wholeBody": true
  },
  "update_ticket_custom_field_value": {
    "operationId": "updateTicketCustomFieldValue",
    "bodyFields": [
      "body"
    ],
    "bodyMinProperties": null,
    "wholeBody": true
  },
  "delete_ticket_custom_field_value": {
    "operationId": "deleteTicketCustomFieldValue",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_customer_custom_field_values": {
    "operationId": "listCustomerCustomFieldValues",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "set_customer_custom_field_values": {
    "operationId": "setCustomerCustomFieldValues",
    "bodyFields": [
      "body"
    ],
    "bodyMinProperties": null,
    "wholeBody": true
  },
  "update_customer_custom_field_value": {
    "operationId": "updateCustomerCustomFieldValue",
    "bodyFields": [
      "body"
    ],
    "bodyMinProperties": null,
    "wholeBody": true
  },
  "delete_customer_custom_field_value": {
    "operationId": "deleteCustomerCustomFieldValue",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "set_customer_data": {
    "operationId": "setCustomerData",
    "bodyFields": [
      "data",
      "version"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "archive_macros": {
    "operationId": "archiveMacros",
    "bodyFields": [
      "ids"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "unarchive_macros": {
    "operationId": "unarchiveMacros",
    "bodyFields": [
      "ids"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_teams": {
    "operationId": "listTeams",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_team": {
    "operationId": "createTeam",
    "bodyFields": [
      "name",
      "description",
      "decoration",
      "members"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_team": {
    "operationId": "getTeam",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_team": {
    "operationId": "updateTeam",
    "bodyFields": [
      "name",
      "description",
      "decoration",
      "members"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_team": {
    "operationId": "deleteTeam",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_widgets": {
    "operationId": "listWidgets",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_widget": {
    "operationId": "createWidget",
    "bodyFields": [
      "type",
      "context",
      "template",
      "order",
      "integration_id",
      "app_id",
      "deactivated_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_widget": {
    "operationId": "getWidget",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_widget": {
    "operationId": "updateWidget",
    "bodyFields": [
      "type",
      "context",
      "template",
      "order",
      "integration_id",
      "app_id",
      "deactivated_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_widget": {
    "operationId": "deleteWidget",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_jobs": {
    "operationId": "listJobs",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_job": {
    "operationId": "createJob",
    "bodyFields": [
      "type",
      "params",
      "scheduled_datetime",
      "meta"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_job": {
    "operationId": "getJob",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_job": {
    "operationId": "updateJob",
    "bodyFields": [
      "params",
      "scheduled_datetime",
      "meta",
      "status"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "cancel_job": {
    "operationId": "cancelJob",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_rules": {
    "operationId": "listRules",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_rule": {
    "operationId": "createRule",
    "bodyFields": [
      "name",
      "description",
      "code",
      "code_ast",
      "event_types",
      "priority",
      "deactivated_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_rule": {
    "operationId": "getRule",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_rule": {
    "operationId": "updateRule",
    "bodyFields": [
      "name",
      "description",
      "code",
      "code_ast",
      "event_types",
      "priority",
      "deactivated_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "delete_rule": {
    "operationId": "deleteRule",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_rule_priorities": {
    "operationId": "updateRulePriorities",
    "bodyFields": [
      "priorities"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "list_satisfaction_surveys": {
    "operationId": "listSatisfactionSurveys",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "create_satisfaction_survey": {
    "operationId": "createSatisfactionSurvey",
    "bodyFields": [
      "ticket_id",
      "customer_id",
      "score",
      "body_text",
      "meta",
      "created_datetime",
      "scored_datetime",
      "sent_datetime",
      "should_send_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_satisfaction_survey": {
    "operationId": "getSatisfactionSurvey",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "update_satisfaction_survey": {
    "operationId": "updateSatisfactionSurvey",
    "bodyFields": [
      "ticket_id",
      "customer_id",
      "score",
      "body_text",
      "meta",
      "created_datetime",
      "scored_datetime",
      "sent_datetime",
      "should_send_datetime"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "query_reporting_stats": {
    "operationId": "queryReportingStats",
    "bodyFields": [
      "query"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_statistic": {
    "operationId": "getStatistic",
    "bodyFields": [
      "filters"
    ],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "search_metric_cards": {
    "operationId": "searchMetricCards",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  },
  "get_metric_card": {
    "operationId": "getMetricCard",
    "bodyFields": [],
    "bodyMinProperties": null,
    "wholeBody": false
  }
};
