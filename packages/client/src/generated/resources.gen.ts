/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { CallOptions, OperationCaller, PageIterator, Redirected } from "../runtime/operation-caller.js";
import type { operations } from "./schema.gen.js";

type Operation<K extends keyof operations> = operations[K];

/** One typed method per operation, grouped by resource. */
export function createResources(caller: OperationCaller) {
  return {
    tickets: {
      /**
       * List tickets.
       *
       * List tickets, paginated and ordered by the attribute of the given view. List rows are compact tickets: they omit `messages`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/tickets
       */
      list: (query?: NonNullable<Operation<"listTickets">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listTickets">["responses"][200]["content"]["application/json"]> => caller.call("listTickets", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/tickets
       */
      listAll: (query?: NonNullable<Operation<"listTickets">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listTickets">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listTickets">["responses"][200]["content"]["application/json"]> => caller.paginate("listTickets", { query }, options),
      /**
       * Create a ticket.
       *
       * Create a ticket, the conversation between a support team and a customer. A core write. `messages` is required (1 to 500). A message from an agent on an external channel is sent to the customer unless it carries `sent_datetime` (an import). The subject is limited to 998 characters. Triggers the `ticket-created` event.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `ticket-created`
       * - Side effects: can send a message to the customer
       *
       * @see POST /api/tickets
       */
      create: (body: NonNullable<Operation<"createTicket">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createTicket">["responses"][201]["content"]["application/json"]> => caller.call("createTicket", { body }, options),
      /**
       * Get a ticket.
       *
       * Retrieve a single ticket by its id, with its messages. Read-only. Pass `relationships=custom_fields` to embed the ticket's custom field values.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/tickets/{id}
       */
      get: (id: Operation<"getTicket">["parameters"]["path"]["id"], query?: NonNullable<Operation<"getTicket">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"getTicket">["responses"][200]["content"]["application/json"]> => caller.call("getTicket", { path: { "id": id }, query }, options),
      /**
       * Update a ticket.
       *
       * Update a ticket, such as its status, assignee, or subject; send only the fields to change. Closing, reopening, and reassigning happen here: `status: closed` closes, `status: open` reopens, `assignee_user: {id}` reassigns and `assignee_user: {id: null}` unassigns. `tags` and `custom_fields` replace the whole list. Setting `trashed_datetime` moves the ticket to the trash without deleting it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/tickets/{id}
       */
      update: (id: Operation<"updateTicket">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateTicket">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateTicket">["responses"][200]["content"]["application/json"]> => caller.call("updateTicket", { path: { "id": id }, body }, options),
      /**
       * Delete a ticket.
       *
       * Delete a ticket. Removes the ticket and its conversation permanently; to keep it recoverable, move it to the trash instead by setting `trashed_datetime` with `PUT /api/tickets/{id}`. Triggers the `ticket-deleted` event.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `ticket-deleted`
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/tickets/{id}
       */
      delete: (id: Operation<"deleteTicket">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteTicket", { path: { "id": id } }, options),
    },
    ticketMessages: {
      /**
       * List messages.
       *
       * List messages matching the given parameters, paginated, optionally filtered by `ticket_id`. Messages live under the tickets scope. This cross-ticket list replaces the deprecated `GET /api/tickets/{ticket_id}/messages`: to read one ticket's conversation, pass `ticket_id`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/messages
       */
      list: (query?: NonNullable<Operation<"listMessages">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listMessages">["responses"][200]["content"]["application/json"]> => caller.call("listMessages", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/messages
       */
      listAll: (query?: NonNullable<Operation<"listMessages">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listMessages">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listMessages">["responses"][200]["content"]["application/json"]> => caller.paginate("listMessages", { query }, options),
      /**
       * Create a message in a ticket.
       *
       * Create a message in a ticket, which can send a reply to the customer. - A message is sent to the customer unless `sent_datetime` is set: with `sent_datetime` the message is recorded as already sent (an import) and nothing is sent. - An internal note is `channel: internal-note` with `public: false`; it is never sent to the customer and can mention users with `mention_ids`. - The `action` query parameter (`force`, `retry`, `cancel`) controls external sending.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `ticket-message-created`
       * - Side effects: can send a message to the customer
       *
       * @see POST /api/tickets/{ticket_id}/messages
       */
      create: (ticketId: Operation<"createTicketMessage">["parameters"]["path"]["ticket_id"], body: NonNullable<Operation<"createTicketMessage">["requestBody"]>["content"]["application/json"], query?: NonNullable<Operation<"createTicketMessage">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"createTicketMessage">["responses"][201]["content"]["application/json"]> => caller.call("createTicketMessage", { path: { "ticket_id": ticketId }, body, query }, options),
      /**
       * Get a message of a ticket.
       *
       * Retrieve a single message from a ticket. Read-only.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/tickets/{ticket_id}/messages/{id}
       */
      get: (ticketId: Operation<"getTicketMessage">["parameters"]["path"]["ticket_id"], id: Operation<"getTicketMessage">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getTicketMessage">["responses"][200]["content"]["application/json"]> => caller.call("getTicketMessage", { path: { "ticket_id": ticketId, "id": id } }, options),
      /**
       * Update a message of a ticket.
       *
       * Update a message in a ticket. The body requires `channel`, `from_agent` and `via` even when they do not change. The `action` query parameter (`force`, `retry`, `cancel`) acts on the message's pending or failed external send, as on create. The live API answers `202 Accepted` with the updated message.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/tickets/{ticket_id}/messages/{id}
       */
      update: (ticketId: Operation<"updateTicketMessage">["parameters"]["path"]["ticket_id"], id: Operation<"updateTicketMessage">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateTicketMessage">["requestBody"]>["content"]["application/json"], query?: NonNullable<Operation<"updateTicketMessage">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"updateTicketMessage">["responses"][202]["content"]["application/json"]> => caller.call("updateTicketMessage", { path: { "ticket_id": ticketId, "id": id }, body, query }, options),
      /**
       * Delete a message of a ticket.
       *
       * Delete a message from a ticket permanently; the ticket itself stays. Triggers the `ticket-message-deleted` event. (One source reports the live API answering `200` with an empty body rather than `204`; treat both as success.)
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `ticket-message-deleted`
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/tickets/{ticket_id}/messages/{id}
       */
      delete: (ticketId: Operation<"deleteTicketMessage">["parameters"]["path"]["ticket_id"], id: Operation<"deleteTicketMessage">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteTicketMessage", { path: { "ticket_id": ticketId, "id": id } }, options),
    },
    ticketTags: {
      /**
       * List the tags of a ticket.
       *
       * List the tags applied to a single ticket. Read-only.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       * - Live API: `GET /api/tickets/{ticket_id}/tags` (The live API returns `{data: [Tag]}` without the cursor `meta`, `object` and `uri` of the list envelope, and is not cursor-paginated.)
       *
       * @see GET /api/tickets/{ticket_id}/tags
       */
      list: (ticketId: Operation<"listTicketTags">["parameters"]["path"]["ticket_id"], query?: NonNullable<Operation<"listTicketTags">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listTicketTags">["responses"][200]["content"]["application/json"]> => caller.call("listTicketTags", { path: { "ticket_id": ticketId }, query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/tickets/{ticket_id}/tags
       */
      listAll: (ticketId: Operation<"listTicketTags">["parameters"]["path"]["ticket_id"], query?: NonNullable<Operation<"listTicketTags">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listTicketTags">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listTicketTags">["responses"][200]["content"]["application/json"]> => caller.paginate("listTicketTags", { path: { "ticket_id": ticketId }, query }, options),
      /**
       * Set the tags of a ticket.
       *
       * Set the tags of a ticket: the given tags replace the whole current set, and `{}` removes every tag. The guide names this action in its prose ("list, add, set, and remove the tags applied to a single ticket") but not in its method table. The live API answers `202` with no body.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/tickets/{ticket_id}/tags
       */
      set: (ticketId: Operation<"setTicketTags">["parameters"]["path"]["ticket_id"], body: NonNullable<Operation<"setTicketTags">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<void> => caller.call("setTicketTags", { path: { "ticket_id": ticketId }, body }, options),
      /**
       * Add tags to a ticket.
       *
       * Add one or more tags to a ticket without removing existing tags. Tags are given by id and/or by name. The live API answers `201` with no body.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see POST /api/tickets/{ticket_id}/tags
       */
      add: (ticketId: Operation<"addTicketTags">["parameters"]["path"]["ticket_id"], body: NonNullable<Operation<"addTicketTags">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<void> => caller.call("addTicketTags", { path: { "ticket_id": ticketId }, body }, options),
      /**
       * Remove tags from a ticket.
       *
       * Remove one or more tags from a ticket, by id and/or by name. The tags themselves stay in the account.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see DELETE /api/tickets/{ticket_id}/tags
       */
      remove: (ticketId: Operation<"removeTicketTags">["parameters"]["path"]["ticket_id"], body: NonNullable<Operation<"removeTicketTags">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<void> => caller.call("removeTicketTags", { path: { "ticket_id": ticketId }, body }, options),
    },
    customers: {
      /**
       * List customers.
       *
       * List customers, paginated. The guide says the list is ordered by name in alphabetical order (`order_by=name:asc`); the live API documents `created_datetime` and `updated_datetime` ordering, newest first by default. Filters narrow the list by email, external id, name, language, timezone, view or contact channel.
       *
       * - Scope: `customers:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/customers
       */
      list: (query?: NonNullable<Operation<"listCustomers">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listCustomers">["responses"][200]["content"]["application/json"]> => caller.call("listCustomers", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/customers
       */
      listAll: (query?: NonNullable<Operation<"listCustomers">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listCustomers">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listCustomers">["responses"][200]["content"]["application/json"]> => caller.paginate("listCustomers", { query }, options),
      /**
       * Create a customer.
       *
       * Create a customer record. A core write. Every field is optional. An email address already used by another customer answers `409 Conflict`. Triggers the `customer-created` event.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `customer-created`
       *
       * @see POST /api/customers
       */
      create: (body: NonNullable<Operation<"createCustomer">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createCustomer">["responses"][201]["content"]["application/json"]> => caller.call("createCustomer", { body }, options),
      /**
       * Get a customer.
       *
       * Retrieve a single customer by id, with its channels and integration data. Pass `relationships=custom_fields` to embed custom field values. A merged customer returns a `301` redirect to the surviving record: follow `Location`.
       *
       * - Scope: `customers:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/customers/{id}
       */
      get: (id: Operation<"getCustomer">["parameters"]["path"]["id"], query?: NonNullable<Operation<"getCustomer">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"getCustomer">["responses"][200]["content"]["application/json"] & Redirected> => caller.call("getCustomer", { path: { "id": id }, query }, options),
      /**
       * Update a customer.
       *
       * Update a customer record; send only the fields to change. `channels`, when given, replaces all the customer's channels. An email address already used by another customer answers `409 Conflict`.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/customers/{id}
       */
      update: (id: Operation<"updateCustomer">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateCustomer">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateCustomer">["responses"][200]["content"]["application/json"]> => caller.call("updateCustomer", { path: { "id": id }, body }, options),
      /**
       * Delete a customer.
       *
       * Delete a customer record permanently. Triggers the `customer-deleted` event.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `customer-deleted`
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/customers/{id}
       */
      delete: (id: Operation<"deleteCustomer">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteCustomer", { path: { "id": id } }, options),
      /**
       * Merge two customers.
       *
       * Merge two customers into one record. `{id}` is the surviving (target) customer; `source_id` in the body is the customer merged into it, which is deleted. The other body fields are optional values to set on the survivor. Answers the surviving customer. After a merge, requests to the merged customer return a `301` redirect to the survivor. Fails with `409 Conflict` when both customers hold data for the same integration, and with 400 when `source_id` is `{id}` itself (a customer is not merged into itself). Triggers the `customer-merged` event.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `customer-merged`
       * - Side effects: merges records into one (irreversible)
       * - Live API: `PUT /api/customers/merge` (live API takes source_id and target_id as query parameters; body = fields to set on the target)
       *
       * @see POST /api/customers/{id}/merge
       */
      merge: (id: Operation<"mergeCustomers">["parameters"]["path"]["id"], body: NonNullable<Operation<"mergeCustomers">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"mergeCustomers">["responses"][200]["content"]["application/json"]> => caller.call("mergeCustomers", { path: { "id": id }, body }, options),
    },
    users: {
      /**
       * List users.
       *
       * List the users of a helpdesk, such as agents, paginated. Read-only. Filters narrow the list by email, external id, a search string or roles.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/users
       */
      list: (query?: NonNullable<Operation<"listUsers">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listUsers">["responses"][200]["content"]["application/json"]> => caller.call("listUsers", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/users
       */
      listAll: (query?: NonNullable<Operation<"listUsers">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listUsers">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listUsers">["responses"][200]["content"]["application/json"]> => caller.paginate("listUsers", { query }, options),
      /**
       * Create a user.
       *
       * Create a user, such as inviting an agent to the helpdesk. Adds someone who can access the helpdesk. `email` and `name` are required; `role.name` sets what the user can do. An email address already used by another user answers `409 Conflict`. Triggers the `user-created` event.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `user-created`
       *
       * @see POST /api/users
       */
      create: (body: NonNullable<Operation<"createUser">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createUser">["responses"][201]["content"]["application/json"]> => caller.call("createUser", { body }, options),
      /**
       * Get a user.
       *
       * Retrieve a single user by id. Read-only. Id `0` returns the authenticated user, which tells an integration whose credentials it runs with.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/users/{id}
       */
      get: (id: Operation<"getUser">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getUser">["responses"][200]["content"]["application/json"]> => caller.call("getUser", { path: { "id": id } }, options),
      /**
       * Update a user.
       *
       * Update a user; send only the fields to change. Id `0` updates the authenticated user. Changing the email needs `password_confirmation`; changing the password needs `old_password` and `new_password`. An email address already used by another user answers `409 Conflict`.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/users/{id}
       */
      update: (id: Operation<"updateUser">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateUser">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateUser">["responses"][200]["content"]["application/json"]> => caller.call("updateUser", { path: { "id": id }, body }, options),
      /**
       * Delete a user.
       *
       * Delete a user. Removes the person's helpdesk access permanently. Triggers the `user-deleted` event.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `user-deleted`
       * - Side effects: removes a person's helpdesk access
       *
       * @see DELETE /api/users/{id}
       */
      delete: (id: Operation<"deleteUser">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteUser", { path: { "id": id } }, options),
    },
    tags: {
      /**
       * List tags.
       *
       * List the account-wide tags used to label tickets, paginated. Filter by name with `search` and sort by creation date, name or usage.
       *
       * - Scope: `tags:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/tags
       */
      list: (query?: NonNullable<Operation<"listTags">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listTags">["responses"][200]["content"]["application/json"]> => caller.call("listTags", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/tags
       */
      listAll: (query?: NonNullable<Operation<"listTags">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listTags">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listTags">["responses"][200]["content"]["application/json"]> => caller.paginate("listTags", { query }, options),
      /**
       * Create a tag.
       *
       * Create an account-wide tag. Names are case-sensitive and at most 256 characters; a name already used in the account is a conflict (409). Emits the `tag-created` event.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `tag-created`
       *
       * @see POST /api/tags
       */
      create: (body: NonNullable<Operation<"createTag">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createTag">["responses"][201]["content"]["application/json"]> => caller.call("createTag", { body }, options),
      /**
       * Retrieve a tag.
       *
       * Retrieve a single account-wide tag by id, with its description, decoration and usage. The guide's prose names reading a tag; its method table has no row for it.
       *
       * - Scope: `tags:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/tags/{id}
       */
      get: (id: Operation<"getTag">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getTag">["responses"][200]["content"]["application/json"]> => caller.call("getTag", { path: { "id": id } }, options),
      /**
       * Update a tag.
       *
       * Update an account-wide tag: its name, description or colour. Renaming to a name already used in the account is a conflict (409). Emits the `tag-updated` event.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `tag-updated`
       *
       * @see PUT /api/tags/{id}
       */
      update: (id: Operation<"updateTag">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateTag">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateTag">["responses"][200]["content"]["application/json"]> => caller.call("updateTag", { path: { "id": id }, body }, options),
      /**
       * Delete a tag.
       *
       * Delete an account-wide tag. Views that filter on the tag are deactivated, and a tag still used by macros or rules cannot be deleted. The guide's prose names deleting a tag; its method table has no row for it.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/tags/{id}
       */
      delete: (id: Operation<"deleteTag">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteTag", { path: { "id": id } }, options),
      /**
       * Merge tags.
       *
       * Merge tags into a single tag. The tag `destination_tag_id` is kept; every tag in `source_tags_ids` is merged into it and deleted, and the tickets that carried a source tag carry the kept tag instead. Answers with the kept tag. `source_tags_ids` must not include `destination_tag_id` (400).
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       * - Side effects: merges records into one (irreversible)
       * - Live API: `PUT /api/tags/{destination_tag_id}/merge` (live API takes the kept tag in the path and {source_tags_ids} in the body)
       *
       * @see POST /api/tags/merge
       */
      merge: (body: NonNullable<Operation<"mergeTags">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"mergeTags">["responses"][200]["content"]["application/json"]> => caller.call("mergeTags", { body }, options),
    },
    macros: {
      /**
       * List macros.
       *
       * List macros, the saved replies and actions agents apply to tickets, paginated. Filter by text, tags, languages or archived state, and sort by name, dates, usage or language.
       *
       * - Scope: `macros:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/macros
       */
      list: (query?: NonNullable<Operation<"listMacros">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listMacros">["responses"][200]["content"]["application/json"]> => caller.call("listMacros", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/macros
       */
      listAll: (query?: NonNullable<Operation<"listMacros">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listMacros">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listMacros">["responses"][200]["content"]["application/json"]> => caller.paginate("listMacros", { query }, options),
      /**
       * Create a macro.
       *
       * Create a macro: a named list of actions (such as setting the response text or adding tags) that agents apply to tickets. `name` is required.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see POST /api/macros
       */
      create: (body: NonNullable<Operation<"createMacro">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createMacro">["responses"][201]["content"]["application/json"]> => caller.call("createMacro", { body }, options),
      /**
       * Retrieve a macro.
       *
       * Retrieve a single macro by id, with all its actions.
       *
       * - Scope: `macros:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/macros/{id}
       */
      get: (id: Operation<"getMacro">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getMacro">["responses"][200]["content"]["application/json"]> => caller.call("getMacro", { path: { "id": id } }, options),
      /**
       * Update a macro.
       *
       * Update a macro. `actions`, when sent, replaces the whole list of actions, so send every action to keep.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/macros/{id}
       */
      update: (id: Operation<"updateMacro">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateMacro">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateMacro">["responses"][200]["content"]["application/json"]> => caller.call("updateMacro", { path: { "id": id }, body }, options),
      /**
       * Delete a macro.
       *
       * Delete a macro permanently. A macro used by active rules cannot be deleted and answers 409. The guide's prose names deleting a macro; its method table has no row for it.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/macros/{id}
       */
      delete: (id: Operation<"deleteMacro">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteMacro", { path: { "id": id } }, options),
    },
    views: {
      /**
       * List views.
       *
       * List views, the saved filters that group tickets, paginated. Views fall under the tickets scope: OAuth apps need `tickets:read`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/views
       */
      list: (query?: NonNullable<Operation<"listViews">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listViews">["responses"][200]["content"]["application/json"]> => caller.call("listViews", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/views
       */
      listAll: (query?: NonNullable<Operation<"listViews">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listViews">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listViews">["responses"][200]["content"]["application/json"]> => caller.paginate("listViews", { query }, options),
      /**
       * Create a view.
       *
       * Create a view: a saved ticket filter with its sort order, columns and visibility. Sources disagree on required fields (the generated reference type requires `slug`, a reference client requires nothing); this spec requires none.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see POST /api/views
       */
      create: (body: NonNullable<Operation<"createView">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createView">["responses"][201]["content"]["application/json"]> => caller.call("createView", { body }, options),
      /**
       * Retrieve a view.
       *
       * Retrieve a single view by id, with its filters, sort order, columns and visibility.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/views/{id}
       */
      get: (id: Operation<"getView">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getView">["responses"][200]["content"]["application/json"]> => caller.call("getView", { path: { "id": id } }, options),
      /**
       * Update a view.
       *
       * Update a view's name, filters, sort order, columns or sharing. Only the fields sent change. The guide's prose names updating a view; its method table has no row for it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       *
       * @see PUT /api/views/{id}
       */
      update: (id: Operation<"updateView">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateView">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateView">["responses"][200]["content"]["application/json"]> => caller.call("updateView", { path: { "id": id }, body }, options),
      /**
       * Delete a view.
       *
       * Delete a view permanently. System views such as Trash and Spam cannot be deleted. The guide's prose names deleting a view; its method table has no row for it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/views/{id}
       */
      delete: (id: Operation<"deleteView">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteView", { path: { "id": id } }, options),
      /**
       * List a view's items.
       *
       * List the tickets that match a view, paginated and ordered by the attribute the view specifies; `order_by` overrides it. Rows are compact tickets, as in `GET /api/tickets`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       * - Live API: `GET /api/views/{view_id}/items` (live responses page with meta.current_cursor, meta.next_items and meta.prev_items)
       *
       * @see GET /api/views/{view_id}/items
       */
      listItems: (viewId: Operation<"listViewItems">["parameters"]["path"]["view_id"], query?: NonNullable<Operation<"listViewItems">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listViewItems">["responses"][200]["content"]["application/json"]> => caller.call("listViewItems", { path: { "view_id": viewId }, query }, options),
      /**
       * Every item of {@link listItems}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/views/{view_id}/items
       */
      listItemsAll: (viewId: Operation<"listViewItems">["parameters"]["path"]["view_id"], query?: NonNullable<Operation<"listViewItems">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listViewItems">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listViewItems">["responses"][200]["content"]["application/json"]> => caller.paginate("listViewItems", { path: { "view_id": viewId }, query }, options),
    },
    integrations: {
      /**
       * List integrations.
       *
       * List the integrations that connect Gorgias to external services, paginated: native integrations (email, chat, Shopify, …) and HTTP integrations. `type=http` keeps only HTTP integrations.
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/integrations
       */
      list: (query?: NonNullable<Operation<"listIntegrations">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listIntegrations">["responses"][200]["content"]["application/json"]> => caller.call("listIntegrations", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/integrations
       */
      listAll: (query?: NonNullable<Operation<"listIntegrations">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listIntegrations">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listIntegrations">["responses"][200]["content"]["application/json"]> => caller.paginate("listIntegrations", { query }, options),
      /**
       * Create an integration.
       *
       * Create an integration, in practice an HTTP integration that delivers events to a URL: it sets `type` to `http` with a URL, an HTTP method and triggers such as `ticket-created`. Only `http` integrations can be created through the API. Once created, Gorgias sends requests carrying helpdesk data (rendered from the `form` template) to that URL whenever a trigger fires. The live API delivers only ticket-level triggers (see `IntegrationTrigger`). Emits the `integration-created` event.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `integration-created`
       * - Side effects: makes Gorgias send account data to an external URL
       *
       * @see POST /api/integrations
       */
      create: (body: NonNullable<Operation<"createIntegration">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"createIntegration">["responses"][201]["content"]["application/json"]> => caller.call("createIntegration", { body }, options),
      /**
       * Retrieve an integration.
       *
       * Retrieve a single integration by id, including the HTTP configuration of an HTTP integration.
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/integrations/{id}
       */
      get: (id: Operation<"getIntegration">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getIntegration">["responses"][200]["content"]["application/json"]> => caller.call("getIntegration", { path: { "id": id } }, options),
      /**
       * Update an integration.
       *
       * Update an integration: its name, description, HTTP configuration, or active state (set `deactivated_datetime` to null to reactivate it). `name` is required on every update. Changing the URL or triggers changes where and when helpdesk data is sent. The guide's prose names updating an integration; its method table has no row for it.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Webhook event: none
       * - Side effects: makes Gorgias send account data to an external URL
       *
       * @see PUT /api/integrations/{id}
       */
      update: (id: Operation<"updateIntegration">["parameters"]["path"]["id"], body: NonNullable<Operation<"updateIntegration">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"updateIntegration">["responses"][200]["content"]["application/json"]> => caller.call("updateIntegration", { path: { "id": id }, body }, options),
      /**
       * Delete an integration.
       *
       * Delete an integration. Views that use it are deactivated, and an integration still used by rules or other integrations cannot be deleted. Emits the `integration-deleted` event.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Webhook event: `integration-deleted`
       * - Side effects: deletes a record
       *
       * @see DELETE /api/integrations/{id}
       */
      delete: (id: Operation<"deleteIntegration">["parameters"]["path"]["id"], options?: CallOptions): Promise<void> => caller.call("deleteIntegration", { path: { "id": id } }, options),
    },
    events: {
      /**
       * List events.
       *
       * List events, the records of what happened in the account, paginated and ordered by creation date with the most recent first. Filter by object, by the users who caused them, by type, or by a creation-date range.
       *
       * - Scope: `events:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/events
       */
      list: (query?: NonNullable<Operation<"listEvents">["parameters"]["query"]>, options?: CallOptions): Promise<Operation<"listEvents">["responses"][200]["content"]["application/json"]> => caller.call("listEvents", { query }, options),
      /**
       * Every item of {@link list}, following `meta.next_cursor` until it is absent; `.pages()` yields whole pages.
       * Memory stays constant: one page is held at a time.
       *
       * @see GET /api/events
       */
      listAll: (query?: NonNullable<Operation<"listEvents">["parameters"]["query"]>, options?: CallOptions): PageIterator<Operation<"listEvents">["responses"][200]["content"]["application/json"]["data"][number], Operation<"listEvents">["responses"][200]["content"]["application/json"]> => caller.paginate("listEvents", { query }, options),
      /**
       * Retrieve an event.
       *
       * Retrieve a single event by id.
       *
       * - Scope: `events:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       *
       * @see GET /api/events/{id}
       */
      get: (id: Operation<"getEvent">["parameters"]["path"]["id"], options?: CallOptions): Promise<Operation<"getEvent">["responses"][200]["content"]["application/json"]> => caller.call("getEvent", { path: { "id": id } }, options),
    },
    search: {
      /**
       * Search resources.
       *
       * Search across resources such as customers, agents, teams, tags and integrations. `type` selects what to search (such as `customer` or `customer_profile`), `query` is the text to match and `size` caps the number of results.
       *
       * - Scope: depends on the request: customer → `customers:read`, customer_profile → `customers:read`, agent → `users:read`, team → `users:read`, tag → `tags:read`, integration → `integrations:read` (an API key has full access)
       * - Access: read
       * - Webhook event: none
       * - Live API: `POST /api/search` (live API documents a 201 response with a generic object and may return a bare array of matches instead of {data})
       *
       * @see POST /api/search
       */
      run: (body: NonNullable<Operation<"search">["requestBody"]>["content"]["application/json"], options?: CallOptions): Promise<Operation<"search">["responses"][200]["content"]["application/json"]> => caller.call("search", { body }, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
