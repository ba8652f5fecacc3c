/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { OperationId } from "@gorgias-kit/spec/operations";

/** Which operation a tool calls (its method and path are in `@gorgias-kit/spec/operations`), and where each of its arguments goes in the request. */
export interface ToolRoute {
  readonly operationId: OperationId;
  /** Argument names by where they go: path parameters, query parameters, body fields. */
  readonly args: { readonly path: readonly string[]; readonly query: readonly string[]; readonly body: readonly string[]; };
  /** Whether the operation requires a request body (sent as `{}` when no body field is given). */
  readonly bodyRequired: boolean;
  /** The body's own minProperties, checked on the body once arguments are split. */
  readonly bodyMinProperties: number | null;
}

/** Routes by tool name. */
export const toolRoutes: Readonly<Record<string, ToolRoute>> = {
  "list_tickets": {
    "operationId": "listTickets",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "customer_id",
        "view_id",
        "rule_id",
        "ticket_ids",
        "external_id",
        "trashed"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_ticket": {
    "operationId": "createTicket",
    "args": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_ticket": {
    "operationId": "getTicket",
    "args": {
      "path": [
        "id"
      ],
      "query": [
        "relationships"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_ticket": {
    "operationId": "updateTicket",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_ticket": {
    "operationId": "deleteTicket",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_messages": {
    "operationId": "listMessages",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "ticket_id"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_ticket_message": {
    "operationId": "createTicketMessage",
    "args": {
      "path": [
        "ticket_id"
      ],
      "query": [
        "action"
      ],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_ticket_message": {
    "operationId": "getTicketMessage",
    "args": {
      "path": [
        "ticket_id",
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_ticket_message": {
    "operationId": "updateTicketMessage",
    "args": {
      "path": [
        "ticket_id",
        "id"
      ],
      "query": [
        "action"
      ],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "delete_ticket_message": {
    "operationId": "deleteTicketMessage",
    "args": {
      "path": [
        "ticket_id",
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_ticket_tags": {
    "operationId": "listTicketTags",
    "args": {
      "path": [
        "ticket_id"
      ],
      "query": [
        "limit",
        "cursor"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "set_ticket_tags": {
    "operationId": "setTicketTags",
    "args": {
      "path": [
        "ticket_id"
      ],
      "query": [],
      "body": [
        "ids",
        "names"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "add_ticket_tags": {
    "operationId": "addTicketTags",
    "args": {
      "path": [
        "ticket_id"
      ],
      "query": [],
      "body": [
        "ids",
        "names"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "remove_ticket_tags": {
    "operationId": "removeTicketTags",
    "args": {
      "path": [
        "ticket_id"
      ],
      "query": [],
      "body": [
        "ids",
        "names"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "list_customers": {
    "operationId": "listCustomers",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "email",
        "external_id",
        "name",
        "language",
        "timezone",
        "view_id",
        "channel_type",
        "channel_address"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_customer": {
    "operationId": "createCustomer",
    "args": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "get_customer": {
    "operationId": "getCustomer",
    "args": {
      "path": [
        "id"
      ],
      "query": [
        "relationships"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_customer": {
    "operationId": "updateCustomer",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_customer": {
    "operationId": "deleteCustomer",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "merge_customers": {
    "operationId": "mergeCustomers",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "list_users": {
    "operationId": "listUsers",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "email",
        "external_id",
        "search",
        "roles",
        "available_first"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_user": {
    "operationId": "createUser",
    "args": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_user": {
    "operationId": "getUser",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_user": {
    "operationId": "updateUser",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_user": {
    "operationId": "deleteUser",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_tags": {
    "operationId": "listTags",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "search"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_tag": {
    "operationId": "createTag",
    "args": {
      "path": [],
      "query": [],
      "body": [
        "name",
        "description",
        "decoration"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_tag": {
    "operationId": "getTag",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_tag": {
    "operationId": "updateTag",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
        "name",
        "description",
        "decoration"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_tag": {
    "operationId": "deleteTag",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "merge_tags": {
    "operationId": "mergeTags",
    "args": {
      "path": [],
      "query": [],
      "body": [
        "destination_tag_id",
        "source_tags_ids"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "list_macros": {
    "operationId": "listMacros",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "search",
        "tags",
        "languages",
        "archived"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_macro": {
    "operationId": "createMacro",
    "args": {
      "path": [],
      "query": [],
      "body": [
        "name",
        "actions",
        "intent",
        "language",
        "external_id"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_macro": {
    "operationId": "getMacro",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_macro": {
    "operationId": "updateMacro",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
        "name",
        "actions",
        "intent",
        "language",
        "external_id"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_macro": {
    "operationId": "deleteMacro",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_views": {
    "operationId": "listViews",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_view": {
    "operationId": "createView",
    "args": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_view": {
    "operationId": "getView",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_view": {
    "operationId": "updateView",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
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
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": 1
  },
  "delete_view": {
    "operationId": "deleteView",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_view_items": {
    "operationId": "listViewItems",
    "args": {
      "path": [
        "view_id"
      ],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "direction",
        "ignored_item"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_integrations": {
    "operationId": "listIntegrations",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "type"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "create_integration": {
    "operationId": "createIntegration",
    "args": {
      "path": [],
      "query": [],
      "body": [
        "name",
        "type",
        "description",
        "http"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "get_integration": {
    "operationId": "getIntegration",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "update_integration": {
    "operationId": "updateIntegration",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": [
        "name",
        "description",
        "deactivated_datetime",
        "http"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  },
  "delete_integration": {
    "operationId": "deleteIntegration",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "list_events": {
    "operationId": "listEvents",
    "args": {
      "path": [],
      "query": [
        "limit",
        "cursor",
        "order_by",
        "object_id",
        "object_type",
        "user_ids",
        "types",
        "created_datetime"
      ],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "get_event": {
    "operationId": "getEvent",
    "args": {
      "path": [
        "id"
      ],
      "query": [],
      "body": []
    },
    "bodyRequired": false,
    "bodyMinProperties": null
  },
  "search": {
    "operationId": "search",
    "args": {
      "path": [],
      "query": [],
      "body": [
        "type",
        "query",
        "size"
      ]
    },
    "bodyRequired": true,
    "bodyMinProperties": null
  }
};
