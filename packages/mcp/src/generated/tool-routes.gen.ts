/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled, sha256 ae5a15bdef221f65).
 * Regenerate: pnpm generate
 */

/** Which operation a tool calls, and where each of its arguments goes in the request. */
export interface ToolRoute {
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  readonly path: string;
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
    "method": "GET",
    "path": "/api/tickets",
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
    "method": "POST",
    "path": "/api/tickets",
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
    "method": "GET",
    "path": "/api/tickets/{id}",
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
    "method": "PUT",
    "path": "/api/tickets/{id}",
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
    "method": "DELETE",
    "path": "/api/tickets/{id}",
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
    "method": "GET",
    "path": "/api/messages",
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
    "method": "POST",
    "path": "/api/tickets/{ticket_id}/messages",
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
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
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
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
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
    "method": "DELETE",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
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
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/tags",
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
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/tags",
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
    "method": "POST",
    "path": "/api/tickets/{ticket_id}/tags",
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
    "method": "DELETE",
    "path": "/api/tickets/{ticket_id}/tags",
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
    "method": "GET",
    "path": "/api/customers",
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
    "method": "POST",
    "path": "/api/customers",
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
    "method": "GET",
    "path": "/api/customers/{id}",
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
    "method": "PUT",
    "path": "/api/customers/{id}",
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
    "method": "DELETE",
    "path": "/api/customers/{id}",
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
    "method": "POST",
    "path": "/api/customers/{id}/merge",
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
    "method": "GET",
    "path": "/api/users",
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
    "method": "POST",
    "path": "/api/users",
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
    "method": "GET",
    "path": "/api/users/{id}",
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
    "method": "PUT",
    "path": "/api/users/{id}",
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
    "method": "DELETE",
    "path": "/api/users/{id}",
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
    "method": "GET",
    "path": "/api/tags",
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
    "method": "POST",
    "path": "/api/tags",
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
    "method": "GET",
    "path": "/api/tags/{id}",
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
    "method": "PUT",
    "path": "/api/tags/{id}",
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
    "method": "DELETE",
    "path": "/api/tags/{id}",
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
    "method": "POST",
    "path": "/api/tags/merge",
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
    "method": "GET",
    "path": "/api/macros",
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
    "method": "POST",
    "path": "/api/macros",
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
    "method": "GET",
    "path": "/api/macros/{id}",
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
    "method": "PUT",
    "path": "/api/macros/{id}",
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
    "method": "DELETE",
    "path": "/api/macros/{id}",
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
    "method": "GET",
    "path": "/api/views",
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
    "method": "POST",
    "path": "/api/views",
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
    "method": "GET",
    "path": "/api/views/{id}",
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
    "method": "PUT",
    "path": "/api/views/{id}",
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
    "method": "DELETE",
    "path": "/api/views/{id}",
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
    "method": "GET",
    "path": "/api/views/{view_id}/items",
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
    "method": "GET",
    "path": "/api/integrations",
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
    "method": "POST",
    "path": "/api/integrations",
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
    "method": "GET",
    "path": "/api/integrations/{id}",
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
    "method": "PUT",
    "path": "/api/integrations/{id}",
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
    "method": "DELETE",
    "path": "/api/integrations/{id}",
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
    "method": "GET",
    "path": "/api/events",
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
    "method": "GET",
    "path": "/api/events/{id}",
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
    "method": "POST",
    "path": "/api/search",
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
