/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
export type SideEffect = "sends-to-customer" | "deletes-history" | "deletes-record" | "merges-records" | "revokes-access" | "sends-data-externally";
/** How a list pages: `cursor` follows `meta.next_cursor`, `view-items` follows `meta.next_items`, `none` is not paged. */
export type Pagination = "cursor" | "view-items" | "none";

/** One operation of the Gorgias API, as the spec states it. */
export interface OperationEntry {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Area id (the tag's x-gorgias-id). */
  readonly area: string;
  /** Client namespace and method name, e.g. `ticketMessages` / `create`. */
  readonly resource: string;
  readonly name: string;
  readonly summary: string;
  readonly access: "read" | "write";
  /** The one OAuth scope required; null when it depends on the request (see scopeByType). */
  readonly scope: string | null;
  /** Every OAuth scope that can authorise the call. */
  readonly scopes: readonly string[];
  readonly scopeByType: Readonly<Record<string, string>> | null;
  readonly sideEffects: readonly SideEffect[];
  /** The guide event it produces (an `Event.type` read through `GET /api/events`), or null. */
  readonly event: string | null;
  readonly pagination: Pagination;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body: "required" | "optional" | null;
  /** How the body is sent: JSON, or a multipart form of files (an upload); null without a body. */
  readonly bodyMediaType: "application/json" | "multipart/form-data" | null;
  /** The success status; a 3xx (a file download's 307) when the operation answers with a redirect. */
  readonly successStatus: number;
  /** The success body's media type: `application/json`, another (`text/csv`, read as a stream), or null for no body. */
  readonly successMediaType: string | null;
  /** The guide's method and path where they differ from this (live) form; null when the guide's row is this one. */
  readonly guide: { readonly method: HttpMethod; readonly path: string; } | null;
}

export const operations = [
  {
    "id": "listTickets",
    "method": "GET",
    "path": "/api/tickets",
    "area": "tickets",
    "resource": "tickets",
    "name": "list",
    "summary": "List tickets",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
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
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createTicket",
    "method": "POST",
    "path": "/api/tickets",
    "area": "tickets",
    "resource": "tickets",
    "name": "create",
    "summary": "Create a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-to-customer"
    ],
    "event": "ticket-created",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getTicket",
    "method": "GET",
    "path": "/api/tickets/{id}",
    "area": "tickets",
    "resource": "tickets",
    "name": "get",
    "summary": "Get a ticket",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "relationships"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateTicket",
    "method": "PUT",
    "path": "/api/tickets/{id}",
    "area": "tickets",
    "resource": "tickets",
    "name": "update",
    "summary": "Update a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTicket",
    "method": "DELETE",
    "path": "/api/tickets/{id}",
    "area": "tickets",
    "resource": "tickets",
    "name": "delete",
    "summary": "Delete a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-history"
    ],
    "event": "ticket-deleted",
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listMessages",
    "method": "GET",
    "path": "/api/messages",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "list",
    "summary": "List messages",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "ticket_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listTicketMessages",
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/messages",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "listForTicket",
    "summary": "List a ticket's messages (deprecated)",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [
      "limit",
      "cursor"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createTicketMessage",
    "method": "POST",
    "path": "/api/tickets/{ticket_id}/messages",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "create",
    "summary": "Create a message in a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-to-customer"
    ],
    "event": "ticket-message-created",
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [
      "action"
    ],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getTicketMessage",
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "get",
    "summary": "Get a message of a ticket",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id",
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateTicketMessage",
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "update",
    "summary": "Update a message of a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-history"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id",
      "id"
    ],
    "queryParams": [
      "action"
    ],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 202,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTicketMessage",
    "method": "DELETE",
    "path": "/api/tickets/{ticket_id}/messages/{id}",
    "area": "ticket-messages",
    "resource": "ticketMessages",
    "name": "delete",
    "summary": "Delete a message of a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-history"
    ],
    "event": "ticket-message-deleted",
    "pagination": "none",
    "pathParams": [
      "ticket_id",
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listTicketTags",
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/tags",
    "area": "ticket-tags",
    "resource": "ticketTags",
    "name": "list",
    "summary": "List the tags of a ticket",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "setTicketTags",
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/tags",
    "area": "ticket-tags",
    "resource": "ticketTags",
    "name": "set",
    "summary": "Set the tags of a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 202,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "addTicketTags",
    "method": "POST",
    "path": "/api/tickets/{ticket_id}/tags",
    "area": "ticket-tags",
    "resource": "ticketTags",
    "name": "add",
    "summary": "Add tags to a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "removeTicketTags",
    "method": "DELETE",
    "path": "/api/tickets/{ticket_id}/tags",
    "area": "ticket-tags",
    "resource": "ticketTags",
    "name": "remove",
    "summary": "Remove tags from a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listCustomers",
    "method": "GET",
    "path": "/api/customers",
    "area": "customers",
    "resource": "customers",
    "name": "list",
    "summary": "List customers",
    "access": "read",
    "scope": "customers:read",
    "scopes": [
      "customers:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
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
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createCustomer",
    "method": "POST",
    "path": "/api/customers",
    "area": "customers",
    "resource": "customers",
    "name": "create",
    "summary": "Create a customer",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": "customer-created",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteCustomers",
    "method": "DELETE",
    "path": "/api/customers",
    "area": "customers",
    "resource": "customers",
    "name": "deleteMany",
    "summary": "Delete several customers",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record",
      "deletes-history"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "getCustomer",
    "method": "GET",
    "path": "/api/customers/{id}",
    "area": "customers",
    "resource": "customers",
    "name": "get",
    "summary": "Get a customer",
    "access": "read",
    "scope": "customers:read",
    "scopes": [
      "customers:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "relationships"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateCustomer",
    "method": "PUT",
    "path": "/api/customers/{id}",
    "area": "customers",
    "resource": "customers",
    "name": "update",
    "summary": "Update a customer",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteCustomer",
    "method": "DELETE",
    "path": "/api/customers/{id}",
    "area": "customers",
    "resource": "customers",
    "name": "delete",
    "summary": "Delete a customer",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-history"
    ],
    "event": "customer-deleted",
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "mergeCustomers",
    "method": "PUT",
    "path": "/api/customers/merge",
    "area": "customers",
    "resource": "customers",
    "name": "merge",
    "summary": "Merge two customers",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "merges-records"
    ],
    "event": "customer-merged",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "source_id",
      "target_id"
    ],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": {
      "method": "POST",
      "path": "/api/customers/{id}/merge"
    }
  },
  {
    "id": "listUsers",
    "method": "GET",
    "path": "/api/users",
    "area": "users",
    "resource": "users",
    "name": "list",
    "summary": "List users",
    "access": "read",
    "scope": "users:read",
    "scopes": [
      "users:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "email",
      "external_id",
      "search",
      "roles",
      "available_first"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createUser",
    "method": "POST",
    "path": "/api/users",
    "area": "users",
    "resource": "users",
    "name": "create",
    "summary": "Create a user",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": "user-created",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getUser",
    "method": "GET",
    "path": "/api/users/{id}",
    "area": "users",
    "resource": "users",
    "name": "get",
    "summary": "Get a user",
    "access": "read",
    "scope": "users:read",
    "scopes": [
      "users:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateUser",
    "method": "PUT",
    "path": "/api/users/{id}",
    "area": "users",
    "resource": "users",
    "name": "update",
    "summary": "Update a user",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteUser",
    "method": "DELETE",
    "path": "/api/users/{id}",
    "area": "users",
    "resource": "users",
    "name": "delete",
    "summary": "Delete a user",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "revokes-access"
    ],
    "event": "user-deleted",
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listTags",
    "method": "GET",
    "path": "/api/tags",
    "area": "tags",
    "resource": "tags",
    "name": "list",
    "summary": "List tags",
    "access": "read",
    "scope": "tags:read",
    "scopes": [
      "tags:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "search"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createTag",
    "method": "POST",
    "path": "/api/tags",
    "area": "tags",
    "resource": "tags",
    "name": "create",
    "summary": "Create a tag",
    "access": "write",
    "scope": "tags:write",
    "scopes": [
      "tags:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": "tag-created",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTags",
    "method": "DELETE",
    "path": "/api/tags",
    "area": "tags",
    "resource": "tags",
    "name": "deleteMany",
    "summary": "Delete several tags",
    "access": "write",
    "scope": "tags:write",
    "scopes": [
      "tags:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "getTag",
    "method": "GET",
    "path": "/api/tags/{id}",
    "area": "tags",
    "resource": "tags",
    "name": "get",
    "summary": "Retrieve a tag",
    "access": "read",
    "scope": "tags:read",
    "scopes": [
      "tags:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateTag",
    "method": "PUT",
    "path": "/api/tags/{id}",
    "area": "tags",
    "resource": "tags",
    "name": "update",
    "summary": "Update a tag",
    "access": "write",
    "scope": "tags:write",
    "scopes": [
      "tags:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": "tag-updated",
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTag",
    "method": "DELETE",
    "path": "/api/tags/{id}",
    "area": "tags",
    "resource": "tags",
    "name": "delete",
    "summary": "Delete a tag",
    "access": "write",
    "scope": "tags:write",
    "scopes": [
      "tags:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "mergeTags",
    "method": "PUT",
    "path": "/api/tags/{destination_tag_id}/merge",
    "area": "tags",
    "resource": "tags",
    "name": "merge",
    "summary": "Merge tags",
    "access": "write",
    "scope": "tags:write",
    "scopes": [
      "tags:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "merges-records"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "destination_tag_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 202,
    "successMediaType": "application/json",
    "guide": {
      "method": "POST",
      "path": "/api/tags/merge"
    }
  },
  {
    "id": "listMacros",
    "method": "GET",
    "path": "/api/macros",
    "area": "macros",
    "resource": "macros",
    "name": "list",
    "summary": "List macros",
    "access": "read",
    "scope": "macros:read",
    "scopes": [
      "macros:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "ticket_id",
      "message_id",
      "number_predictions",
      "search",
      "tags",
      "languages",
      "archived"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createMacro",
    "method": "POST",
    "path": "/api/macros",
    "area": "macros",
    "resource": "macros",
    "name": "create",
    "summary": "Create a macro",
    "access": "write",
    "scope": "macros:write",
    "scopes": [
      "macros:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getMacro",
    "method": "GET",
    "path": "/api/macros/{id}",
    "area": "macros",
    "resource": "macros",
    "name": "get",
    "summary": "Retrieve a macro",
    "access": "read",
    "scope": "macros:read",
    "scopes": [
      "macros:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateMacro",
    "method": "PUT",
    "path": "/api/macros/{id}",
    "area": "macros",
    "resource": "macros",
    "name": "update",
    "summary": "Update a macro",
    "access": "write",
    "scope": "macros:write",
    "scopes": [
      "macros:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteMacro",
    "method": "DELETE",
    "path": "/api/macros/{id}",
    "area": "macros",
    "resource": "macros",
    "name": "delete",
    "summary": "Delete a macro",
    "access": "write",
    "scope": "macros:write",
    "scopes": [
      "macros:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listViews",
    "method": "GET",
    "path": "/api/views",
    "area": "views",
    "resource": "views",
    "name": "list",
    "summary": "List views",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createView",
    "method": "POST",
    "path": "/api/views",
    "area": "views",
    "resource": "views",
    "name": "create",
    "summary": "Create a view",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getView",
    "method": "GET",
    "path": "/api/views/{id}",
    "area": "views",
    "resource": "views",
    "name": "get",
    "summary": "Retrieve a view",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateView",
    "method": "PUT",
    "path": "/api/views/{id}",
    "area": "views",
    "resource": "views",
    "name": "update",
    "summary": "Update a view",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteView",
    "method": "DELETE",
    "path": "/api/views/{id}",
    "area": "views",
    "resource": "views",
    "name": "delete",
    "summary": "Delete a view",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listViewItems",
    "method": "GET",
    "path": "/api/views/{view_id}/items",
    "area": "views",
    "resource": "views",
    "name": "listItems",
    "summary": "List a view's items",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "view-items",
    "pathParams": [
      "view_id"
    ],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "direction",
      "ignored_item"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "searchViewItems",
    "method": "PUT",
    "path": "/api/views/{view_id}/items",
    "area": "views",
    "resource": "views",
    "name": "searchItems",
    "summary": "Search a view's items",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [
      "view_id"
    ],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "direction",
      "ignored_item"
    ],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listIntegrations",
    "method": "GET",
    "path": "/api/integrations",
    "area": "integrations",
    "resource": "integrations",
    "name": "list",
    "summary": "List integrations",
    "access": "read",
    "scope": "integrations:read",
    "scopes": [
      "integrations:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "type"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createIntegration",
    "method": "POST",
    "path": "/api/integrations",
    "area": "integrations",
    "resource": "integrations",
    "name": "create",
    "summary": "Create an integration",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-data-externally"
    ],
    "event": "integration-created",
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getIntegration",
    "method": "GET",
    "path": "/api/integrations/{id}",
    "area": "integrations",
    "resource": "integrations",
    "name": "get",
    "summary": "Retrieve an integration",
    "access": "read",
    "scope": "integrations:read",
    "scopes": [
      "integrations:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateIntegration",
    "method": "PUT",
    "path": "/api/integrations/{id}",
    "area": "integrations",
    "resource": "integrations",
    "name": "update",
    "summary": "Update an integration",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-data-externally"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteIntegration",
    "method": "DELETE",
    "path": "/api/integrations/{id}",
    "area": "integrations",
    "resource": "integrations",
    "name": "delete",
    "summary": "Delete an integration",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": "integration-deleted",
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listEvents",
    "method": "GET",
    "path": "/api/events",
    "area": "events",
    "resource": "events",
    "name": "list",
    "summary": "List events",
    "access": "read",
    "scope": "events:read",
    "scopes": [
      "events:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "object_id",
      "object_type",
      "user_ids",
      "types",
      "created_datetime"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getEvent",
    "method": "GET",
    "path": "/api/events/{id}",
    "area": "events",
    "resource": "events",
    "name": "get",
    "summary": "Retrieve an event",
    "access": "read",
    "scope": "events:read",
    "scopes": [
      "events:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "search",
    "method": "POST",
    "path": "/api/search",
    "area": "search",
    "resource": "search",
    "name": "run",
    "summary": "Search resources",
    "access": "read",
    "scope": null,
    "scopes": [
      "customers:read",
      "users:read",
      "tags:read",
      "integrations:read"
    ],
    "scopeByType": {
      "customer": "customers:read",
      "customer_profile": "customers:read",
      "agent": "users:read",
      "team": "users:read",
      "tag": "tags:read",
      "integration": "integrations:read",
      "customer_channel": "customers:read",
      "customer_channel_email": "customers:read",
      "customer_channel_phone": "customers:read",
      "customers_by_phone": "customers:read"
    },
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listVoiceCalls",
    "method": "GET",
    "path": "/api/phone/voice-calls",
    "area": "phone",
    "resource": "voiceCalls",
    "name": "list",
    "summary": "List voice calls",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "ticket_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getVoiceCall",
    "method": "GET",
    "path": "/api/phone/voice-calls/{id}",
    "area": "phone",
    "resource": "voiceCalls",
    "name": "get",
    "summary": "Retrieve a voice call",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listVoiceCallEvents",
    "method": "GET",
    "path": "/api/phone/voice-call-events",
    "area": "phone",
    "resource": "voiceCallEvents",
    "name": "list",
    "summary": "List voice call events",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getVoiceCallEvent",
    "method": "GET",
    "path": "/api/phone/voice-call-events/{id}",
    "area": "phone",
    "resource": "voiceCallEvents",
    "name": "get",
    "summary": "Retrieve a voice call event",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listVoiceCallRecordings",
    "method": "GET",
    "path": "/api/phone/voice-call-recordings",
    "area": "phone",
    "resource": "voiceCallRecordings",
    "name": "list",
    "summary": "List voice call recordings",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "call_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getVoiceCallRecording",
    "method": "GET",
    "path": "/api/phone/voice-call-recordings/{id}",
    "area": "phone",
    "resource": "voiceCallRecordings",
    "name": "get",
    "summary": "Retrieve a voice call recording",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteVoiceCallRecording",
    "method": "DELETE",
    "path": "/api/phone/voice-call-recordings/{id}",
    "area": "phone",
    "resource": "voiceCallRecordings",
    "name": "delete",
    "summary": "Delete a voice call recording",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-history"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "getAccount",
    "method": "GET",
    "path": "/api/account",
    "area": "account",
    "resource": "account",
    "name": "get",
    "summary": "Get the account",
    "access": "read",
    "scope": "account:read",
    "scopes": [
      "account:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listAccountSettings",
    "method": "GET",
    "path": "/api/account/settings",
    "area": "account",
    "resource": "accountSettings",
    "name": "list",
    "summary": "List the account's settings",
    "access": "read",
    "scope": "account:read",
    "scopes": [
      "account:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "type"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createAccountSetting",
    "method": "POST",
    "path": "/api/account/settings",
    "area": "account",
    "resource": "accountSettings",
    "name": "create",
    "summary": "Create an account setting",
    "access": "write",
    "scope": "account:write",
    "scopes": [
      "account:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateAccountSetting",
    "method": "PUT",
    "path": "/api/account/settings/{id}",
    "area": "account",
    "resource": "accountSettings",
    "name": "update",
    "summary": "Update an account setting",
    "access": "write",
    "scope": "account:write",
    "scopes": [
      "account:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listCustomFields",
    "method": "GET",
    "path": "/api/custom-fields",
    "area": "custom-fields",
    "resource": "customFields",
    "name": "list",
    "summary": "List custom fields",
    "access": "read",
    "scope": "custom_fields:read",
    "scopes": [
      "custom_fields:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "object_type",
      "limit",
      "cursor",
      "order_by",
      "search",
      "archived"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateCustomFields",
    "method": "PUT",
    "path": "/api/custom-fields",
    "area": "custom-fields",
    "resource": "customFields",
    "name": "updateMany",
    "summary": "Update several custom fields",
    "access": "write",
    "scope": "custom_fields:write",
    "scopes": [
      "custom_fields:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createCustomField",
    "method": "POST",
    "path": "/api/custom-fields",
    "area": "custom-fields",
    "resource": "customFields",
    "name": "create",
    "summary": "Create a custom field",
    "access": "write",
    "scope": "custom_fields:write",
    "scopes": [
      "custom_fields:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getCustomField",
    "method": "GET",
    "path": "/api/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "customFields",
    "name": "get",
    "summary": "Get a custom field",
    "access": "read",
    "scope": "custom_fields:read",
    "scopes": [
      "custom_fields:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateCustomField",
    "method": "PUT",
    "path": "/api/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "customFields",
    "name": "update",
    "summary": "Update a custom field",
    "access": "write",
    "scope": "custom_fields:write",
    "scopes": [
      "custom_fields:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listTicketCustomFieldValues",
    "method": "GET",
    "path": "/api/tickets/{ticket_id}/custom-fields",
    "area": "custom-fields",
    "resource": "ticketCustomFields",
    "name": "list",
    "summary": "List a ticket's custom field values",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "setTicketCustomFieldValues",
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/custom-fields",
    "area": "custom-fields",
    "resource": "ticketCustomFields",
    "name": "set",
    "summary": "Replace a ticket's custom field values",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateTicketCustomFieldValue",
    "method": "PUT",
    "path": "/api/tickets/{ticket_id}/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "ticketCustomFields",
    "name": "update",
    "summary": "Set one custom field value of a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id",
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTicketCustomFieldValue",
    "method": "DELETE",
    "path": "/api/tickets/{ticket_id}/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "ticketCustomFields",
    "name": "delete",
    "summary": "Clear one custom field value of a ticket",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "ticket_id",
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listCustomerCustomFieldValues",
    "method": "GET",
    "path": "/api/customers/{customer_id}/custom-fields",
    "area": "custom-fields",
    "resource": "customerCustomFields",
    "name": "list",
    "summary": "List a customer's custom field values",
    "access": "read",
    "scope": "customers:read",
    "scopes": [
      "customers:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "customer_id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "setCustomerCustomFieldValues",
    "method": "PUT",
    "path": "/api/customers/{customer_id}/custom-fields",
    "area": "custom-fields",
    "resource": "customerCustomFields",
    "name": "set",
    "summary": "Replace a customer's custom field values",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "customer_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateCustomerCustomFieldValue",
    "method": "PUT",
    "path": "/api/customers/{customer_id}/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "customerCustomFields",
    "name": "update",
    "summary": "Set one custom field value of a customer",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "customer_id",
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteCustomerCustomFieldValue",
    "method": "DELETE",
    "path": "/api/customers/{customer_id}/custom-fields/{id}",
    "area": "custom-fields",
    "resource": "customerCustomFields",
    "name": "delete",
    "summary": "Clear one custom field value of a customer",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "customer_id",
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "setCustomerData",
    "method": "PUT",
    "path": "/api/customers/{customer_id}/data",
    "area": "customers",
    "resource": "customers",
    "name": "setData",
    "summary": "Set a customer's data",
    "access": "write",
    "scope": "customers:write",
    "scopes": [
      "customers:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "customer_id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 202,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "archiveMacros",
    "method": "PUT",
    "path": "/api/macros/archive",
    "area": "macros",
    "resource": "macros",
    "name": "archive",
    "summary": "Archive macros",
    "access": "write",
    "scope": "macros:write",
    "scopes": [
      "macros:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 207,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "unarchiveMacros",
    "method": "PUT",
    "path": "/api/macros/unarchive",
    "area": "macros",
    "resource": "macros",
    "name": "unarchive",
    "summary": "Unarchive macros",
    "access": "write",
    "scope": "macros:write",
    "scopes": [
      "macros:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 207,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listTeams",
    "method": "GET",
    "path": "/api/teams",
    "area": "teams",
    "resource": "teams",
    "name": "list",
    "summary": "List teams",
    "access": "read",
    "scope": "users:read",
    "scopes": [
      "users:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createTeam",
    "method": "POST",
    "path": "/api/teams",
    "area": "teams",
    "resource": "teams",
    "name": "create",
    "summary": "Create a team",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getTeam",
    "method": "GET",
    "path": "/api/teams/{id}",
    "area": "teams",
    "resource": "teams",
    "name": "get",
    "summary": "Retrieve a team",
    "access": "read",
    "scope": "users:read",
    "scopes": [
      "users:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateTeam",
    "method": "PUT",
    "path": "/api/teams/{id}",
    "area": "teams",
    "resource": "teams",
    "name": "update",
    "summary": "Update a team",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteTeam",
    "method": "DELETE",
    "path": "/api/teams/{id}",
    "area": "teams",
    "resource": "teams",
    "name": "delete",
    "summary": "Delete a team",
    "access": "write",
    "scope": "users:write",
    "scopes": [
      "users:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listWidgets",
    "method": "GET",
    "path": "/api/widgets",
    "area": "widgets",
    "resource": "widgets",
    "name": "list",
    "summary": "List widgets",
    "access": "read",
    "scope": "integrations:read",
    "scopes": [
      "integrations:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "integration_id",
      "app_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createWidget",
    "method": "POST",
    "path": "/api/widgets",
    "area": "widgets",
    "resource": "widgets",
    "name": "create",
    "summary": "Create a widget",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getWidget",
    "method": "GET",
    "path": "/api/widgets/{id}",
    "area": "widgets",
    "resource": "widgets",
    "name": "get",
    "summary": "Retrieve a widget",
    "access": "read",
    "scope": "integrations:read",
    "scopes": [
      "integrations:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateWidget",
    "method": "PUT",
    "path": "/api/widgets/{id}",
    "area": "widgets",
    "resource": "widgets",
    "name": "update",
    "summary": "Update a widget",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteWidget",
    "method": "DELETE",
    "path": "/api/widgets/{id}",
    "area": "widgets",
    "resource": "widgets",
    "name": "delete",
    "summary": "Delete a widget",
    "access": "write",
    "scope": "integrations:write",
    "scopes": [
      "integrations:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listJobs",
    "method": "GET",
    "path": "/api/jobs",
    "area": "jobs",
    "resource": "jobs",
    "name": "list",
    "summary": "List jobs",
    "access": "read",
    "scope": "jobs:read",
    "scopes": [
      "jobs:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "status",
      "type"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createJob",
    "method": "POST",
    "path": "/api/jobs",
    "area": "jobs",
    "resource": "jobs",
    "name": "create",
    "summary": "Create a job",
    "access": "write",
    "scope": "jobs:write",
    "scopes": [
      "jobs:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-to-customer",
      "deletes-record",
      "deletes-history"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getJob",
    "method": "GET",
    "path": "/api/jobs/{id}",
    "area": "jobs",
    "resource": "jobs",
    "name": "get",
    "summary": "Retrieve a job",
    "access": "read",
    "scope": "jobs:read",
    "scopes": [
      "jobs:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateJob",
    "method": "PUT",
    "path": "/api/jobs/{id}",
    "area": "jobs",
    "resource": "jobs",
    "name": "update",
    "summary": "Update a job",
    "access": "write",
    "scope": "jobs:write",
    "scopes": [
      "jobs:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "cancelJob",
    "method": "DELETE",
    "path": "/api/jobs/{id}",
    "area": "jobs",
    "resource": "jobs",
    "name": "cancel",
    "summary": "Cancel a job",
    "access": "write",
    "scope": "jobs:write",
    "scopes": [
      "jobs:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "listRules",
    "method": "GET",
    "path": "/api/rules",
    "area": "rules",
    "resource": "rules",
    "name": "list",
    "summary": "List rules",
    "access": "read",
    "scope": "rules:read",
    "scopes": [
      "rules:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createRule",
    "method": "POST",
    "path": "/api/rules",
    "area": "rules",
    "resource": "rules",
    "name": "create",
    "summary": "Create a rule",
    "access": "write",
    "scope": "rules:write",
    "scopes": [
      "rules:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getRule",
    "method": "GET",
    "path": "/api/rules/{id}",
    "area": "rules",
    "resource": "rules",
    "name": "get",
    "summary": "Retrieve a rule",
    "access": "read",
    "scope": "rules:read",
    "scopes": [
      "rules:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateRule",
    "method": "PUT",
    "path": "/api/rules/{id}",
    "area": "rules",
    "resource": "rules",
    "name": "update",
    "summary": "Update a rule",
    "access": "write",
    "scope": "rules:write",
    "scopes": [
      "rules:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "deleteRule",
    "method": "DELETE",
    "path": "/api/rules/{id}",
    "area": "rules",
    "resource": "rules",
    "name": "delete",
    "summary": "Delete a rule",
    "access": "write",
    "scope": "rules:write",
    "scopes": [
      "rules:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "deletes-record"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 204,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "updateRulePriorities",
    "method": "POST",
    "path": "/api/rules/priorities",
    "area": "rules",
    "resource": "rules",
    "name": "updatePriorities",
    "summary": "Update rules' priorities",
    "access": "write",
    "scope": "rules:write",
    "scopes": [
      "rules:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 202,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "listSatisfactionSurveys",
    "method": "GET",
    "path": "/api/satisfaction-surveys",
    "area": "satisfaction-surveys",
    "resource": "satisfactionSurveys",
    "name": "list",
    "summary": "List satisfaction surveys",
    "access": "read",
    "scope": "satisfaction_survey:read",
    "scopes": [
      "satisfaction_survey:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor",
      "order_by",
      "ticket_id"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "createSatisfactionSurvey",
    "method": "POST",
    "path": "/api/satisfaction-surveys",
    "area": "satisfaction-surveys",
    "resource": "satisfactionSurveys",
    "name": "create",
    "summary": "Create a satisfaction survey",
    "access": "write",
    "scope": "satisfaction_survey:write",
    "scopes": [
      "satisfaction_survey:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-to-customer"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getSatisfactionSurvey",
    "method": "GET",
    "path": "/api/satisfaction-surveys/{id}",
    "area": "satisfaction-surveys",
    "resource": "satisfactionSurveys",
    "name": "get",
    "summary": "Retrieve a satisfaction survey",
    "access": "read",
    "scope": "satisfaction_survey:read",
    "scopes": [
      "satisfaction_survey:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "updateSatisfactionSurvey",
    "method": "PUT",
    "path": "/api/satisfaction-surveys/{id}",
    "area": "satisfaction-surveys",
    "resource": "satisfactionSurveys",
    "name": "update",
    "summary": "Update a satisfaction survey",
    "access": "write",
    "scope": "satisfaction_survey:write",
    "scopes": [
      "satisfaction_survey:write"
    ],
    "scopeByType": null,
    "sideEffects": [
      "sends-to-customer"
    ],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "uploadFiles",
    "method": "POST",
    "path": "/api/upload",
    "area": "files",
    "resource": "files",
    "name": "upload",
    "summary": "Upload files",
    "access": "write",
    "scope": "tickets:write",
    "scopes": [
      "tickets:write"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "type"
    ],
    "body": "required",
    "bodyMediaType": "multipart/form-data",
    "successStatus": 201,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "downloadFile",
    "method": "GET",
    "path": "/api/{file_type}/download/{domain_hash}/{resource_name}",
    "area": "files",
    "resource": "files",
    "name": "download",
    "summary": "Download a private file",
    "access": "read",
    "scope": "tickets:read",
    "scopes": [
      "tickets:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "file_type",
      "domain_hash",
      "resource_name"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 307,
    "successMediaType": null,
    "guide": null
  },
  {
    "id": "queryReportingStats",
    "method": "POST",
    "path": "/api/reporting/stats",
    "area": "statistics",
    "resource": "reporting",
    "name": "query",
    "summary": "Retrieve a reporting statistic",
    "access": "read",
    "scope": "statistics:read",
    "scopes": [
      "statistics:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "cursor",
    "pathParams": [],
    "queryParams": [
      "limit",
      "cursor"
    ],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getStatistic",
    "method": "POST",
    "path": "/api/stats/{name}",
    "area": "statistics",
    "resource": "statistics",
    "name": "get",
    "summary": "Retrieve a statistic",
    "access": "read",
    "scope": "statistics:read",
    "scopes": [
      "statistics:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "name"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "downloadStatistic",
    "method": "POST",
    "path": "/api/stats/{name}/download",
    "area": "statistics",
    "resource": "statistics",
    "name": "download",
    "summary": "Download a statistic as CSV",
    "access": "read",
    "scope": "statistics:read",
    "scopes": [
      "statistics:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "name"
    ],
    "queryParams": [],
    "body": "required",
    "bodyMediaType": "application/json",
    "successStatus": 200,
    "successMediaType": "text/csv",
    "guide": null
  },
  {
    "id": "searchMetricCards",
    "method": "GET",
    "path": "/api/metric-cards",
    "area": "metric-cards",
    "resource": "metricCards",
    "name": "search",
    "summary": "Search metric cards",
    "access": "read",
    "scope": "statistics:read",
    "scopes": [
      "statistics:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [],
    "queryParams": [
      "category",
      "status",
      "q",
      "include"
    ],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  },
  {
    "id": "getMetricCard",
    "method": "GET",
    "path": "/api/metric-cards/{slug}",
    "area": "metric-cards",
    "resource": "metricCards",
    "name": "get",
    "summary": "Retrieve a metric card",
    "access": "read",
    "scope": "statistics:read",
    "scopes": [
      "statistics:read"
    ],
    "scopeByType": null,
    "sideEffects": [],
    "event": null,
    "pagination": "none",
    "pathParams": [
      "slug"
    ],
    "queryParams": [],
    "body": null,
    "bodyMediaType": null,
    "successStatus": 200,
    "successMediaType": "application/json",
    "guide": null
  }
] as const satisfies readonly OperationEntry[];

export type OperationId = (typeof operations)[number]["id"];

/** Operations by id. */
export const operationsById: ReadonlyMap<string, OperationEntry> = new Map(operations.map((op) => [op.id, op]));
