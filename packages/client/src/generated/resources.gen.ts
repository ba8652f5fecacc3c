/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { ListPromise } from "../runtime/list-promise.js";
import type { CallOptions, OperationCaller, Redirected } from "../runtime/operation-caller.js";
import type { ItemOf, ParamsOf, ResultOf } from "../runtime/operation-params.js";

/** One typed method per operation, grouped by resource: `method(params, options?)`. */
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
       * - Event: none
       *
       * @see GET /api/tickets
       */
      list: (params?: ParamsOf<"listTickets">, options?: CallOptions): ListPromise<ItemOf<"listTickets">, ResultOf<"listTickets">> => caller.list("listTickets", params, options),
      /**
       * Create a ticket.
       *
       * Create a ticket, the conversation between a support team and a customer. A core write. `messages` is required (1 to 500). A message from an agent on an external channel is sent to the customer unless it carries `sent_datetime` (an import). The subject is limited to 998 characters. Triggers the `ticket-created` event.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: `ticket-created` (read through `GET /api/events`)
       * - Side effects: can send a message to the customer
       *
       * @see POST /api/tickets
       */
      create: (params: ParamsOf<"createTicket">, options?: CallOptions): Promise<ResultOf<"createTicket">> => caller.call("createTicket", params, options),
      /**
       * Get a ticket.
       *
       * Retrieve a single ticket by its id, with its messages. Read-only. Pass `relationships=custom_fields` to embed the ticket's custom field values.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tickets/{id}
       */
      get: (params: ParamsOf<"getTicket">, options?: CallOptions): Promise<ResultOf<"getTicket">> => caller.call("getTicket", params, options),
      /**
       * Update a ticket.
       *
       * Update a ticket, such as its status, assignee, or subject; send only the fields to change. Closing, reopening, and reassigning happen here: `status: closed` closes, `status: open` reopens, `assignee_user: {id}` reassigns and `assignee_user: {id: null}` unassigns. `tags` and `custom_fields` replace the whole list. Setting `trashed_datetime` moves the ticket to the trash without deleting it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/tickets/{id}
       */
      update: (params: ParamsOf<"updateTicket">, options?: CallOptions): Promise<ResultOf<"updateTicket">> => caller.call("updateTicket", params, options),
      /**
       * Delete a ticket.
       *
       * Delete a ticket. Removes the ticket and its conversation permanently; to keep it recoverable, move it to the trash instead by setting `trashed_datetime` with `PUT /api/tickets/{id}`. Triggers the `ticket-deleted` event.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: `ticket-deleted` (read through `GET /api/events`)
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/tickets/{id}
       */
      delete: (params: ParamsOf<"deleteTicket">, options?: CallOptions): Promise<ResultOf<"deleteTicket">> => caller.call("deleteTicket", params, options),
    },
    ticketMessages: {
      /**
       * List messages.
       *
       * List messages matching the given parameters, paginated, optionally filtered by `ticket_id`. Messages live under the tickets scope. This cross-ticket list replaces the deprecated `GET /api/tickets/{ticket_id}/messages`: to read one ticket's conversation, pass `ticket_id`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/messages
       */
      list: (params?: ParamsOf<"listMessages">, options?: CallOptions): ListPromise<ItemOf<"listMessages">, ResultOf<"listMessages">> => caller.list("listMessages", params, options),
      /**
       * List a ticket's messages (deprecated).
       *
       * List the messages of one ticket, oldest first, paginated. Deprecated by Gorgias: use `GET /api/messages?ticket_id=` (`ticketMessages.list`), which this list duplicates. The docs declare no query parameters for it; the live list pages like the others (`limit`, `cursor`), and its order is fixed (inferred).
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tickets/{ticket_id}/messages
       */
      listForTicket: (params: ParamsOf<"listTicketMessages">, options?: CallOptions): ListPromise<ItemOf<"listTicketMessages">, ResultOf<"listTicketMessages">> => caller.list("listTicketMessages", params, options),
      /**
       * Create a message in a ticket.
       *
       * Create a message in a ticket, which can send a reply to the customer. - A message is sent to the customer unless `sent_datetime` is set: with `sent_datetime` the message is recorded as already sent (an import) and nothing is sent. - An internal note is `channel: internal-note` with `public: false`; it is never sent to the customer and can mention users with `mention_ids`. - The `action` query parameter (`force`, `retry`, `cancel`) says what to do when an external action tied to the message failed; `cancel` deletes the message.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: `ticket-message-created` (read through `GET /api/events`)
       * - Side effects: can send a message to the customer
       *
       * @see POST /api/tickets/{ticket_id}/messages
       */
      create: (params: ParamsOf<"createTicketMessage">, options?: CallOptions): Promise<ResultOf<"createTicketMessage">> => caller.call("createTicketMessage", params, options),
      /**
       * Get a message of a ticket.
       *
       * Retrieve a single message from a ticket. Read-only.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tickets/{ticket_id}/messages/{id}
       */
      get: (params: ParamsOf<"getTicketMessage">, options?: CallOptions): Promise<ResultOf<"getTicketMessage">> => caller.call("getTicketMessage", params, options),
      /**
       * Update a message of a ticket.
       *
       * Update a message in a ticket. The body requires `channel`, `from_agent` and `via` even when they do not change. The `action` query parameter (`force`, `retry`, `cancel`) says what to do when an external action tied to the message failed, as on create: with `action=cancel` such a message is deleted, and the answer is the message as it was before (the mock's choice; the docs do not show that answer). The live API answers `202 Accepted` with the updated message.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: permanently deletes support history
       *
       * @see PUT /api/tickets/{ticket_id}/messages/{id}
       */
      update: (params: ParamsOf<"updateTicketMessage">, options?: CallOptions): Promise<ResultOf<"updateTicketMessage">> => caller.call("updateTicketMessage", params, options),
      /**
       * Delete a message of a ticket.
       *
       * Delete a message from a ticket permanently; the ticket itself stays. Triggers the `ticket-message-deleted` event. The guide's status is `204`; a third-party client reports the live API answering `200` with an empty body instead, which the typed client also reads as success (an empty body).
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: `ticket-message-deleted` (read through `GET /api/events`)
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/tickets/{ticket_id}/messages/{id}
       */
      delete: (params: ParamsOf<"deleteTicketMessage">, options?: CallOptions): Promise<ResultOf<"deleteTicketMessage">> => caller.call("deleteTicketMessage", params, options),
    },
    ticketTags: {
      /**
       * List the tags of a ticket.
       *
       * List the tags applied to a single ticket. Read-only.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tickets/{ticket_id}/tags
       */
      list: (params: ParamsOf<"listTicketTags">, options?: CallOptions): Promise<ResultOf<"listTicketTags">> => caller.call("listTicketTags", params, options),
      /**
       * Set the tags of a ticket.
       *
       * Set the tags of a ticket: the given tags replace the whole current set, and `{}` removes every tag. The guide names this action in its prose ("list, add, set, and remove the tags applied to a single ticket") but not in its method table. The live API answers `202` with no body.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/tickets/{ticket_id}/tags
       */
      set: (params: ParamsOf<"setTicketTags">, options?: CallOptions): Promise<ResultOf<"setTicketTags">> => caller.call("setTicketTags", params, options),
      /**
       * Add tags to a ticket.
       *
       * Add one or more tags to a ticket without removing existing tags. Tags are given by id and/or by name. The live API answers `201` with no body.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/tickets/{ticket_id}/tags
       */
      add: (params: ParamsOf<"addTicketTags">, options?: CallOptions): Promise<ResultOf<"addTicketTags">> => caller.call("addTicketTags", params, options),
      /**
       * Remove tags from a ticket.
       *
       * Remove one or more tags from a ticket, by id and/or by name. The tags themselves stay in the account.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see DELETE /api/tickets/{ticket_id}/tags
       */
      remove: (params: ParamsOf<"removeTicketTags">, options?: CallOptions): Promise<ResultOf<"removeTicketTags">> => caller.call("removeTicketTags", params, options),
    },
    customers: {
      /**
       * List customers.
       *
       * List customers, paginated. The guide (and the reference's one-line summary) say the list is ordered by name in alphabetical order; the `order_by` values the live API takes are `created_datetime` and `updated_datetime`, each ascending or descending, newest first by default, and it has no alphabetical `order_by`. Filters narrow the list by email, external id, name, language, timezone, view or contact channel.
       *
       * - Scope: `customers:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/customers
       */
      list: (params?: ParamsOf<"listCustomers">, options?: CallOptions): ListPromise<ItemOf<"listCustomers">, ResultOf<"listCustomers">> => caller.list("listCustomers", params, options),
      /**
       * Create a customer.
       *
       * Create a customer record. A core write. Every field is optional. An email address already used by another customer answers `409 Conflict`. Triggers the `customer-created` event.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: `customer-created` (read through `GET /api/events`)
       *
       * @see POST /api/customers
       */
      create: (params: ParamsOf<"createCustomer">, options?: CallOptions): Promise<ResultOf<"createCustomer">> => caller.call("createCustomer", params, options),
      /**
       * Delete several customers.
       *
       * Delete several customers permanently in one call, by id, with what hangs off them. Every id must name an existing customer, or nothing is deleted (404, inferred). Whether each deletion emits the `customer-deleted` event is not documented; the mock records none.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record; permanently deletes support history
       *
       * @see DELETE /api/customers
       */
      deleteMany: (params: ParamsOf<"deleteCustomers">, options?: CallOptions): Promise<ResultOf<"deleteCustomers">> => caller.call("deleteCustomers", params, options),
      /**
       * Get a customer.
       *
       * Retrieve a single customer by id, with its channels and integration data. Pass `relationships=custom_fields` to embed custom field values. A merged customer returns a `301` redirect to the surviving record: follow `Location`.
       *
       * - Scope: `customers:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/customers/{id}
       */
      get: (params: ParamsOf<"getCustomer">, options?: CallOptions): Promise<ResultOf<"getCustomer"> & Redirected> => caller.call("getCustomer", params, options),
      /**
       * Update a customer.
       *
       * Update a customer record; send only the fields to change. `channels`, when given, replaces all the customer's channels. An email address already used by another customer answers `409 Conflict`. A merged customer's id answers `301` with the surviving record's `Location`: the typed client reports it as `MovedPermanentlyError` and repeats the update there only when the caller consents (`followMergedCustomer`).
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/customers/{id}
       */
      update: (params: ParamsOf<"updateCustomer">, options?: CallOptions): Promise<ResultOf<"updateCustomer"> & Redirected> => caller.call("updateCustomer", params, options),
      /**
       * Delete a customer.
       *
       * Delete a customer record permanently. Triggers the `customer-deleted` event. A merged customer's id answers `301` with the surviving record's `Location`: the typed client reports it as `MovedPermanentlyError` and never deletes the surviving record unless the caller consents (`followMergedCustomer`).
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: `customer-deleted` (read through `GET /api/events`)
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/customers/{id}
       */
      delete: (params: ParamsOf<"deleteCustomer">, options?: CallOptions): Promise<ResultOf<"deleteCustomer">> => caller.call("deleteCustomer", params, options),
      /**
       * Merge two customers.
       *
       * Merge two customers into one record. `target_id` is the surviving customer, which keeps its id; `source_id` is the customer merged into it, which is then deleted. The body holds the values to set on the survivor (the same writable fields as a customer update, all optional; `{}` changes nothing beyond the merge). Answers the surviving customer. After a merge, requests to the merged customer return a `301` redirect to the survivor. Fails with `409 Conflict` when both customers hold data for the same integration, and with 400 when `source_id` equals `target_id` (a customer is not merged into itself). Triggers the `customer-merged` event.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: `customer-merged` (read through `GET /api/events`)
       * - Side effects: merges records into one (irreversible)
       * - Guide: `POST /api/customers/{id}/merge` (The guide names the surviving customer in the path and the merged one in the body; the live API takes both as the query parameters target_id and source_id, with PUT.) — this method sends the live form
       *
       * @see PUT /api/customers/merge
       */
      merge: (params: ParamsOf<"mergeCustomers">, options?: CallOptions): Promise<ResultOf<"mergeCustomers">> => caller.call("mergeCustomers", params, options),
      /**
       * Set a customer's data.
       *
       * Replace a customer's `data`, the free-form object agents see beside integration data. Send `version` (when the data was produced) to guard against stale writes: when Gorgias already holds a newer version, the request is ignored and still answered 202. Answers 202 with no body; read the customer to see the stored data. A merged customer answers 301 to the surviving record.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/customers/{customer_id}/data
       */
      setData: (params: ParamsOf<"setCustomerData">, options?: CallOptions): Promise<ResultOf<"setCustomerData">> => caller.call("setCustomerData", params, options),
    },
    users: {
      /**
       * List users.
       *
       * List the users of a helpdesk, such as agents, paginated. Read-only. Filters narrow the list by email, external id, a search string or roles.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/users
       */
      list: (params?: ParamsOf<"listUsers">, options?: CallOptions): ListPromise<ItemOf<"listUsers">, ResultOf<"listUsers">> => caller.list("listUsers", params, options),
      /**
       * Create a user.
       *
       * Create a user, such as inviting an agent to the helpdesk. Adds someone who can access the helpdesk. `email` and `name` are required; `role.name` sets what the user can do. An email address already used by another user answers `409 Conflict`. Triggers the `user-created` event.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: `user-created` (read through `GET /api/events`)
       *
       * @see POST /api/users
       */
      create: (params: ParamsOf<"createUser">, options?: CallOptions): Promise<ResultOf<"createUser">> => caller.call("createUser", params, options),
      /**
       * Get a user.
       *
       * Retrieve a single user by id. Read-only. Id `0` returns the authenticated user, which tells an integration whose credentials it runs with.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/users/{id}
       */
      get: (params: ParamsOf<"getUser">, options?: CallOptions): Promise<ResultOf<"getUser">> => caller.call("getUser", params, options),
      /**
       * Update a user.
       *
       * Update a user; send only the fields to change. Id `0` updates the authenticated user. Changing the email needs `password_confirmation`; changing the password needs `old_password` and `new_password`. An email address already used by another user answers `409 Conflict`.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/users/{id}
       */
      update: (params: ParamsOf<"updateUser">, options?: CallOptions): Promise<ResultOf<"updateUser">> => caller.call("updateUser", params, options),
      /**
       * Delete a user.
       *
       * Delete a user. Removes the person's helpdesk access permanently. Triggers the `user-deleted` event.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: `user-deleted` (read through `GET /api/events`)
       * - Side effects: removes a person's helpdesk access
       *
       * @see DELETE /api/users/{id}
       */
      delete: (params: ParamsOf<"deleteUser">, options?: CallOptions): Promise<ResultOf<"deleteUser">> => caller.call("deleteUser", params, options),
    },
    tags: {
      /**
       * List tags.
       *
       * List the account-wide tags used to label tickets, paginated. Filter by name with `search` and sort by creation date, name or usage.
       *
       * - Scope: `tags:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tags
       */
      list: (params?: ParamsOf<"listTags">, options?: CallOptions): ListPromise<ItemOf<"listTags">, ResultOf<"listTags">> => caller.list("listTags", params, options),
      /**
       * Create a tag.
       *
       * Create an account-wide tag. Names are case-sensitive and at most 256 characters; a name already used in the account is a conflict (409). Emits the `tag-created` event.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Event: `tag-created` (read through `GET /api/events`)
       *
       * @see POST /api/tags
       */
      create: (params: ParamsOf<"createTag">, options?: CallOptions): Promise<ResultOf<"createTag">> => caller.call("createTag", params, options),
      /**
       * Delete several tags.
       *
       * Delete several account-wide tags in one call, by id; they are removed from every ticket. Views that filter on a deleted tag are deactivated. A tag that macros or rules use cannot be deleted (the docs name no status; 409, the API's conflict status, is inferred). Every id must name an existing tag, or nothing is deleted (404, inferred).
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/tags
       */
      deleteMany: (params: ParamsOf<"deleteTags">, options?: CallOptions): Promise<ResultOf<"deleteTags">> => caller.call("deleteTags", params, options),
      /**
       * Retrieve a tag.
       *
       * Retrieve a single account-wide tag by id, with its description, decoration and usage. The guide's prose names reading a tag; its method table has no row for it.
       *
       * - Scope: `tags:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tags/{id}
       */
      get: (params: ParamsOf<"getTag">, options?: CallOptions): Promise<ResultOf<"getTag">> => caller.call("getTag", params, options),
      /**
       * Update a tag.
       *
       * Update an account-wide tag: its name, description or colour. Renaming to a name already used in the account is a conflict (409). Emits the `tag-updated` event.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Event: `tag-updated` (read through `GET /api/events`)
       *
       * @see PUT /api/tags/{id}
       */
      update: (params: ParamsOf<"updateTag">, options?: CallOptions): Promise<ResultOf<"updateTag">> => caller.call("updateTag", params, options),
      /**
       * Delete a tag.
       *
       * Delete an account-wide tag. Views that filter on the tag are deactivated, and a tag still used by macros or rules cannot be deleted. The guide's prose names deleting a tag; its method table has no row for it.
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/tags/{id}
       */
      delete: (params: ParamsOf<"deleteTag">, options?: CallOptions): Promise<ResultOf<"deleteTag">> => caller.call("deleteTag", params, options),
      /**
       * Merge tags.
       *
       * Merge tags into a single tag. The tag `destination_tag_id` (in the path) is kept; every tag in `source_tags_ids` is merged into it and deleted, and the tickets that carried a source tag carry the kept tag instead. Answers `202 Accepted` with the kept tag. `source_tags_ids` must not include `destination_tag_id` (400).
       *
       * - Scope: `tags:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: merges records into one (irreversible)
       * - Guide: `POST /api/tags/merge` (The guide sends the kept tag as destination_tag_id in the body; the live API takes it in the path, with PUT, and only {source_tags_ids} in the body.) — this method sends the live form
       *
       * @see PUT /api/tags/{destination_tag_id}/merge
       */
      merge: (params: ParamsOf<"mergeTags">, options?: CallOptions): Promise<ResultOf<"mergeTags">> => caller.call("mergeTags", params, options),
    },
    macros: {
      /**
       * List macros.
       *
       * List macros, the saved replies and actions agents apply to tickets, paginated, most used first by default. Filter by text, tags, languages or archived state, and sort by name, dates, usage, language, or relevance to a ticket (`order_by=relevance:desc` with `ticket_id`, optionally narrowed to one message with `message_id`).
       *
       * - Scope: `macros:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/macros
       */
      list: (params?: ParamsOf<"listMacros">, options?: CallOptions): ListPromise<ItemOf<"listMacros">, ResultOf<"listMacros">> => caller.list("listMacros", params, options),
      /**
       * Create a macro.
       *
       * Create a macro: a named list of actions (such as setting the response text or adding tags) that agents apply to tickets. `name` is required.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/macros
       */
      create: (params: ParamsOf<"createMacro">, options?: CallOptions): Promise<ResultOf<"createMacro">> => caller.call("createMacro", params, options),
      /**
       * Retrieve a macro.
       *
       * Retrieve a single macro by id, with all its actions.
       *
       * - Scope: `macros:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/macros/{id}
       */
      get: (params: ParamsOf<"getMacro">, options?: CallOptions): Promise<ResultOf<"getMacro">> => caller.call("getMacro", params, options),
      /**
       * Update a macro.
       *
       * Update a macro. `actions`, when sent, replaces the whole list of actions, so send every action to keep.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/macros/{id}
       */
      update: (params: ParamsOf<"updateMacro">, options?: CallOptions): Promise<ResultOf<"updateMacro">> => caller.call("updateMacro", params, options),
      /**
       * Delete a macro.
       *
       * Delete a macro permanently. A macro used by active rules cannot be deleted and answers 409. The guide's prose names deleting a macro; its method table has no row for it.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/macros/{id}
       */
      delete: (params: ParamsOf<"deleteMacro">, options?: CallOptions): Promise<ResultOf<"deleteMacro">> => caller.call("deleteMacro", params, options),
      /**
       * Archive macros.
       *
       * Archive up to 30 macros in one call. Archived macros stay readable but are no longer offered to agents. The answer is 207 Multi-Status with one result per id: `archived`, `not_found`, `already_archived`, or `macro_used` when rules use the macro (with the rules named in `error.data.rules`); read each result, as some may fail while others succeed.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/macros/archive
       */
      archive: (params: ParamsOf<"archiveMacros">, options?: CallOptions): Promise<ResultOf<"archiveMacros">> => caller.call("archiveMacros", params, options),
      /**
       * Unarchive macros.
       *
       * Bring up to 30 archived macros back in one call. The answer is 207 Multi-Status with one result per id: `unarchived`, `not_found` or `already_not_archived`.
       *
       * - Scope: `macros:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/macros/unarchive
       */
      unarchive: (params: ParamsOf<"unarchiveMacros">, options?: CallOptions): Promise<ResultOf<"unarchiveMacros">> => caller.call("unarchiveMacros", params, options),
    },
    views: {
      /**
       * List views.
       *
       * List views, the saved filters that group tickets, paginated. Views fall under the tickets scope: OAuth apps need `tickets:read`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/views
       */
      list: (params?: ParamsOf<"listViews">, options?: CallOptions): ListPromise<ItemOf<"listViews">, ResultOf<"listViews">> => caller.list("listViews", params, options),
      /**
       * Create a view.
       *
       * Create a view: a saved ticket filter with its sort order, columns and visibility. Sources disagree on required fields (the generated reference type requires `slug`, a reference client requires nothing); this spec requires none.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/views
       */
      create: (params: ParamsOf<"createView">, options?: CallOptions): Promise<ResultOf<"createView">> => caller.call("createView", params, options),
      /**
       * Retrieve a view.
       *
       * Retrieve a single view by id, with its filters, sort order, columns and visibility.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/views/{id}
       */
      get: (params: ParamsOf<"getView">, options?: CallOptions): Promise<ResultOf<"getView">> => caller.call("getView", params, options),
      /**
       * Update a view.
       *
       * Update a view's name, filters, sort order, columns or sharing. Only the fields sent change. The guide's prose names updating a view; its method table has no row for it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/views/{id}
       */
      update: (params: ParamsOf<"updateView">, options?: CallOptions): Promise<ResultOf<"updateView">> => caller.call("updateView", params, options),
      /**
       * Delete a view.
       *
       * Delete a view permanently. System views such as Trash and Spam cannot be deleted. The guide's prose names deleting a view; its method table has no row for it.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/views/{id}
       */
      delete: (params: ParamsOf<"deleteView">, options?: CallOptions): Promise<ResultOf<"deleteView">> => caller.call("deleteView", params, options),
      /**
       * List a view's items.
       *
       * List the tickets that match a view, paginated and ordered by the attribute the view specifies; `order_by` overrides it. Rows are compact tickets, as in `GET /api/tickets`.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/views/{view_id}/items
       */
      listItems: (params: ParamsOf<"listViewItems">, options?: CallOptions): ListPromise<ItemOf<"listViewItems">, ResultOf<"listViewItems">> => caller.list("listViewItems", params, options),
      /**
       * Search a view's items.
       *
       * List the tickets that match a view definition sent in the body, paginated like `GET /api/views/{view_id}/items`. With `view_id` 0 the body alone defines the view (an ad-hoc search); with a saved view's id, the body's fields override the view's own. Reads only: nothing is saved, although the method is PUT.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see PUT /api/views/{view_id}/items
       */
      searchItems: (params: ParamsOf<"searchViewItems">, options?: CallOptions): ListPromise<ItemOf<"searchViewItems">, ResultOf<"searchViewItems">> => caller.list("searchViewItems", params, options),
    },
    integrations: {
      /**
       * List integrations.
       *
       * List the integrations that connect Gorgias to external services, paginated: native integrations (email, chat, Shopify, …) and HTTP integrations. `type=http` keeps only HTTP integrations.
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/integrations
       */
      list: (params?: ParamsOf<"listIntegrations">, options?: CallOptions): ListPromise<ItemOf<"listIntegrations">, ResultOf<"listIntegrations">> => caller.list("listIntegrations", params, options),
      /**
       * Create an integration.
       *
       * Create an integration, in practice an HTTP integration that delivers events to a URL: it sets `type` to `http` with a URL, an HTTP method and triggers such as `ticket-created`. Only `http` integrations can be created through the API. Once created, Gorgias sends requests carrying helpdesk data (rendered from the `form` template) to that URL whenever a trigger fires. The live API delivers only ticket-level triggers (see `IntegrationTrigger`). Emits the `integration-created` event.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: `integration-created` (read through `GET /api/events`)
       * - Side effects: makes Gorgias send account data to an external URL
       *
       * @see POST /api/integrations
       */
      create: (params: ParamsOf<"createIntegration">, options?: CallOptions): Promise<ResultOf<"createIntegration">> => caller.call("createIntegration", params, options),
      /**
       * Retrieve an integration.
       *
       * Retrieve a single integration by id, including the HTTP configuration of an HTTP integration.
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/integrations/{id}
       */
      get: (params: ParamsOf<"getIntegration">, options?: CallOptions): Promise<ResultOf<"getIntegration">> => caller.call("getIntegration", params, options),
      /**
       * Update an integration.
       *
       * Update an integration: its name, description, HTTP configuration, or active state (set `deactivated_datetime` to null to reactivate it). `name` is required on every update. Changing the URL or triggers changes where and when helpdesk data is sent. The guide's prose names updating an integration; its method table has no row for it.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: makes Gorgias send account data to an external URL
       *
       * @see PUT /api/integrations/{id}
       */
      update: (params: ParamsOf<"updateIntegration">, options?: CallOptions): Promise<ResultOf<"updateIntegration">> => caller.call("updateIntegration", params, options),
      /**
       * Delete an integration.
       *
       * Delete an integration. Views that use it are deactivated, and an integration still used by rules or other integrations cannot be deleted. Emits the `integration-deleted` event.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: `integration-deleted` (read through `GET /api/events`)
       * - Side effects: deletes a record
       *
       * @see DELETE /api/integrations/{id}
       */
      delete: (params: ParamsOf<"deleteIntegration">, options?: CallOptions): Promise<ResultOf<"deleteIntegration">> => caller.call("deleteIntegration", params, options),
    },
    events: {
      /**
       * List events.
       *
       * List events, the records of what happened in the account, paginated and ordered by creation date with the most recent first. Filter by object, by the users who caused them, by type, or by a creation-date range.
       *
       * - Scope: `events:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/events
       */
      list: (params?: ParamsOf<"listEvents">, options?: CallOptions): ListPromise<ItemOf<"listEvents">, ResultOf<"listEvents">> => caller.list("listEvents", params, options),
      /**
       * Retrieve an event.
       *
       * Retrieve a single event by id.
       *
       * - Scope: `events:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/events/{id}
       */
      get: (params: ParamsOf<"getEvent">, options?: CallOptions): Promise<ResultOf<"getEvent">> => caller.call("getEvent", params, options),
    },
    search: {
      /**
       * Search resources.
       *
       * Search across resources such as customers, agents, teams, tags and integrations. `type` selects what to search (such as `customer` or `customer_profile`), `query` is the text to match and `size` caps the number of results.
       *
       * - Scope: depends on the request: customer → `customers:read`, customer_profile → `customers:read`, agent → `users:read`, team → `users:read`, tag → `tags:read`, integration → `integrations:read`, customer_channel → `customers:read`, customer_channel_email → `customers:read`, customer_channel_phone → `customers:read`, customers_by_phone → `customers:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see POST /api/search
       */
      run: (params: ParamsOf<"search">, options?: CallOptions): Promise<ResultOf<"search">> => caller.call("search", params, options),
    },
    voiceCalls: {
      /**
       * List voice calls.
       *
       * List the account's phone calls, newest first, paginated with a cursor. Filter by the ticket a call is logged on. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on. The docs list only `cursor`, `limit` and `ticket_id`; filters some third-party clients send (direction, status) are not documented.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-calls
       */
      list: (params?: ParamsOf<"listVoiceCalls">, options?: CallOptions): ListPromise<ItemOf<"listVoiceCalls">, ResultOf<"listVoiceCalls">> => caller.list("listVoiceCalls", params, options),
      /**
       * Retrieve a voice call.
       *
       * Retrieve one phone call by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-calls/{id}
       */
      get: (params: ParamsOf<"getVoiceCall">, options?: CallOptions): Promise<ResultOf<"getVoiceCall">> => caller.call("getVoiceCall", params, options),
    },
    voiceCallEvents: {
      /**
       * List voice call events.
       *
       * List the steps of voice calls (ringing, answered, voicemail…), newest first; filter by call. The docs show a bare array (Airbyte's connector reads a `data` envelope instead); the spec follows the docs, so a page carries no next cursor. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-call-events
       */
      list: (params?: ParamsOf<"listVoiceCallEvents">, options?: CallOptions): Promise<ResultOf<"listVoiceCallEvents">> => caller.call("listVoiceCallEvents", params, options),
      /**
       * Retrieve a voice call event.
       *
       * Retrieve one step of a voice call by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-call-events/{id}
       */
      get: (params: ParamsOf<"getVoiceCallEvent">, options?: CallOptions): Promise<ResultOf<"getVoiceCallEvent">> => caller.call("getVoiceCallEvent", params, options),
    },
    voiceCallRecordings: {
      /**
       * List voice call recordings.
       *
       * List call recordings and voicemails, newest first; filter by call. Each `url` is a direct link to the audio. The docs show a bare array (Airbyte's connector reads a `data` envelope instead); the spec follows the docs, so a page carries no next cursor. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-call-recordings
       */
      list: (params?: ParamsOf<"listVoiceCallRecordings">, options?: CallOptions): Promise<ResultOf<"listVoiceCallRecordings">> => caller.call("listVoiceCallRecordings", params, options),
      /**
       * Retrieve a voice call recording.
       *
       * Retrieve one call recording or voicemail by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/phone/voice-call-recordings/{id}
       */
      get: (params: ParamsOf<"getVoiceCallRecording">, options?: CallOptions): Promise<ResultOf<"getVoiceCallRecording">> => caller.call("getVoiceCallRecording", params, options),
      /**
       * Delete a voice call recording.
       *
       * Delete a call recording or voicemail: the audio is gone for good. No docs page states the answer; the spec documents 204 with no body (the live notes), while one third-party client reads back the deleted recording (with `deleted_datetime` set), so a client should accept either. No voice scope exists: the scope is inferred from `tickets:write`, which covers the tickets calls are logged on.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: permanently deletes support history
       *
       * @see DELETE /api/phone/voice-call-recordings/{id}
       */
      delete: (params: ParamsOf<"deleteVoiceCallRecording">, options?: CallOptions): Promise<ResultOf<"deleteVoiceCallRecording">> => caller.call("deleteVoiceCallRecording", params, options),
    },
    account: {
      /**
       * Get the account.
       *
       * Retrieve the helpdesk account the credentials belong to: its subdomain, status, creation and deactivation datetimes, and a read-only copy of its settings.
       *
       * - Scope: `account:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/account
       */
      get: (params?: ParamsOf<"getAccount">, options?: CallOptions): Promise<ResultOf<"getAccount">> => caller.call("getAccount", params, options),
    },
    accountSettings: {
      /**
       * List the account's settings.
       *
       * List the account-wide settings (business hours, ticket assignment, auto-merge, satisfaction surveys, access, …), optionally only those of one `type`. Not paginated: the docs show `{data: [...]}` with no cursor meta, and take no `limit` or `cursor`; a third-party client sends them and the live notes read a bare array (the docs win).
       *
       * - Scope: `account:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/account/settings
       */
      list: (params?: ParamsOf<"listAccountSettings">, options?: CallOptions): Promise<ResultOf<"listAccountSettings">> => caller.call("listAccountSettings", params, options),
      /**
       * Create an account setting.
       *
       * Create an account-wide setting of a `type` with its `data`. Settings change how the whole helpdesk behaves (business hours, assignment, who may sign in). The account has at most one setting of each type: a second one of the same type is a conflict (409, inferred). The body has no `name` field, which the live notes mention (the docs win).
       *
       * - Scope: `account:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/account/settings
       */
      create: (params: ParamsOf<"createAccountSetting">, options?: CallOptions): Promise<ResultOf<"createAccountSetting">> => caller.call("createAccountSetting", params, options),
      /**
       * Update an account setting.
       *
       * Replace an account setting: `type` is required again, and `data` replaces the stored values entirely (send every value, not only the changed ones).
       *
       * - Scope: `account:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/account/settings/{id}
       */
      update: (params: ParamsOf<"updateAccountSetting">, options?: CallOptions): Promise<ResultOf<"updateAccountSetting">> => caller.call("updateAccountSetting", params, options),
    },
    customFields: {
      /**
       * List custom fields.
       *
       * List the custom field definitions of tickets or of customers (`object_type` is required), paginated and ordered by `priority`. Filter by label with `search`, and by whether the field is retired with `archived`. A third-party client sends `created_datetime` orderings and an `offset`; the docs list only the `priority` orderings and no offset (the docs win).
       *
       * - Scope: `custom_fields:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/custom-fields
       */
      list: (params: ParamsOf<"listCustomFields">, options?: CallOptions): ListPromise<ItemOf<"listCustomFields">, ResultOf<"listCustomFields">> => caller.list("listCustomFields", params, options),
      /**
       * Update several custom fields.
       *
       * Change several custom field definitions in one call: the body is a bare JSON array of `{id, ...fields to change}`. Every id must exist, or nothing changes (404). Answers the changed fields, as a bare array.
       *
       * - Scope: `custom_fields:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/custom-fields
       */
      updateMany: (params: ParamsOf<"updateCustomFields">, options?: CallOptions): Promise<ResultOf<"updateCustomFields">> => caller.call("updateCustomFields", params, options),
      /**
       * Create a custom field.
       *
       * Define a custom field for tickets or customers: its label, its type and input (`definition`), display priority and whether it is required.
       *
       * - Scope: `custom_fields:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/custom-fields
       */
      create: (params: ParamsOf<"createCustomField">, options?: CallOptions): Promise<ResultOf<"createCustomField">> => caller.call("createCustomField", params, options),
      /**
       * Get a custom field.
       *
       * Retrieve one custom field definition by id.
       *
       * - Scope: `custom_fields:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/custom-fields/{id}
       */
      get: (params: ParamsOf<"getCustomField">, options?: CallOptions): Promise<ResultOf<"getCustomField">> => caller.call("getCustomField", params, options),
      /**
       * Update a custom field.
       *
       * Change a custom field definition; send only what changes. Setting `deactivated_datetime` retires the field (there is no delete) and null brings it back.
       *
       * - Scope: `custom_fields:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/custom-fields/{id}
       */
      update: (params: ParamsOf<"updateCustomField">, options?: CallOptions): Promise<ResultOf<"updateCustomField">> => caller.call("updateCustomField", params, options),
    },
    ticketCustomFields: {
      /**
       * List a ticket's custom field values.
       *
       * List the custom field values a ticket carries, each with its field's definition. The docs show a bare array; the live notes read `{data: [...]}` (the docs win).
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/tickets/{ticket_id}/custom-fields
       */
      list: (params: ParamsOf<"listTicketCustomFieldValues">, options?: CallOptions): Promise<ResultOf<"listTicketCustomFieldValues">> => caller.call("listTicketCustomFieldValues", params, options),
      /**
       * Replace a ticket's custom field values.
       *
       * Set every custom field value of a ticket at once. Replace-all: a field that has a value on the ticket and is left out of the body loses its value. Some fields Gorgias manages (such as AI intent and outcome) can only be cleared by Gorgias itself and keep their value. To change one value safely, read the values, change one, and send them all back, or use `PUT /api/tickets/{ticket_id}/custom-fields/{id}`. Answers the ticket's values after the change.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see PUT /api/tickets/{ticket_id}/custom-fields
       */
      set: (params: ParamsOf<"setTicketCustomFieldValues">, options?: CallOptions): Promise<ResultOf<"setTicketCustomFieldValues">> => caller.call("setTicketCustomFieldValues", params, options),
      /**
       * Set one custom field value of a ticket.
       *
       * Set the value of one custom field on a ticket, leaving its other values as they are. The body is the bare JSON value (a string, an integer or a boolean, of the field's type), not an object: the live notes and a third-party client send `{id, value}`; the docs show the bare value (the docs win).
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/tickets/{ticket_id}/custom-fields/{id}
       */
      update: (params: ParamsOf<"updateTicketCustomFieldValue">, options?: CallOptions): Promise<ResultOf<"updateTicketCustomFieldValue">> => caller.call("updateTicketCustomFieldValue", params, options),
      /**
       * Clear one custom field value of a ticket.
       *
       * Remove the value of one custom field from a ticket. The field's definition stays; only this ticket's value goes. Clearing a field the ticket has no value for succeeds too (inferred).
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/tickets/{ticket_id}/custom-fields/{id}
       */
      delete: (params: ParamsOf<"deleteTicketCustomFieldValue">, options?: CallOptions): Promise<ResultOf<"deleteTicketCustomFieldValue">> => caller.call("deleteTicketCustomFieldValue", params, options),
    },
    customerCustomFields: {
      /**
       * List a customer's custom field values.
       *
       * List the custom field values a customer carries, each with its field's definition, as a bare array. A merged customer answers 301 to the surviving record (inferred from the customer's other sub-resources).
       *
       * - Scope: `customers:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/customers/{customer_id}/custom-fields
       */
      list: (params: ParamsOf<"listCustomerCustomFieldValues">, options?: CallOptions): Promise<ResultOf<"listCustomerCustomFieldValues"> & Redirected> => caller.call("listCustomerCustomFieldValues", params, options),
      /**
       * Replace a customer's custom field values.
       *
       * Set every custom field value of a customer at once. Replace-all, as for tickets: a field left out of the body loses its value (the docs state it for tickets; for customers it is inferred). Answers the customer's values after the change.
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see PUT /api/customers/{customer_id}/custom-fields
       */
      set: (params: ParamsOf<"setCustomerCustomFieldValues">, options?: CallOptions): Promise<ResultOf<"setCustomerCustomFieldValues"> & Redirected> => caller.call("setCustomerCustomFieldValues", params, options),
      /**
       * Set one custom field value of a customer.
       *
       * Set the value of one custom field on a customer, leaving its other values as they are. The body is the bare JSON value (a string, an integer or a boolean, of the field's type), not an object: the live notes and a third-party client send `{id, value}`; the docs show the bare value (the docs win).
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/customers/{customer_id}/custom-fields/{id}
       */
      update: (params: ParamsOf<"updateCustomerCustomFieldValue">, options?: CallOptions): Promise<ResultOf<"updateCustomerCustomFieldValue"> & Redirected> => caller.call("updateCustomerCustomFieldValue", params, options),
      /**
       * Clear one custom field value of a customer.
       *
       * Remove the value of one custom field from a customer. The field's definition stays. Clearing a field the customer has no value for succeeds too (inferred).
       *
       * - Scope: `customers:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/customers/{customer_id}/custom-fields/{id}
       */
      delete: (params: ParamsOf<"deleteCustomerCustomFieldValue">, options?: CallOptions): Promise<ResultOf<"deleteCustomerCustomFieldValue">> => caller.call("deleteCustomerCustomFieldValue", params, options),
    },
    teams: {
      /**
       * List teams.
       *
       * List the account's teams with their members, ordered by creation date or name.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/teams
       */
      list: (params?: ParamsOf<"listTeams">, options?: CallOptions): Promise<ResultOf<"listTeams">> => caller.call("listTeams", params, options),
      /**
       * Create a team.
       *
       * Create a team, a group of users tickets can be assigned to. Members are named by user id; an id that is no user of the account is refused (400).
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/teams
       */
      create: (params: ParamsOf<"createTeam">, options?: CallOptions): Promise<ResultOf<"createTeam">> => caller.call("createTeam", params, options),
      /**
       * Retrieve a team.
       *
       * Retrieve a team by id, with its members.
       *
       * - Scope: `users:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/teams/{id}
       */
      get: (params: ParamsOf<"getTeam">, options?: CallOptions): Promise<ResultOf<"getTeam">> => caller.call("getTeam", params, options),
      /**
       * Update a team.
       *
       * Update a team's name, description, decoration or members. `members`, when sent, replaces the whole list: a user left out leaves the team.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/teams/{id}
       */
      update: (params: ParamsOf<"updateTeam">, options?: CallOptions): Promise<ResultOf<"updateTeam">> => caller.call("updateTeam", params, options),
      /**
       * Delete a team.
       *
       * Delete a team. Tickets assigned to the team lose that assignment; their assigned user, if any, stays.
       *
       * - Scope: `users:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/teams/{id}
       */
      delete: (params: ParamsOf<"deleteTeam">, options?: CallOptions): Promise<ResultOf<"deleteTeam">> => caller.call("deleteTeam", params, options),
    },
    widgets: {
      /**
       * List widgets.
       *
       * List the sidebar widgets, optionally only those of one HTTP integration (`integration_id`) or app (`app_id`).
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/widgets
       */
      list: (params?: ParamsOf<"listWidgets">, options?: CallOptions): Promise<ResultOf<"listWidgets">> => caller.call("listWidgets", params, options),
      /**
       * Create a widget.
       *
       * Create a sidebar widget that shows an integration's data on tickets or customers. An `integration_id` must name an integration of the account (400 otherwise).
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/widgets
       */
      create: (params: ParamsOf<"createWidget">, options?: CallOptions): Promise<ResultOf<"createWidget">> => caller.call("createWidget", params, options),
      /**
       * Retrieve a widget.
       *
       * Retrieve a sidebar widget by id.
       *
       * - Scope: `integrations:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/widgets/{id}
       */
      get: (params: ParamsOf<"getWidget">, options?: CallOptions): Promise<ResultOf<"getWidget">> => caller.call("getWidget", params, options),
      /**
       * Update a widget.
       *
       * Update a sidebar widget; only the fields sent change. A third-party client warns that the live API may treat the body as a full replacement: send every field you want to keep.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/widgets/{id}
       */
      update: (params: ParamsOf<"updateWidget">, options?: CallOptions): Promise<ResultOf<"updateWidget">> => caller.call("updateWidget", params, options),
      /**
       * Delete a widget.
       *
       * Delete a sidebar widget.
       *
       * - Scope: `integrations:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/widgets/{id}
       */
      delete: (params: ParamsOf<"deleteWidget">, options?: CallOptions): Promise<ResultOf<"deleteWidget">> => caller.call("deleteWidget", params, options),
    },
    jobs: {
      /**
       * List jobs.
       *
       * List background jobs, paginated, optionally only those of one `status` or `type`.
       *
       * - Scope: `jobs:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/jobs
       */
      list: (params?: ParamsOf<"listJobs">, options?: CallOptions): ListPromise<ItemOf<"listJobs">, ResultOf<"listJobs">> => caller.list("listJobs", params, options),
      /**
       * Create a job.
       *
       * Start a background job on many tickets or macros. It answers at once with the job `pending` (or `scheduled`, when `scheduled_datetime` is set, at most 60 minutes ahead); the work then runs for minutes to hours, and `GET /api/jobs/{id}` shows its progress.
       *
       * - Scope: `jobs:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: can send a message to the customer; deletes a record; permanently deletes support history
       *
       * @see POST /api/jobs
       */
      create: (params: ParamsOf<"createJob">, options?: CallOptions): Promise<ResultOf<"createJob">> => caller.call("createJob", params, options),
      /**
       * Retrieve a job.
       *
       * Retrieve a background job by id: its status, timestamps and progress (`info.progress_count`).
       *
       * - Scope: `jobs:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/jobs/{id}
       */
      get: (params: ParamsOf<"getJob">, options?: CallOptions): Promise<ResultOf<"getJob">> => caller.call("getJob", params, options),
      /**
       * Update a job.
       *
       * Update a background job. `meta` changes at any time; `params` and `scheduled_datetime` only while the job has not started (400 once it has); `status` can be set to `cancel_requested` or `canceled` to cancel it, as `DELETE /api/jobs/{id}` does.
       *
       * - Scope: `jobs:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/jobs/{id}
       */
      update: (params: ParamsOf<"updateJob">, options?: CallOptions): Promise<ResultOf<"updateJob">> => caller.call("updateJob", params, options),
      /**
       * Cancel a job.
       *
       * Cancel a background job. A job that has not started is `canceled` at once; a running job becomes `cancel_requested` and stops shortly after. What the job already did is not undone (tickets it closed stay closed). Cancelling a finished job changes nothing. The job stays readable afterwards.
       *
       * - Scope: `jobs:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see DELETE /api/jobs/{id}
       */
      cancel: (params: ParamsOf<"cancelJob">, options?: CallOptions): Promise<ResultOf<"cancelJob">> => caller.call("cancelJob", params, options),
    },
    rules: {
      /**
       * List rules.
       *
       * List the account's rules. This list's `limit` defaults to 100, not 30.
       *
       * - Scope: `rules:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/rules
       */
      list: (params?: ParamsOf<"listRules">, options?: CallOptions): Promise<ResultOf<"listRules">> => caller.call("listRules", params, options),
      /**
       * Create a rule.
       *
       * Create a rule from its JavaScript `code`. A rule runs on future tickets and can tag, assign, close or reply to customers; turn it off with `deactivated_datetime`.
       *
       * - Scope: `rules:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/rules
       */
      create: (params: ParamsOf<"createRule">, options?: CallOptions): Promise<ResultOf<"createRule">> => caller.call("createRule", params, options),
      /**
       * Retrieve a rule.
       *
       * Retrieve a rule by id, with its code.
       *
       * - Scope: `rules:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/rules/{id}
       */
      get: (params: ParamsOf<"getRule">, options?: CallOptions): Promise<ResultOf<"getRule">> => caller.call("getRule", params, options),
      /**
       * Update a rule.
       *
       * Update a rule; only the fields sent change (a third-party client says the live API replaces the rule: send every field you want to keep). A rule runs on future tickets and can tag, assign, close or reply to customers; turn it off with `deactivated_datetime`.
       *
       * - Scope: `rules:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see PUT /api/rules/{id}
       */
      update: (params: ParamsOf<"updateRule">, options?: CallOptions): Promise<ResultOf<"updateRule">> => caller.call("updateRule", params, options),
      /**
       * Delete a rule.
       *
       * Delete a rule; it no longer runs on tickets.
       *
       * - Scope: `rules:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: deletes a record
       *
       * @see DELETE /api/rules/{id}
       */
      delete: (params: ParamsOf<"deleteRule">, options?: CallOptions): Promise<ResultOf<"deleteRule">> => caller.call("deleteRule", params, options),
      /**
       * Update rules' priorities.
       *
       * Set the priority of several rules in one call, which reorders them: a rule with a higher priority runs first. The body is an object with a `priorities` list (a bare array is refused). Answers 202 with the changed rules. Every id must name a rule of the account, and no rule may appear twice (400, naming the item); nothing changes unless all are valid.
       *
       * - Scope: `rules:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/rules/priorities
       */
      updatePriorities: (params: ParamsOf<"updateRulePriorities">, options?: CallOptions): Promise<ResultOf<"updateRulePriorities">> => caller.call("updateRulePriorities", params, options),
    },
    satisfactionSurveys: {
      /**
       * List satisfaction surveys.
       *
       * List satisfaction surveys, optionally only the one of a ticket (`ticket_id`).
       *
       * - Scope: `satisfaction_survey:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/satisfaction-surveys
       */
      list: (params?: ParamsOf<"listSatisfactionSurveys">, options?: CallOptions): Promise<ResultOf<"listSatisfactionSurveys">> => caller.call("listSatisfactionSurveys", params, options),
      /**
       * Create a satisfaction survey.
       *
       * Create the satisfaction survey of a ticket. A ticket has at most one survey: a second one is refused. With `should_send_datetime` set, Gorgias sends the survey to the customer at that time; left out or null, Gorgias does not send it (use this to record a score gathered elsewhere). `ticket_id` and `customer_id` must name records of the account (400).
       *
       * - Scope: `satisfaction_survey:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: can send a message to the customer
       *
       * @see POST /api/satisfaction-surveys
       */
      create: (params: ParamsOf<"createSatisfactionSurvey">, options?: CallOptions): Promise<ResultOf<"createSatisfactionSurvey">> => caller.call("createSatisfactionSurvey", params, options),
      /**
       * Retrieve a satisfaction survey.
       *
       * Retrieve a satisfaction survey by id.
       *
       * - Scope: `satisfaction_survey:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/satisfaction-surveys/{id}
       */
      get: (params: ParamsOf<"getSatisfactionSurvey">, options?: CallOptions): Promise<ResultOf<"getSatisfactionSurvey">> => caller.call("getSatisfactionSurvey", params, options),
      /**
       * Update a satisfaction survey.
       *
       * Update a satisfaction survey, for example to record the customer's score; only the fields sent change. Setting or moving `should_send_datetime` makes Gorgias send the survey at that time. Moving the survey to a ticket that already has one is refused (409).
       *
       * - Scope: `satisfaction_survey:write` (an API key has full access)
       * - Access: write
       * - Event: none
       * - Side effects: can send a message to the customer
       *
       * @see PUT /api/satisfaction-surveys/{id}
       */
      update: (params: ParamsOf<"updateSatisfactionSurvey">, options?: CallOptions): Promise<ResultOf<"updateSatisfactionSurvey">> => caller.call("updateSatisfactionSurvey", params, options),
    },
    files: {
      /**
       * Upload files.
       *
       * Upload one or more files as `multipart/form-data`, one binary part per file: the name of each part's form field becomes the file's label. Answers 201 with a bare array of the stored files, one per part, whose `url` a message can attach. `type` says what the files are for: a `public_attachment` is readable by anyone holding its URL, the other types only through the download path. A body over the size limit is refused with 413 (the docs give no figure). No file scope exists: the scope is inferred from `tickets:write`, since uploads exist to be attached to ticket messages.
       *
       * - Scope: `tickets:write` (an API key has full access)
       * - Access: write
       * - Event: none
       *
       * @see POST /api/upload
       */
      upload: (params: ParamsOf<"uploadFiles">, options?: CallOptions): Promise<ResultOf<"uploadFiles">> => caller.call("uploadFiles", params, options),
      /**
       * Download a private file.
       *
       * Download a private file: answers 307 with a `Location` that is a signed, time-limited URL of the bytes, usually on another host. The path is the file's URL without its host. Follow the redirect without the API credentials: the signed URL grants access by itself, and the credentials must not reach another host. No file scope exists: the scope is inferred from `tickets:read`, since files are attached to ticket messages.
       *
       * - Scope: `tickets:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/{file_type}/download/{domain_hash}/{resource_name}
       */
      download: (params: ParamsOf<"downloadFile">, options?: CallOptions): Promise<ResultOf<"downloadFile">> => caller.call("downloadFile", params, options),
    },
    reporting: {
      /**
       * Retrieve a reporting statistic.
       *
       * Compute a reporting statistic: the body's `query` names the statistic (`scope`), its filters and time zone, and optionally the measures and dimensions of the rows. A POST that only reads. Rows come in pages of `limit` (up to 10,000) with cursors in `meta`, which also gives the total, offset and limit of the rows; send the same query with `meta.next_cursor` for the next page. A metric card's `api` holds the query of its metric.
       *
       * - Scope: `statistics:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see POST /api/reporting/stats
       */
      query: (params: ParamsOf<"queryReportingStats">, options?: CallOptions): ListPromise<ItemOf<"queryReportingStats">, ResultOf<"queryReportingStats">> => caller.list("queryReportingStats", params, options),
    },
    statistics: {
      /**
       * Retrieve a statistic.
       *
       * Compute one legacy statistic by name (`overview`, `support-volume`, `median-resolution-time`, …) over the body's period, optionally only for some agents, channels, tags or integrations. A POST that only reads. `data` takes a shape that depends on the statistic; `meta` gives the period. A third-party client sends reporting scopes as the name; the docs name the legacy statistics listed here (the docs win). The names are not closed: the docs' list grows, and the self-service overview was removed.
       *
       * - Scope: `statistics:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see POST /api/stats/{name}
       */
      get: (params: ParamsOf<"getStatistic">, options?: CallOptions): Promise<ResultOf<"getStatistic">> => caller.call("getStatistic", params, options),
      /**
       * Download a statistic as CSV.
       *
       * Export one legacy statistic as CSV (`text/csv`), over the body's period and filters, as `getStatistic` computes it. A POST that only reads. The export can be long: read it as a stream rather than whole.
       *
       * - Scope: `statistics:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see POST /api/stats/{name}/download
       */
      download: (params: ParamsOf<"downloadStatistic">, options?: CallOptions): Promise<ResultOf<"downloadStatistic">> => caller.call("downloadStatistic", params, options),
    },
    metricCards: {
      /**
       * Search metric cards.
       *
       * Search the definitions of the helpdesk's metrics: by `category`, by `status`, or by words of their title and explanation (`q`). Published cards only, unless `status` or `include=deprecated` says otherwise. Not paginated: the answer is `{data: [...]}`. The path rests on one source (an operation ledger derived from the official OpenAPI document); the stored reference pages show no URL, and the live notes found none. No metric-card scope exists: the scope is inferred from `statistics:read`.
       *
       * - Scope: `statistics:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/metric-cards
       */
      search: (params?: ParamsOf<"searchMetricCards">, options?: CallOptions): Promise<ResultOf<"searchMetricCards">> => caller.call("searchMetricCards", params, options),
      /**
       * Retrieve a metric card.
       *
       * Retrieve the definition of one metric by its slug, with the reporting query that computes it. An unknown slug is not found (404), and the error's `data` names the slug and suggests close ones (`did_you_mean`). The path rests on one source (an operation ledger derived from the official OpenAPI document). No metric-card scope exists: the scope is inferred from `statistics:read`.
       *
       * - Scope: `statistics:read` (an API key has full access)
       * - Access: read
       * - Event: none
       *
       * @see GET /api/metric-cards/{slug}
       */
      get: (params: ParamsOf<"getMetricCard">, options?: CallOptions): Promise<ResultOf<"getMetricCard">> => caller.call("getMetricCard", params, options),
    },
  };
}

export type Resources = ReturnType<typeof createResources>;
