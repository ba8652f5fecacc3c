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
}

/** Routes by tool name. */
export const toolRoutes: Readonly<Record<string, ToolRoute>> = {
  "list_tickets": {
    "operationId": "listTickets",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_ticket": {
    "operationId": "getTicket",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "delete_ticket": {
    "operationId": "deleteTicket",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_messages": {
    "operationId": "listMessages",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_ticket_message": {
    "operationId": "getTicketMessage",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "delete_ticket_message": {
    "operationId": "deleteTicketMessage",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_ticket_tags": {
    "operationId": "listTicketTags",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "set_ticket_tags": {
    "operationId": "setTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": null
  },
  "add_ticket_tags": {
    "operationId": "addTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": 1
  },
  "remove_ticket_tags": {
    "operationId": "removeTicketTags",
    "bodyFields": [
      "ids",
      "names"
    ],
    "bodyMinProperties": 1
  },
  "list_customers": {
    "operationId": "listCustomers",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "get_customer": {
    "operationId": "getCustomer",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "delete_customer": {
    "operationId": "deleteCustomer",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "merge_customers": {
    "operationId": "mergeCustomers",
    "bodyFields": [
      "source_id",
      "email",
      "name",
      "firstname",
      "lastname",
      "external_id",
      "language",
      "timezone",
      "note",
      "channels"
    ],
    "bodyMinProperties": null
  },
  "list_users": {
    "operationId": "listUsers",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_user": {
    "operationId": "getUser",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "delete_user": {
    "operationId": "deleteUser",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_tags": {
    "operationId": "listTags",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "create_tag": {
    "operationId": "createTag",
    "bodyFields": [
      "name",
      "description",
      "decoration"
    ],
    "bodyMinProperties": null
  },
  "get_tag": {
    "operationId": "getTag",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "update_tag": {
    "operationId": "updateTag",
    "bodyFields": [
      "name",
      "description",
      "decoration"
    ],
    "bodyMinProperties": 1
  },
  "delete_tag": {
    "operationId": "deleteTag",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "merge_tags": {
    "operationId": "mergeTags",
    "bodyFields": [
      "destination_tag_id",
      "source_tags_ids"
    ],
    "bodyMinProperties": null
  },
  "list_macros": {
    "operationId": "listMacros",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_macro": {
    "operationId": "getMacro",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "delete_macro": {
    "operationId": "deleteMacro",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_views": {
    "operationId": "listViews",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_view": {
    "operationId": "getView",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": 1
  },
  "delete_view": {
    "operationId": "deleteView",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_view_items": {
    "operationId": "listViewItems",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_integrations": {
    "operationId": "listIntegrations",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "create_integration": {
    "operationId": "createIntegration",
    "bodyFields": [
      "name",
      "type",
      "description",
      "http"
    ],
    "bodyMinProperties": null
  },
  "get_integration": {
    "operationId": "getIntegration",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "update_integration": {
    "operationId": "updateIntegration",
    "bodyFields": [
      "name",
      "description",
      "deactivated_datetime",
      "http"
    ],
    "bodyMinProperties": null
  },
  "delete_integration": {
    "operationId": "deleteIntegration",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_events": {
    "operationId": "listEvents",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "get_event": {
    "operationId": "getEvent",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "search": {
    "operationId": "search",
    "bodyFields": [
      "type",
      "query",
      "size"
    ],
    "bodyMinProperties": null
  },
  "list_teams": {
    "operationId": "listTeams",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "create_team": {
    "operationId": "createTeam",
    "bodyFields": [
      "name",
      "description",
      "decoration",
      "members"
    ],
    "bodyMinProperties": null
  },
  "get_team": {
    "operationId": "getTeam",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "update_team": {
    "operationId": "updateTeam",
    "bodyFields": [
      "name",
      "description",
      "decoration",
      "members"
    ],
    "bodyMinProperties": null
  },
  "delete_team": {
    "operationId": "deleteTeam",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_widgets": {
    "operationId": "listWidgets",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_widget": {
    "operationId": "getWidget",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "delete_widget": {
    "operationId": "deleteWidget",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_jobs": {
    "operationId": "listJobs",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "create_job": {
    "operationId": "createJob",
    "bodyFields": [
      "type",
      "params",
      "scheduled_datetime",
      "meta"
    ],
    "bodyMinProperties": null
  },
  "get_job": {
    "operationId": "getJob",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "update_job": {
    "operationId": "updateJob",
    "bodyFields": [
      "params",
      "scheduled_datetime",
      "meta",
      "status"
    ],
    "bodyMinProperties": null
  },
  "cancel_job": {
    "operationId": "cancelJob",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "list_rules": {
    "operationId": "listRules",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_rule": {
    "operationId": "getRule",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "delete_rule": {
    "operationId": "deleteRule",
    "bodyFields": [],
    "bodyMinProperties": null
  },
  "update_rule_priorities": {
    "operationId": "updateRulePriorities",
    "bodyFields": [
      "priorities"
    ],
    "bodyMinProperties": null
  },
  "list_satisfaction_surveys": {
    "operationId": "listSatisfactionSurveys",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  },
  "get_satisfaction_survey": {
    "operationId": "getSatisfactionSurvey",
    "bodyFields": [],
    "bodyMinProperties": null
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
    "bodyMinProperties": null
  }
};
