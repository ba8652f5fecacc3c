/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */
export interface paths {
    "/api/{file_type}/download/{domain_hash}/{resource_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a private file
         * @description Download a private file: answers 307 with a `Location` that is a signed, time-limited URL of
         *     the bytes, usually on another host. The path is the file's URL without its host. Follow the
         *     redirect without the API credentials: the signed URL grants access by itself, and the
         *     credentials must not reach another host. No file scope exists: the scope is inferred from
         *     `tickets:read`, since files are attached to ticket messages.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account
         * @description Retrieve the helpdesk account the credentials belong to: its subdomain, status, creation and
         *     deactivation datetimes, and a read-only copy of its settings.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's settings
         * @description List the account-wide settings (business hours, ticket assignment, auto-merge, satisfaction
         *     surveys, access, …), optionally only those of one `type`. Not paginated: the docs show
         *     `{data: [...]}` with no cursor meta, and take no `limit` or `cursor`; a third-party client
         *     sends them and the live notes read a bare array (the docs win).
         */
        get: operations["listAccountSettings"];
        put?: never;
        /**
         * Create an account setting
         * @description Create an account-wide setting of a `type` with its `data`. Settings change how the whole
         *     helpdesk behaves (business hours, assignment, who may sign in). The account has at most one
         *     setting of each type: a second one of the same type is a conflict (409, inferred). The body
         *     has no `name` field, which the live notes mention (the docs win).
         */
        post: operations["createAccountSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an account setting
         * @description Replace an account setting: `type` is required again, and `data` replaces the stored values
         *     entirely (send every value, not only the changed ones).
         */
        put: operations["updateAccountSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields
         * @description List the custom field definitions of tickets or of customers (`object_type` is required),
         *     paginated and ordered by `priority`. Filter by label with `search`, and by whether the field
         *     is retired with `archived`. A third-party client sends `created_datetime` orderings and an
         *     `offset`; the docs list only the `priority` orderings and no offset (the docs win).
         */
        get: operations["listCustomFields"];
        /**
         * Update several custom fields
         * @description Change several custom field definitions in one call: the body is a bare JSON array of
         *     `{id, ...fields to change}`. Every id must exist, or nothing changes (404). Answers the
         *     changed fields, as a bare array.
         */
        put: operations["updateCustomFields"];
        /**
         * Create a custom field
         * @description Define a custom field for tickets or customers: its label, its type and input
         *     (`definition`), display priority and whether it is required.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom field
         * @description Retrieve one custom field definition by id.
         */
        get: operations["getCustomField"];
        /**
         * Update a custom field
         * @description Change a custom field definition; send only what changes. Setting `deactivated_datetime`
         *     retires the field (there is no delete) and null brings it back.
         */
        put: operations["updateCustomField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description List customers, paginated. The guide (and the reference's one-line summary) say the list is
         *     ordered by name in alphabetical order; the `order_by` values the live API takes are
         *     `created_datetime` and `updated_datetime`, each ascending or descending, newest first by
         *     default, and it has no alphabetical `order_by`. Filters narrow the list by email, external id,
         *     name, language, timezone, view or contact channel.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Create a customer record. A core write. Every field is optional. An email address already used
         *     by another customer answers `409 Conflict`. Triggers the `customer-created` event.
         */
        post: operations["createCustomer"];
        /**
         * Delete several customers
         * @description Delete several customers permanently in one call, by id, with what hangs off them. Every id
         *     must name an existing customer, or nothing is deleted (404, inferred). Whether each deletion
         *     emits the `customer-deleted` event is not documented; the mock records none.
         */
        delete: operations["deleteCustomers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customer_id}/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's custom field values
         * @description List the custom field values a customer carries, each with its field's definition, as a bare
         *     array. A merged customer answers 301 to the surviving record (inferred from the customer's other
         *     sub-resources).
         */
        get: operations["listCustomerCustomFieldValues"];
        /**
         * Replace a customer's custom field values
         * @description Set every custom field value of a customer at once. Replace-all, as for tickets: a field left
         *     out of the body loses its value (the docs state it for tickets; for customers it is inferred).
         *     Answers the customer's values after the change.
         */
        put: operations["setCustomerCustomFieldValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customer_id}/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one custom field value of a customer
         * @description Set the value of one custom field on a customer, leaving its other values as they are. The
         *     body is the bare JSON value (a string, an integer or a boolean, of the field's type), not an
         *     object: the live notes and a third-party client send `{id, value}`; the docs show the bare value
         *     (the docs win).
         */
        put: operations["updateCustomerCustomFieldValue"];
        post?: never;
        /**
         * Clear one custom field value of a customer
         * @description Remove the value of one custom field from a customer. The field's definition stays. Clearing a
         *     field the customer has no value for succeeds too (inferred).
         */
        delete: operations["deleteCustomerCustomFieldValue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{customer_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a customer's data
         * @description Replace a customer's `data`, the free-form object agents see beside integration data. Send
         *     `version` (when the data was produced) to guard against stale writes: when Gorgias already
         *     holds a newer version, the request is ignored and still answered 202. Answers 202 with no
         *     body; read the customer to see the stored data. A merged customer answers 301 to the
         *     surviving record.
         */
        put: operations["setCustomerData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Retrieve a single customer by id, with its channels and integration data. Pass
         *     `relationships=custom_fields` to embed custom field values. A merged customer returns a
         *     `301` redirect to the surviving record: follow `Location`.
         */
        get: operations["getCustomer"];
        /**
         * Update a customer
         * @description Update a customer record; send only the fields to change. `channels`, when given, replaces all
         *     the customer's channels. An email address already used by another customer answers
         *     `409 Conflict`. A merged customer's id answers `301` with the surviving record's `Location`:
         *     the typed client reports it as `MovedPermanentlyError` and repeats the update there only when
         *     the caller consents (`followMergedCustomer`).
         */
        put: operations["updateCustomer"];
        post?: never;
        /**
         * Delete a customer
         * @description Delete a customer record permanently. Triggers the `customer-deleted` event. A merged
         *     customer's id answers `301` with the surviving record's `Location`: the typed client reports it
         *     as `MovedPermanentlyError` and never deletes the surviving record unless the caller consents
         *     (`followMergedCustomer`).
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Merge two customers
         * @description Merge two customers into one record. `target_id` is the surviving customer, which keeps its
         *     id; `source_id` is the customer merged into it, which is then deleted. The body holds the
         *     values to set on the survivor (the same writable fields as a customer update, all
         *     optional; `{}` changes nothing beyond the merge). Answers the surviving customer. After a
         *     merge, requests to the merged customer return a `301` redirect to the survivor. Fails with
         *     `409 Conflict` when both customers hold data for the same integration, and with 400 when
         *     `source_id` equals `target_id` (a customer is not merged into itself). Triggers the
         *     `customer-merged` event.
         *
         *     The guide's table lists this call as `POST /api/customers/{id}/merge` with the source in
         *     the body (see `x-gorgias-guide`); the live API takes it as documented here.
         */
        put: operations["mergeCustomers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description List events, the records of what happened in the account, paginated and ordered by
         *     creation date with the most recent first. Filter by object, by the users who caused them,
         *     by type, or by a creation-date range.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Retrieve a single event by id.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @description List the integrations that connect Gorgias to external services, paginated: native
         *     integrations (email, chat, Shopify, …) and HTTP integrations. `type=http` keeps only HTTP
         *     integrations.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Create an integration
         * @description Create an integration, in practice an HTTP integration that delivers events to a URL: it
         *     sets `type` to `http` with a URL, an HTTP method and triggers such as `ticket-created`.
         *     Only `http` integrations can be created through the API. Once created, Gorgias sends
         *     requests carrying helpdesk data (rendered from the `form` template) to that URL whenever a
         *     trigger fires. The live API delivers only ticket-level triggers (see `IntegrationTrigger`).
         *     Emits the `integration-created` event.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an integration
         * @description Retrieve a single integration by id, including the HTTP configuration of an HTTP integration.
         */
        get: operations["getIntegration"];
        /**
         * Update an integration
         * @description Update an integration: its name, description, HTTP configuration, or active state (set
         *     `deactivated_datetime` to null to reactivate it). `name` is required on every update.
         *     Changing the URL or triggers changes where and when helpdesk data is sent. The guide's
         *     prose names updating an integration; its method table has no row for it.
         */
        put: operations["updateIntegration"];
        post?: never;
        /**
         * Delete an integration
         * @description Delete an integration. Views that use it are deactivated, and an integration still used by
         *     rules or other integrations cannot be deleted. Emits the `integration-deleted` event.
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs
         * @description List background jobs, paginated, optionally only those of one `status` or `type`.
         */
        get: operations["listJobs"];
        put?: never;
        /**
         * Create a job
         * @description Start a background job on many tickets or macros. It answers at once with the job
         *     `pending` (or `scheduled`, when `scheduled_datetime` is set, at most 60 minutes ahead); the
         *     work then runs for minutes to hours, and `GET /api/jobs/{id}` shows its progress.
         *
         *     What the job does depends on `type`, and so do its side effects: `applyMacro` can reply to
         *     customers and close tickets, `deleteTicket` deletes tickets with their messages,
         *     `updateTicket` changes many tickets, exports build files of account data.
         */
        post: operations["createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a job
         * @description Retrieve a background job by id: its status, timestamps and progress (`info.progress_count`).
         */
        get: operations["getJob"];
        /**
         * Update a job
         * @description Update a background job. `meta` changes at any time; `params` and `scheduled_datetime` only
         *     while the job has not started (400 once it has); `status` can be set to `cancel_requested` or
         *     `canceled` to cancel it, as `DELETE /api/jobs/{id}` does.
         */
        put: operations["updateJob"];
        post?: never;
        /**
         * Cancel a job
         * @description Cancel a background job. A job that has not started is `canceled` at once; a running job
         *     becomes `cancel_requested` and stops shortly after. What the job already did is not undone
         *     (tickets it closed stay closed). Cancelling a finished job changes nothing. The job stays
         *     readable afterwards.
         */
        delete: operations["cancelJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List macros
         * @description List macros, the saved replies and actions agents apply to tickets, paginated, most used first
         *     by default. Filter by text, tags, languages or archived state, and sort by name, dates, usage,
         *     language, or relevance to a ticket (`order_by=relevance:desc` with `ticket_id`, optionally
         *     narrowed to one message with `message_id`).
         */
        get: operations["listMacros"];
        put?: never;
        /**
         * Create a macro
         * @description Create a macro: a named list of actions (such as setting the response text or adding tags)
         *     that agents apply to tickets. `name` is required.
         */
        post: operations["createMacro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a macro
         * @description Retrieve a single macro by id, with all its actions.
         */
        get: operations["getMacro"];
        /**
         * Update a macro
         * @description Update a macro. `actions`, when sent, replaces the whole list of actions, so send every
         *     action to keep.
         */
        put: operations["updateMacro"];
        post?: never;
        /**
         * Delete a macro
         * @description Delete a macro permanently. A macro used by active rules cannot be deleted and answers 409.
         *     The guide's prose names deleting a macro; its method table has no row for it.
         */
        delete: operations["deleteMacro"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Archive macros
         * @description Archive up to 30 macros in one call. Archived macros stay readable but are no longer offered to agents. The answer is 207 Multi-Status with one result per id: `archived`, `not_found`, `already_archived`, or `macro_used` when rules use the macro (with the rules named in `error.data.rules`); read each result, as some may fail while others succeed.
         */
        put: operations["archiveMacros"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Unarchive macros
         * @description Bring up to 30 archived macros back in one call. The answer is 207 Multi-Status with one result per id: `unarchived`, `not_found` or `already_not_archived`.
         */
        put: operations["unarchiveMacros"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description List messages matching the given parameters, paginated, optionally filtered by `ticket_id`.
         *     Messages live under the tickets scope. This cross-ticket list replaces the deprecated
         *     `GET /api/tickets/{ticket_id}/messages`: to read one ticket's conversation, pass `ticket_id`.
         */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metric-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search metric cards
         * @description Search the definitions of the helpdesk's metrics: by `category`, by `status`, or by words of
         *     their title and explanation (`q`). Published cards only, unless `status` or
         *     `include=deprecated` says otherwise. Not paginated: the answer is `{data: [...]}`. The path
         *     rests on one source (an operation ledger derived from the official OpenAPI document); the
         *     stored reference pages show no URL, and the live notes found none. No metric-card scope
         *     exists: the scope is inferred from `statistics:read`.
         */
        get: operations["searchMetricCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metric-cards/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a metric card
         * @description Retrieve the definition of one metric by its slug, with the reporting query that computes
         *     it. An unknown slug is not found (404), and the error's `data` names the slug and suggests
         *     close ones (`did_you_mean`). The path rests on one source (an operation ledger derived from
         *     the official OpenAPI document). No metric-card scope exists: the scope is inferred from
         *     `statistics:read`.
         */
        get: operations["getMetricCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-call-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voice call events
         * @description List the steps of voice calls (ringing, answered, voicemail…), newest first; filter by call.
         *     The docs show a bare array (Airbyte's connector reads a `data` envelope instead); the spec follows the docs, so a page carries no next cursor. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
         */
        get: operations["listVoiceCallEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-call-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a voice call event
         * @description Retrieve one step of a voice call by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
         */
        get: operations["getVoiceCallEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-call-recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voice call recordings
         * @description List call recordings and voicemails, newest first; filter by call. Each `url` is a direct
         *     link to the audio. The docs show a bare array (Airbyte's connector reads a `data` envelope instead); the spec follows the docs, so a page carries no next cursor. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
         */
        get: operations["listVoiceCallRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-call-recordings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a voice call recording
         * @description Retrieve one call recording or voicemail by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
         */
        get: operations["getVoiceCallRecording"];
        put?: never;
        post?: never;
        /**
         * Delete a voice call recording
         * @description Delete a call recording or voicemail: the audio is gone for good. No docs page states the
         *     answer; the spec documents 204 with no body (the live notes), while one third-party client
         *     reads back the deleted recording (with `deleted_datetime` set), so a client should accept
         *     either. No voice scope exists: the scope is inferred from `tickets:write`, which covers the tickets calls are logged on.
         */
        delete: operations["deleteVoiceCallRecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voice calls
         * @description List the account's phone calls, newest first, paginated with a cursor. Filter by the ticket a
         *     call is logged on. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on. The docs list only `cursor`, `limit` and
         *     `ticket_id`; filters some third-party clients send (direction, status) are not documented.
         */
        get: operations["listVoiceCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/voice-calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a voice call
         * @description Retrieve one phone call by id. No voice scope exists: the scope is inferred from `tickets:read`, which covers the tickets calls are logged on.
         */
        get: operations["getVoiceCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve a reporting statistic
         * @description Compute a reporting statistic: the body's `query` names the statistic (`scope`), its filters
         *     and time zone, and optionally the measures and dimensions of the rows. A POST that only
         *     reads. Rows come in pages of `limit` (up to 10,000) with cursors in `meta`, which also gives
         *     the total, offset and limit of the rows; send the same query with `meta.next_cursor` for the
         *     next page. A metric card's `api` holds the query of its metric.
         */
        post: operations["queryReportingStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rules
         * @description List the account's rules. This list's `limit` defaults to 100, not 30.
         *
         *     The documentation's response schema is a bare JSON array, so the spec follows it; other
         *     sources (the Airbyte connector, a third-party MCP server) read a `data` envelope. The list
         *     takes `cursor` and `limit` as the docs say, but the array carries no next cursor.
         */
        get: operations["listRules"];
        put?: never;
        /**
         * Create a rule
         * @description Create a rule from its JavaScript `code`. A rule runs on future tickets and can tag, assign, close or reply to customers; turn it off with `deactivated_datetime`.
         */
        post: operations["createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a rule
         * @description Retrieve a rule by id, with its code.
         */
        get: operations["getRule"];
        /**
         * Update a rule
         * @description Update a rule; only the fields sent change (a third-party client says the live API replaces the rule: send every field you want to keep). A rule runs on future tickets and can tag, assign, close or reply to customers; turn it off with `deactivated_datetime`.
         */
        put: operations["updateRule"];
        post?: never;
        /**
         * Delete a rule
         * @description Delete a rule; it no longer runs on tickets.
         */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update rules' priorities
         * @description Set the priority of several rules in one call, which reorders them: a rule with a higher
         *     priority runs first. The body is an object with a `priorities` list (a bare array is
         *     refused). Answers 202 with the changed rules. Every id must name a rule of the account, and
         *     no rule may appear twice (400, naming the item); nothing changes unless all are valid.
         */
        post: operations["updateRulePriorities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/satisfaction-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List satisfaction surveys
         * @description List satisfaction surveys, optionally only the one of a ticket (`ticket_id`).
         *
         *     The documentation's response schema is a bare JSON array, so the spec follows it; other
         *     sources (the Airbyte connector, a third-party MCP server) read a `data` envelope. The list
         *     takes `cursor` and `limit` as the docs say, but the array carries no next cursor.
         */
        get: operations["listSatisfactionSurveys"];
        put?: never;
        /**
         * Create a satisfaction survey
         * @description Create the satisfaction survey of a ticket. A ticket has at most one survey: a second one
         *     is refused. With `should_send_datetime` set, Gorgias sends the survey to the customer at that
         *     time; left out or null, Gorgias does not send it (use this to record a score gathered
         *     elsewhere). `ticket_id` and `customer_id` must name records of the account (400).
         */
        post: operations["createSatisfactionSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/satisfaction-surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a satisfaction survey
         * @description Retrieve a satisfaction survey by id.
         */
        get: operations["getSatisfactionSurvey"];
        /**
         * Update a satisfaction survey
         * @description Update a satisfaction survey, for example to record the customer's score; only the fields
         *     sent change. Setting or moving `should_send_datetime` makes Gorgias send the survey at that
         *     time. Moving the survey to a ticket that already has one is refused (409).
         */
        put: operations["updateSatisfactionSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search resources
         * @description Search across resources such as customers, agents, teams, tags and integrations. `type`
         *     selects what to search (such as `customer` or `customer_profile`), `query` is the text to
         *     match and `size` caps the number of results.
         *
         *     The scope needed depends on the type searched: customers, customer profiles and customer
         *     channels need `customers:read`, agents and teams `users:read`, tags `tags:read` and integrations
         *     `integrations:read` (see `x-gorgias-scope-by-type`). This mapping is inferred: the official
         *     docs do not document search scopes. An API key can search every type.
         *
         *     A successful search answers `201 Created`. The docs type its body only as a generic object
         *     holding the found resources; clients of the live API report either a bare array of matches
         *     or `{data: [...]}`, so the response schema accepts both.
         *     Only `type` is required: `query` defaults to the empty string, and `size` (1 to 50,
         *     default 10) caps the number of matches.
         */
        post: operations["search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve a statistic
         * @description Compute one legacy statistic by name (`overview`, `support-volume`, `median-resolution-time`,
         *     …) over the body's period, optionally only for some agents, channels, tags or integrations. A
         *     POST that only reads. `data` takes a shape that depends on the statistic; `meta` gives the
         *     period. A third-party client sends reporting scopes as the name; the docs name the legacy
         *     statistics listed here (the docs win). The names are not closed: the docs' list grows, and the
         *     self-service overview was removed.
         */
        post: operations["getStatistic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/{name}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download a statistic as CSV
         * @description Export one legacy statistic as CSV (`text/csv`), over the body's period and filters, as
         *     `getStatistic` computes it. A POST that only reads. The export can be long: read it as a
         *     stream rather than whole.
         */
        post: operations["downloadStatistic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description List the account-wide tags used to label tickets, paginated. Filter by name with `search`
         *     and sort by creation date, name or usage.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a tag
         * @description Create an account-wide tag. Names are case-sensitive and at most 256 characters; a name
         *     already used in the account is a conflict (409). Emits the `tag-created` event.
         */
        post: operations["createTag"];
        /**
         * Delete several tags
         * @description Delete several account-wide tags in one call, by id; they are removed from every ticket. Views
         *     that filter on a deleted tag are deactivated. A tag that macros or rules use cannot be deleted
         *     (the docs name no status; 409, the API's conflict status, is inferred). Every id must name an
         *     existing tag, or nothing is deleted (404, inferred).
         */
        delete: operations["deleteTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/{destination_tag_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Merge tags
         * @description Merge tags into a single tag. The tag `destination_tag_id` (in the path) is kept; every tag
         *     in `source_tags_ids` is merged into it and deleted, and the tickets that carried a source
         *     tag carry the kept tag instead. Answers `202 Accepted` with the kept tag.
         *     `source_tags_ids` must not include `destination_tag_id` (400).
         *
         *     The guide's table lists this call as `POST /api/tags/merge` with both ids in the body (see
         *     `x-gorgias-guide`); the live API takes it as documented here.
         */
        put: operations["mergeTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a tag
         * @description Retrieve a single account-wide tag by id, with its description, decoration and usage. The
         *     guide's prose names reading a tag; its method table has no row for it.
         */
        get: operations["getTag"];
        /**
         * Update a tag
         * @description Update an account-wide tag: its name, description or colour. Renaming to a name already
         *     used in the account is a conflict (409). Emits the `tag-updated` event.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag
         * @description Delete an account-wide tag. Views that filter on the tag are deactivated, and a tag still
         *     used by macros or rules cannot be deleted. The guide's prose names deleting a tag; its
         *     method table has no row for it.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description List the account's teams with their members, ordered by creation date or name.
         *
         *     The documentation's response schema is a bare JSON array, so the spec follows it; other
         *     sources (the Airbyte connector, a third-party MCP server) read a `data` envelope. The list
         *     takes `cursor` and `limit` as the docs say, but the array carries no next cursor.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Create a team, a group of users tickets can be assigned to. Members are named by user id; an id that is no user of the account is refused (400).
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a team
         * @description Retrieve a team by id, with its members.
         */
        get: operations["getTeam"];
        /**
         * Update a team
         * @description Update a team's name, description, decoration or members. `members`, when sent, replaces the whole list: a user left out leaves the team.
         */
        put: operations["updateTeam"];
        post?: never;
        /**
         * Delete a team
         * @description Delete a team. Tickets assigned to the team lose that assignment; their assigned user, if any, stays.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description List tickets, paginated and ordered by the attribute of the given view. List rows are
         *     compact tickets: they omit `messages`.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Create a ticket
         * @description Create a ticket, the conversation between a support team and a customer. A core write.
         *     `messages` is required (1 to 500). A message from an agent on an external channel is sent
         *     to the customer unless it carries `sent_datetime` (an import). The subject is limited to
         *     998 characters. Triggers the `ticket-created` event.
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket
         * @description Retrieve a single ticket by its id, with its messages. Read-only. Pass
         *     `relationships=custom_fields` to embed the ticket's custom field values.
         */
        get: operations["getTicket"];
        /**
         * Update a ticket
         * @description Update a ticket, such as its status, assignee, or subject; send only the fields to change.
         *     Closing, reopening, and reassigning happen here: `status: closed` closes, `status: open`
         *     reopens, `assignee_user: {id}` reassigns and `assignee_user: {id: null}` unassigns. `tags`
         *     and `custom_fields` replace the whole list. Setting `trashed_datetime` moves the ticket to the
         *     trash without deleting it.
         */
        put: operations["updateTicket"];
        post?: never;
        /**
         * Delete a ticket
         * @description Delete a ticket. Removes the ticket and its conversation permanently; to keep it recoverable,
         *     move it to the trash instead by setting `trashed_datetime` with `PUT /api/tickets/{id}`.
         *     Triggers the `ticket-deleted` event.
         */
        delete: operations["deleteTicket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{ticket_id}/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a ticket's custom field values
         * @description List the custom field values a ticket carries, each with its field's definition. The docs show a
         *     bare array; the live notes read `{data: [...]}` (the docs win).
         */
        get: operations["listTicketCustomFieldValues"];
        /**
         * Replace a ticket's custom field values
         * @description Set every custom field value of a ticket at once. Replace-all: a field that has a value on the
         *     ticket and is left out of the body loses its value. Some fields Gorgias manages (such as AI
         *     intent and outcome) can only be cleared by Gorgias itself and keep their value. To change one
         *     value safely, read the values, change one, and send them all back, or use
         *     `PUT /api/tickets/{ticket_id}/custom-fields/{id}`. Answers the ticket's values after the change.
         */
        put: operations["setTicketCustomFieldValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{ticket_id}/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one custom field value of a ticket
         * @description Set the value of one custom field on a ticket, leaving its other values as they are. The body
         *     is the bare JSON value (a string, an integer or a boolean, of the field's type), not an object:
         *     the live notes and a third-party client send `{id, value}`; the docs show the bare value (the
         *     docs win).
         */
        put: operations["updateTicketCustomFieldValue"];
        post?: never;
        /**
         * Clear one custom field value of a ticket
         * @description Remove the value of one custom field from a ticket. The field's definition stays; only this
         *     ticket's value goes. Clearing a field the ticket has no value for succeeds too (inferred).
         */
        delete: operations["deleteTicketCustomFieldValue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{ticket_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a ticket's messages (deprecated)
         * @deprecated
         * @description List the messages of one ticket, oldest first, paginated. Deprecated by Gorgias: use
         *     `GET /api/messages?ticket_id=` (`ticketMessages.list`), which this list duplicates. The docs
         *     declare no query parameters for it; the live list pages like the others (`limit`, `cursor`),
         *     and its order is fixed (inferred).
         */
        get: operations["listTicketMessages"];
        put?: never;
        /**
         * Create a message in a ticket
         * @description Create a message in a ticket, which can send a reply to the customer.
         *     - A message is sent to the customer unless `sent_datetime` is set: with `sent_datetime` the
         *       message is recorded as already sent (an import) and nothing is sent.
         *     - An internal note is `channel: internal-note` with `public: false`; it is never sent to the
         *       customer and can mention users with `mention_ids`.
         *     - The `action` query parameter (`force`, `retry`, `cancel`) says what to do when an external
         *       action tied to the message failed; `cancel` deletes the message.
         *
         *     `channel`, `from_agent` and `via` are required. Triggers the `ticket-message-created` event.
         */
        post: operations["createTicketMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{ticket_id}/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message of a ticket
         * @description Retrieve a single message from a ticket. Read-only.
         */
        get: operations["getTicketMessage"];
        /**
         * Update a message of a ticket
         * @description Update a message in a ticket. The body requires `channel`, `from_agent` and `via` even when
         *     they do not change. The `action` query parameter (`force`, `retry`, `cancel`) says what to do
         *     when an external action tied to the message failed, as on create: with `action=cancel` such a
         *     message is deleted, and the answer is the message as it was before (the mock's choice; the
         *     docs do not show that answer). The live API answers `202 Accepted` with the updated message.
         */
        put: operations["updateTicketMessage"];
        post?: never;
        /**
         * Delete a message of a ticket
         * @description Delete a message from a ticket permanently; the ticket itself stays. Triggers the
         *     `ticket-message-deleted` event. The guide's status is `204`; a third-party client reports
         *     the live API answering `200` with an empty body instead, which the typed client also reads as
         *     success (an empty body).
         */
        delete: operations["deleteTicketMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{ticket_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tags of a ticket
         * @description List the tags applied to a single ticket. Read-only.
         *
         *     The answer is a plain JSON array of tags, not the list envelope: this list is not paged and
         *     takes no `limit` or `cursor`. The official reference documents the bare array (List a
         *     Ticket's Tags), as does a third-party client that calls it live (benpalmer1/Gorgias-MCP-Server).
         *     Older notes from a third-party client and generated types describe the tags wrapped as
         *     `{"data": [...]}` instead; a caller meeting that form finds the same tags under `data`. The
         *     guide's row has the same method and path; its pagination section describes every list as the
         *     cursor-paged envelope, which this one is not.
         */
        get: operations["listTicketTags"];
        /**
         * Set the tags of a ticket
         * @description Set the tags of a ticket: the given tags replace the whole current set, and `{}` removes every
         *     tag. The guide names this action in its prose ("list, add, set, and remove the tags applied to
         *     a single ticket") but not in its method table. The live API answers `202` with no body.
         */
        put: operations["setTicketTags"];
        /**
         * Add tags to a ticket
         * @description Add one or more tags to a ticket without removing existing tags. Tags are given by id and/or
         *     by name. The live API answers `201` with no body.
         */
        post: operations["addTicketTags"];
        /**
         * Remove tags from a ticket
         * @description Remove one or more tags from a ticket, by id and/or by name. The tags themselves stay in the
         *     account.
         */
        delete: operations["removeTicketTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files
         * @description Upload one or more files as `multipart/form-data`, one binary part per file: the name of each
         *     part's form field becomes the file's label. Answers 201 with a bare array of the stored files,
         *     one per part, whose `url` a message can attach. `type` says what the files are for: a
         *     `public_attachment` is readable by anyone holding its URL, the other types only through the
         *     download path. A body over the size limit is refused with 413 (the docs give no figure). No
         *     file scope exists: the scope is inferred from `tickets:write`, since uploads exist to be
         *     attached to ticket messages.
         */
        post: operations["uploadFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description List the users of a helpdesk, such as agents, paginated. Read-only. Filters narrow the list by
         *     email, external id, a search string or roles.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Create a user, such as inviting an agent to the helpdesk. Adds someone who can access the
         *     helpdesk. `email` and `name` are required; `role.name` sets what the user can do. An email
         *     address already used by another user answers `409 Conflict`. Triggers the `user-created`
         *     event.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Retrieve a single user by id. Read-only. Id `0` returns the authenticated user, which tells an
         *     integration whose credentials it runs with.
         */
        get: operations["getUser"];
        /**
         * Update a user
         * @description Update a user; send only the fields to change. Id `0` updates the authenticated user.
         *     Changing the email needs `password_confirmation`; changing the password needs `old_password`
         *     and `new_password`. An email address already used by another user answers `409 Conflict`.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete a user
         * @description Delete a user. Removes the person's helpdesk access permanently. Triggers the `user-deleted`
         *     event.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List views
         * @description List views, the saved filters that group tickets, paginated. Views fall under the tickets
         *     scope: OAuth apps need `tickets:read`.
         */
        get: operations["listViews"];
        put?: never;
        /**
         * Create a view
         * @description Create a view: a saved ticket filter with its sort order, columns and visibility. Sources
         *     disagree on required fields (the generated reference type requires `slug`, a reference
         *     client requires nothing); this spec requires none.
         */
        post: operations["createView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a view
         * @description Retrieve a single view by id, with its filters, sort order, columns and visibility.
         */
        get: operations["getView"];
        /**
         * Update a view
         * @description Update a view's name, filters, sort order, columns or sharing. Only the fields sent change.
         *     The guide's prose names updating a view; its method table has no row for it.
         */
        put: operations["updateView"];
        post?: never;
        /**
         * Delete a view
         * @description Delete a view permanently. System views such as Trash and Spam cannot be deleted. The
         *     guide's prose names deleting a view; its method table has no row for it.
         */
        delete: operations["deleteView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/views/{view_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a view's items
         * @description List the tickets that match a view, paginated and ordered by the attribute the view
         *     specifies; `order_by` overrides it. Rows are compact tickets, as in `GET /api/tickets`.
         *
         *     This list pages differently from the others: its `meta` holds `current_cursor`, `next_items`
         *     and `prev_items` (`ViewItemsMeta`) instead of `prev_cursor`/`next_cursor`. `next_items` and
         *     `prev_items` are relative URLs of the neighbouring pages, null at either end; their `cursor`
         *     and `direction` query parameters are what to send for that page. The guide's row for this
         *     operation has the same method and path; the difference is its pagination section, which
         *     describes every list, this one included, as paged by `meta.prev_cursor`/`meta.next_cursor`.
         */
        get: operations["listViewItems"];
        /**
         * Search a view's items
         * @description List the tickets that match a view definition sent in the body, paginated like
         *     `GET /api/views/{view_id}/items`. With `view_id` 0 the body alone defines the view (an
         *     ad-hoc search); with a saved view's id, the body's fields override the view's own. Reads
         *     only: nothing is saved, although the method is PUT.
         */
        put: operations["searchViewItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List widgets
         * @description List the sidebar widgets, optionally only those of one HTTP integration (`integration_id`) or app (`app_id`).
         *
         *     The documentation's response schema is a bare JSON array, so the spec follows it; other
         *     sources (the Airbyte connector, a third-party MCP server) read a `data` envelope. The list
         *     takes `cursor` and `limit` as the docs say, but the array carries no next cursor.
         */
        get: operations["listWidgets"];
        put?: never;
        /**
         * Create a widget
         * @description Create a sidebar widget that shows an integration's data on tickets or customers. An `integration_id` must name an integration of the account (400 otherwise).
         */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a widget
         * @description Retrieve a sidebar widget by id.
         */
        get: operations["getWidget"];
        /**
         * Update a widget
         * @description Update a sidebar widget; only the fields sent change. A third-party client warns that the live API may treat the body as a full replacement: send every field you want to keep.
         */
        put: operations["updateWidget"];
        post?: never;
        /**
         * Delete a widget
         * @description Delete a sidebar widget.
         */
        delete: operations["deleteWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "ticket-assignment-updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket assignment updated
         * @description The ticket's assignee user or team changed. Cannot be combined with the five classic triggers in one integration; Gorgias sends a shorter context for it.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketAssignmentUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket created
         * @description A ticket was created.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-handed-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket handed over
         * @description The ticket was handed over to the support team, for example by an automated agent. No API operation fires it.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketHandedOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-message-created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket message created
         * @description A message was added to a ticket. The context carries the ticket and the new message.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketMessageCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-message-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket message failed
         * @description Gorgias could not send a message of the ticket (its `failed_datetime` is set). No API operation fires it directly; it follows a failed send.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketMessageFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-self-unsnoozed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket unsnoozed by itself
         * @description A snoozed ticket reopened because its `snooze_datetime` passed. No API operation fires it; time does.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketSelfUnsnoozed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-status-updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket status updated
         * @description The ticket's status changed (opened or closed). Cannot be combined with the five classic triggers in one integration; Gorgias sends a shorter context for it.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketStatusUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ticket-updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ticket updated
         * @description A ticket was changed. The mock fires it on every successful `PUT /api/tickets/{id}`; the live API also fires it for changes made in the helpdesk or by rules.
         *
         *     A delivery is the HTTP integration's own request: Gorgias sends `http.method` to `http.url` with `http.headers`, and the body (the query string for `GET`) is `http.form` rendered against the trigger's context (`HttpIntegrationDelivery`: the flat `ticket`, and `message` for message triggers). Gorgias adds no signature; a receiver can check a shared secret that the integration's own `headers` carry.
         */
        post: operations["onTicketUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The helpdesk account the credentials belong to, with a read-only copy of its settings.
         * @example {
         *       "domain": "acme",
         *       "status": {
         *         "status": "active"
         *       },
         *       "created_datetime": "2024-01-01T09:00:00.000000+00:00",
         *       "deactivated_datetime": null,
         *       "settings": [
         *         {
         *           "id": 1,
         *           "type": "business-hours",
         *           "data": {
         *             "timezone": "Europe/Paris",
         *             "business_hours": [
         *               {
         *                 "days": "1,2,3,4,5",
         *                 "from_time": "09:00",
         *                 "to_time": "18:00"
         *               }
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        Account: {
            /** @description When the account was created. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description When the account was deactivated; null while it is active. */
            deactivated_datetime: components["schemas"]["NullableDatetime"];
            /** @description The account's subdomain (`acme` in `acme.gorgias.com`). */
            domain: string;
            /** @description The account-wide settings, as `GET /api/account/settings` lists them. */
            settings: components["schemas"]["AccountSetting"][];
            /** @description The state of the account, such as `{"status": "active"}`; other keys may say why it changed. */
            status: {
                /** @description The state of the account, such as `active`. */
                status: string;
            };
        };
        /**
         * @description One account-wide setting: its `type` (such as `business-hours`) and its `data`, whose shape
         *     depends on the type. The docs type about sixteen kinds of settings (business hours, ticket
         *     assignment, auto-merge, satisfaction surveys, views ordering, access and SSO, …). The `access`
         *     setting can hold SSO client secrets: treat its `data` as sensitive.
         * @example {
         *       "id": 1,
         *       "type": "business-hours",
         *       "data": {
         *         "timezone": "Europe/Paris",
         *         "business_hours": [
         *           {
         *             "days": "1,2,3,4,5",
         *             "from_time": "09:00",
         *             "to_time": "18:00"
         *           }
         *         ]
         *       }
         *     }
         */
        AccountSetting: {
            /** @description The setting's values; their shape depends on `type`. */
            data: Record<string, unknown>;
            /** @description The setting's id. */
            id: number;
            /** @description The kind of setting, such as `business-hours`, which fixes the shape of `data`. */
            type: string;
        };
        /**
         * @description The account's settings. Not paginated: the docs show `{data: [...]}` without cursor meta (the
         *     live notes read a single array; the docs win).
         */
        AccountSettingList: {
            /** @description Every setting of the account (of the requested `type`, when given). */
            data: components["schemas"]["AccountSetting"][];
        };
        /**
         * @description A setting to create or replace: `type` and its `data`. `data` replaces the stored values
         *     entirely. The live notes name a `name` field too; the docs do not, and win.
         * @example {
         *       "type": "business-hours",
         *       "data": {
         *         "timezone": "Europe/Paris",
         *         "business_hours": [
         *           {
         *             "days": "1,2,3,4,5",
         *             "from_time": "09:00",
         *             "to_time": "18:00"
         *           }
         *         ]
         *       }
         *     }
         */
        AccountSettingWrite: {
            /** @description The setting's values; their shape depends on `type`. */
            data?: Record<string, unknown>;
            /** @description The kind of setting, such as `business-hours`. */
            type: string;
        };
        /**
         * @description A file attached to a message, by URL. When creating a message, give `url`, `name` and
         *     `content_type`.
         * @example {
         *       "url": "https://uploads.example.invalid/acme/receipt.pdf",
         *       "name": "receipt.pdf",
         *       "size": 48213,
         *       "content_type": "application/pdf",
         *       "public": true
         *     }
         */
        Attachment: {
            /** @description MIME type of the file, such as `image/png`. */
            content_type: string;
            /** @description Extra data about the file. */
            extra?: Record<string, unknown> | null;
            /** @description File name shown to the reader. */
            name?: string | null;
            /** @description Whether the file is publicly reachable at its URL. Defaults to true. */
            public?: boolean;
            /** @description Size in bytes. */
            size?: number | null;
            /** @description URL of the file. */
            url: string;
        };
        /**
         * @description The channel of a ticket or message: one of the known legacy channel slugs, such as `email`,
         *     `chat` or `internal-note`, or another string. The live API types it as "a legacy channel slug
         *     or any string" (account settings also know slugs like `google-business-messages`, `tiktok-shop`
         *     and `custom-chat`), so the list below is open: a client must accept other values.
         * @example email
         */
        Channel: ("aircall" | "api" | "chat" | "contact_form" | "email" | "facebook" | "facebook-mention" | "facebook-messenger" | "facebook-recommendations" | "help-center" | "instagram-ad-comment" | "instagram-comment" | "instagram-direct-message" | "instagram-mention" | "internal-note" | "phone" | "sms" | "twitter" | "twitter-direct-message" | "whatsapp" | "yotpo-review") | string;
        /**
         * @description A customer record: a person who contacts the support team, with contact channels and the
         *     data integrations (such as Shopify) hold about them.
         * @example {
         *       "id": 42,
         *       "email": "jane.doe@example.com",
         *       "name": "Jane Doe",
         *       "firstname": "Jane",
         *       "lastname": "Doe",
         *       "external_id": "cus_1001",
         *       "language": "en",
         *       "timezone": "America/New_York",
         *       "note": null,
         *       "channels": [
         *         {
         *           "id": 420,
         *           "type": "email",
         *           "address": "jane.doe@example.com",
         *           "preferred": true,
         *           "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *           "updated_datetime": "2024-02-14T21:49:40.308988+00:00",
         *           "deleted_datetime": null
         *         }
         *       ],
         *       "data": null,
         *       "integrations": {},
         *       "meta": {},
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00"
         *     }
         */
        Customer: {
            /** @description Contact channels of the customer. */
            channels?: components["schemas"]["CustomerChannel"][];
            /** @description When the customer was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description Custom field values, present only when the request asks for `relationships=custom_fields`. */
            custom_fields?: Record<string, unknown>;
            /** @description Custom data shown in the helpdesk sidebar, written through `PUT /api/customers/{customer_id}/data`. */
            data?: unknown;
            /** @description Primary email address. */
            email?: string | null;
            /** @description Id of the customer in a foreign system (Stripe, Aircall, …); not used by Gorgias. */
            external_id?: string | null;
            /** @description First name. */
            firstname?: string | null;
            /** @description Id of the customer. */
            id: number;
            /**
             * @description Data held by integrations, keyed by integration id. Each value is the raw data of that
             *     integration (with `__integration_type__`, such as a Shopify customer and its orders).
             */
            integrations?: {
                [key: string]: Record<string, unknown>;
            } | null;
            /** @description Preferred language, ISO 639-1 (such as `en`). */
            language?: string | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Internal note about the customer, visible to agents. */
            note?: string | null;
            /** @description Preferred timezone, IANA name (such as `America/New_York`). */
            timezone?: string | null;
            /** @description When the customer was last updated. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
        };
        /**
         * @description A way to reach a customer: an email address, a phone number, a social account and so on.
         *     In a response it carries its id and timestamps; in a request give `type`, `address` and
         *     optionally `preferred`.
         * @example {
         *       "id": 420,
         *       "type": "email",
         *       "address": "jane.doe@example.com",
         *       "preferred": true,
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "deleted_datetime": null
         *     }
         */
        CustomerChannel: {
            /** @description The address on that channel, such as an email address, a phone number or a social user id. */
            address: string;
            /** @description When the channel was added. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The customer this channel belongs to. */
            customer?: Record<string, unknown> | null;
            /** @description When the channel was deleted. */
            deleted_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Id of the channel. */
            id?: number;
            /** @description Whether this is the customer's preferred channel of its type. Defaults to false. */
            preferred?: boolean;
            /**
             * @description Channel type, such as `email`, `phone`, `sms`, `chat`, `twitter`, `facebook`, `instagram`,
             *     `instagram-direct-message` or `whatsapp`, or a custom channel slug.
             */
            type: string;
            /** @description When the channel was last updated. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The user this channel belongs to, when it is a user's channel. */
            user?: Record<string, unknown> | null;
        };
        /**
         * @description A contact channel given when creating a customer. The live API requires all three fields, even
         *     `preferred`, which it otherwise treats as false.
         * @example {
         *       "type": "email",
         *       "address": "sam.lee@example.com",
         *       "preferred": true
         *     }
         */
        CustomerChannelCreate: {
            /** @description The address on that channel, such as an email address, a phone number or a social user id. */
            address: string;
            /** @description Whether this is the customer's preferred channel of its type. */
            preferred: boolean;
            /**
             * @description Channel type: `email`, `phone`, `chat`, `twitter`, `facebook`, `instagram`,
             *     `instagram-direct-message`, `whatsapp`, or another channel slug.
             */
            type: string;
        };
        /**
         * @description Body of a new customer. `channels` is required (it may be empty), and each channel gives its
         *     `type`, `address` and `preferred`; every other field is optional. An email already used by
         *     another customer answers 409.
         * @example {
         *       "email": "sam.lee@example.com",
         *       "name": "Sam Lee",
         *       "firstname": "Sam",
         *       "lastname": "Lee",
         *       "language": "en",
         *       "timezone": "America/New_York",
         *       "channels": [
         *         {
         *           "type": "email",
         *           "address": "sam.lee@example.com",
         *           "preferred": true
         *         }
         *       ]
         *     }
         */
        CustomerCreate: {
            /** @description Contact channels of the customer; the docs set no minimum count. */
            channels: components["schemas"]["CustomerChannelCreate"][];
            /** @description Custom field values to set, by field id. */
            custom_fields?: {
                /** @description Id of the custom field definition. */
                id: number;
                /** @description The value; its type follows the field definition (text, number or boolean). */
                value: unknown;
            }[];
            /** @description Primary email address; must not belong to another customer. */
            email?: string | null;
            /** @description Id of the customer in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description First name. */
            firstname?: string | null;
            /** @description Preferred language, ISO 639-1 (such as `en`). */
            language?: string | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Internal note about the customer. */
            note?: string | null;
            /** @description Preferred timezone, IANA name (such as `America/New_York`). */
            timezone?: string | null;
        };
        /** @description A custom field value of a customer, with the field's definition. */
        CustomerCustomFieldValue: {
            field: components["schemas"]["CustomField"];
            /** @description The value, of the field's type (text, number or boolean). */
            value: unknown;
        };
        /** @description A customer's custom field values (a bare array, as the docs show). */
        CustomerCustomFieldValueList: components["schemas"]["CustomerCustomFieldValue"][];
        /**
         * @description The customer's `data` to store (shown to agents beside integration data), replacing what was
         *     there, with an optional `version`: when Gorgias already holds a newer version, the request is
         *     ignored (still answered 202).
         * @example {
         *       "data": {
         *         "plan": "gold",
         *         "lifetime_value": 1290
         *       },
         *       "version": "2024-03-01T12:00:00"
         *     }
         */
        CustomerDataSet: {
            /** @description The data to store; it replaces the customer's `data` entirely. */
            data: Record<string, unknown>;
            /** @description When this data was produced; older than the stored version means the request is ignored. */
            version?: components["schemas"]["NullableDatetime"];
        };
        /** @description A page of customers. */
        CustomerList: {
            /** @description The items of the page. */
            data: components["schemas"]["Customer"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Values to set on the surviving customer of a merge (`target_id`); the customers themselves
         *     are named by the query parameters `source_id` and `target_id`. Every field is optional and
         *     `{}` sets nothing. `channels`, when given, replaces the survivor's channels.
         * @example {
         *       "email": "jane.doe@example.com",
         *       "name": "Jane Doe"
         *     }
         */
        CustomerMerge: {
            /** @description Contact channels to set on the surviving customer. */
            channels?: components["schemas"]["CustomerChannel"][];
            /** @description Primary email address; must not belong to another customer. */
            email?: string | null;
            /** @description Id of the customer in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description First name. */
            firstname?: string | null;
            /** @description Preferred language, ISO 639-1 (such as `en`). */
            language?: string | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Internal note about the customer. */
            note?: string | null;
            /** @description Preferred timezone, IANA name (such as `America/New_York`). */
            timezone?: string | null;
        };
        /**
         * @description Changes to a customer; send only the fields to change. `channels`, when given, replaces all
         *     the customer's channels.
         * @example {
         *       "note": "Prefers to be contacted by email.",
         *       "timezone": "Europe/Paris"
         *     }
         */
        CustomerUpdate: {
            /** @description Contact channels; replaces all existing channels. */
            channels?: components["schemas"]["CustomerChannel"][];
            /** @description Primary email address; must not belong to another customer. */
            email?: string | null;
            /** @description Id of the customer in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description First name. */
            firstname?: string | null;
            /** @description Preferred language, ISO 639-1 (such as `en`). */
            language?: string | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Internal note about the customer. */
            note?: string | null;
            /** @description Preferred timezone, IANA name (such as `America/New_York`). */
            timezone?: string | null;
        };
        /**
         * @description A custom field definition: a typed field that tickets or customers carry. There is no delete:
         *     set `deactivated_datetime` to retire a field, and back to null to bring it back.
         * @example {
         *       "id": 1,
         *       "object_type": "Ticket",
         *       "label": "Contact reason",
         *       "description": "Why the customer wrote in.",
         *       "external_id": null,
         *       "priority": 1,
         *       "required": false,
         *       "managed_type": null,
         *       "definition": {
         *         "data_type": "text",
         *         "input_settings": {
         *           "input_type": "dropdown",
         *           "choices": [
         *             "Shipping",
         *             "Refund",
         *             "Other"
         *           ],
         *           "default": null
         *         }
         *       },
         *       "created_datetime": "2024-01-01T09:00:00.000000+00:00",
         *       "updated_datetime": "2024-01-01T09:00:00.000000+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        CustomField: {
            /** @description When the field was created. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description When the field was retired; null while it is active. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            definition: components["schemas"]["CustomFieldDefinition"];
            /** @description What the field is for. */
            description?: string | null;
            /** @description The field's id in another system (such as Zendesk); Gorgias does not use it. */
            external_id?: string | null;
            /** @description The field's id, which values name the field by. */
            id: number;
            /** @description The field's name. */
            label: string;
            managed_type?: components["schemas"]["CustomFieldManagedType"];
            object_type: components["schemas"]["CustomFieldObjectType"];
            /** @description Display order; lower shows first. */
            priority: number;
            /** @description Whether a value is required. */
            required: boolean;
            /**
             * @description On ticket fields, whether the field is only shown, required, or required under conditions.
             * @enum {string}
             */
            requirement_type?: "visible" | "required" | "conditional";
            /** @description When the field was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
        };
        /** @description Custom field definitions, as the bulk update returns them. */
        CustomFieldArray: components["schemas"]["CustomField"][];
        /** @description Custom fields to change at once, each by `id` with the fields to change. */
        CustomFieldBulkUpdate: {
            /** @description Set to retire the field; null brings it back. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            definition?: components["schemas"]["CustomFieldDefinition"];
            /** @description What the field is for. */
            description?: string | null;
            /** @description The field's id in another system. */
            external_id?: string | null;
            /** @description The id of the custom field to change. */
            id: number;
            /** @description The field's name. */
            label?: string;
            managed_type?: components["schemas"]["CustomFieldManagedType"];
            object_type?: components["schemas"]["CustomFieldObjectType"];
            /** @description Display order; lower shows first. */
            priority?: number;
            /** @description Whether a value is required. */
            required?: boolean;
            /**
             * @description On ticket fields, whether the field is only shown, required, or required under conditions.
             * @enum {string}
             */
            requirement_type?: "visible" | "required" | "conditional";
        }[];
        /** @description A custom field to create. */
        CustomFieldCreate: {
            /** @description Set to create the field already retired. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            definition: components["schemas"]["CustomFieldDefinition"];
            /** @description What the field is for. */
            description?: string | null;
            /** @description The field's id in another system. */
            external_id?: string | null;
            /** @description The field's name. */
            label: string;
            managed_type?: components["schemas"]["CustomFieldManagedType"];
            object_type: components["schemas"]["CustomFieldObjectType"];
            /** @description Display order; lower shows first. */
            priority?: number;
            /** @description Whether a value is required. */
            required?: boolean;
        };
        /**
         * @description How a custom field's value is entered and typed. `data_type` fixes the value type and the
         *     input settings: `text` takes `{input_type: input, placeholder?}` or `{input_type: dropdown,
         *     choices: string[], default?}`; `number` takes `{input_type: input_number, placeholder?, min?,
         *     max?}`; `boolean` takes `{input_type: dropdown, choices?: boolean[], default?}`.
         * @example {
         *       "data_type": "text",
         *       "input_settings": {
         *         "input_type": "dropdown",
         *         "choices": [
         *           "Shipping",
         *           "Refund",
         *           "Other"
         *         ],
         *         "default": null
         *       }
         *     }
         */
        CustomFieldDefinition: {
            /**
             * @description The type of the field's values.
             * @enum {string}
             */
            data_type: "text" | "number" | "boolean";
            /** @description How agents enter the value; its fields depend on `data_type` and `input_type`. */
            input_settings?: {
                /** @description The values a dropdown offers (strings for text fields, booleans for boolean fields). */
                choices?: (string | boolean)[];
                /** @description The dropdown's default choice. */
                default?: string | boolean | null;
                /**
                 * @description A free input, a dropdown of `choices`, or a number input.
                 * @enum {string}
                 */
                input_type: "input" | "dropdown" | "input_number";
                /** @description Largest number allowed (number fields). */
                max?: number | string | null;
                /** @description Smallest number allowed (number fields). */
                min?: number | string | null;
                /** @description Text shown in an empty input. */
                placeholder?: string | null;
            };
        };
        /** @description A page of custom field definitions. */
        CustomFieldList: {
            /** @description The custom fields on this page. */
            data: components["schemas"]["CustomField"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description For a field Gorgias manages, what it manages: ticket fields `contact_reason`, `product`,
         *     `resolution`, `ai_intent`, `ai_outcome`, `ai_sales`, `ai_discount`, `ai_journey`,
         *     `managed_sentiment`, `call_status`; the customer field `customer_type`. Null for a plain field.
         * @enum {string|null}
         */
        CustomFieldManagedType: "contact_reason" | "product" | "resolution" | "ai_intent" | "ai_outcome" | "ai_sales" | "ai_discount" | "ai_journey" | "managed_sentiment" | "call_status" | "customer_type" | null;
        /**
         * @description What a custom field describes, tickets or customers.
         * @enum {string}
         */
        CustomFieldObjectType: "Ticket" | "Customer";
        /**
         * @description One custom field value sent as the whole request body: a bare JSON string, integer or boolean
         *     (not an object), of the field's type. The live notes and a third-party client send `{id,
         *     value}`; the docs show the bare value, and win.
         * @example Refund
         * @example 3
         * @example true
         */
        CustomFieldScalar: string | number | boolean;
        /**
         * @description The fields of a custom field to change; every one is optional (the docs). A third-party client
         *     says `object_type`, `label` and `definition` must always be sent again; the docs do not, and win.
         */
        CustomFieldUpdate: {
            /** @description Set to retire the field; null brings it back. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            definition?: components["schemas"]["CustomFieldDefinition"];
            /** @description What the field is for. */
            description?: string | null;
            /** @description The field's id in another system. */
            external_id?: string | null;
            /** @description The field's name. */
            label?: string;
            managed_type?: components["schemas"]["CustomFieldManagedType"];
            object_type?: components["schemas"]["CustomFieldObjectType"];
            /** @description Display order; lower shows first. */
            priority?: number;
            /** @description Whether a value is required. */
            required?: boolean;
        };
        /**
         * @description Every custom field value the record is to have, each `{id, value}` with `id` the field
         *     definition's id. Values of fields left out are deleted.
         */
        CustomFieldValueSet: {
            /** @description The id of the custom field definition. */
            id: number;
            /** @description The value, of the field's type (text, number or boolean). */
            value: string | number | boolean;
        }[];
        /**
         * Datetime
         * @description An ISO 8601 date and time: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of up to 6 digits, and an optional UTC offset (`Z` or `±HH:MM`). The API often leaves the offset out (`2019-11-16T15:59:41.966927` in the Event object's docs) and elsewhere sends `+00:00` (the cursor-pagination changelog) or another offset (`-05:00` in the Tag docs); read a value without an offset as UTC (inferred: the docs do not say which zone it is in). This is why the schema uses a pattern, not `format: date-time`, which requires the offset. An empty string is not a datetime; send null where the field allows it.
         * @example 2019-11-16T15:59:41.966927
         * @example 2021-11-02T21:58:43.171610+00:00
         * @example 2024-01-15T09:30:00Z
         */
        Datetime: string;
        /**
         * @description The error body the live API returns, such as `{"error": {"msg": "Unauthorized."}}`. Validation
         *     errors carry per-field details under `error.data` (the key name is inferred from the official
         *     error page, which says details are in the error attribute).
         * @example {
         *       "error": {
         *         "msg": "Unauthorized."
         *       }
         *     }
         */
        Error: {
            error: {
                /** @description Details, such as the invalid fields mapped to their messages. */
                data?: {
                    [key: string]: unknown;
                };
                /** @description A human-readable message. */
                msg: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A record of something that happened in the account, such as a ticket being created or a
         *     message being sent. Events are written by Gorgias and are read-only.
         * @example {
         *       "id": 100,
         *       "uri": "/api/events/100/",
         *       "type": "ticket-created",
         *       "object_type": "Ticket",
         *       "object_id": 1,
         *       "user_id": null,
         *       "context": "2f1c6b8e-6a3d-4c55-9c1e-5b7c2a9e4d10",
         *       "data": null,
         *       "created_datetime": "2019-11-16T15:59:41.966927"
         *     }
         */
        Event: {
            /** @description UUID shared by the events of one causal chain, such as a rule reacting to a new ticket. */
            context?: string | null;
            /** @description When the event happened. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description Details of the change; the shape depends on `type`. */
            data?: {
                [key: string]: unknown;
            } | null;
            /** @description The event's id. */
            id: number;
            /** @description Id of the object the event is about. */
            object_id: number;
            /**
             * @description Kind of object the event is about. Open: the values listed are the known ones, and the
             *     docs type the field as a plain string, so any other kind is accepted.
             */
            object_type: ("Account" | "AccountSetting" | "Customer" | "CustomField" | "CustomFieldCondition" | "CustomUserAvailabilityStatus" | "CustomerExternalData" | "Integration" | "Macro" | "Order" | "Role" | "Rule" | "SatisfactionSurvey" | "Shopper" | "ShopperAddress" | "Subscription" | "Tag" | "Team" | "TicketMessage" | "Ticket" | "User" | "UserSetting" | "View" | "Widget") | string;
            type: components["schemas"]["EventType"];
            /** @description API path of the event. */
            uri: string;
            /** @description Id of the user who caused the event; null when Gorgias or an integration did. */
            user_id?: number | null;
        };
        /** @description A page of events, newest first unless `order_by` says otherwise. */
        EventList: {
            /** @description The events on this page. */
            data: components["schemas"]["Event"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Type of an event (`Event.type`, and the `types` filter of `GET /api/events`). The live API
         *     records more than a hundred types and adds new ones, so the type is open: the values listed
         *     are the known ones, and any other string is accepted and must be tolerated by readers.
         *
         *     `x-gorgias-events` lists the guide's 13 events, each produced by the API operation that names
         *     it in `x-gorgias-event`. Gorgias does not push these events anywhere: an HTTP integration only
         *     fires on the ticket-level triggers (`IntegrationTrigger`, the top-level `webhooks`), so these
         *     events are read by polling `GET /api/events` (the client's `events.stream()`). Two of them,
         *     `ticket-created` and `ticket-message-created`, have an HTTP-integration trigger of the same
         *     name.
         * @example ticket-created
         */
        EventType: ("ticket-created" | "ticket-deleted" | "ticket-message-created" | "ticket-message-deleted" | "customer-created" | "customer-merged" | "customer-deleted" | "user-created" | "user-deleted" | "tag-created" | "tag-updated" | "integration-created" | "integration-deleted" | "ticket-updated" | "ticket-closed" | "ticket-reopened" | "ticket-assigned" | "ticket-unassigned" | "ticket-team-assigned" | "ticket-team-unassigned" | "ticket-marked-spam" | "ticket-unmarked-spam" | "ticket-trashed" | "ticket-untrashed" | "ticket-merged" | "ticket-split" | "ticket-snoozed" | "ticket-self-unsnoozed" | "ticket-subject-updated" | "ticket-customer-updated" | "ticket-tags-added" | "ticket-tags-removed" | "ticket-message-failed" | "customer-updated" | "user-updated" | "tag-deleted" | "tag-merged" | "macro-created" | "macro-updated" | "macro-deleted" | "macro-applied" | "integration-updated" | "integration-deactivated" | "integration-reactivated" | "rule-created" | "rule-updated" | "rule-deleted" | "rule-executed" | "team-created" | "team-updated" | "team-deleted" | "satisfaction-survey-sent" | "satisfaction-survey-responded" | "account-updated") | string;
        /**
         * @description A file hosted by Gorgias, as an upload returns it: attach it to a message by its `url`. The docs
         *     type `size` as an integer count of bytes while their example prints it as a string of digits,
         *     so both are accepted.
         */
        File: {
            /** @description The file's media type, such as `image/png`. */
            content_type: string;
            /** @description The file's label: the name of the form field it was uploaded under. */
            name: string;
            /** @description Size in bytes. */
            size: number | string;
            /**
             * Format: uri
             * @description Where the file is hosted; a private attachment's URL is its download path (`downloadFile`).
             */
            url: string;
        };
        /**
         * @description The multipart form of an upload: one binary part per file. The name of each part's form field
         *     becomes the uploaded file's label (the docs name the field `file`, and any other name works the
         *     same), so several files go in one request as several fields.
         */
        FileUpload: {
            /** @description A file, labelled `file`. */
            file?: string;
        } & {
            [key: string]: string;
        };
        /**
         * @description What the uploaded file is for: a private `attachment` (the default), a `public_attachment`
         *     anyone holding its URL can read, or a user's `profile_picture` or a `widget_picture`.
         * @default attachment
         * @enum {string}
         */
        FileUploadType: "attachment" | "public_attachment" | "profile_picture" | "widget_picture";
        /**
         * @description What an HTTP integration's templates are rendered against when a trigger fires, and the exact
         *     body of a delivery whose `form` is the whole context (`"{{context}}"`). With any other `form`
         *     the body is that template rendered against this context (`{"ticket_id": "{{ticket.id}}"}` sends
         *     `{"ticket_id": "1"}`), so its shape is the integration owner's, not the API's.
         *
         *     `ticket` is always present. `message` is the message that fired a message trigger
         *     (`ticket-message-created`, `ticket-message-failed`).
         * @example {
         *       "ticket": {
         *         "id": 1,
         *         "external_id": null,
         *         "status": "open",
         *         "channel": "email",
         *         "via": "email",
         *         "spam": false,
         *         "from_agent": false,
         *         "customer_id": 42,
         *         "assignee_user_id": null,
         *         "assignee_team_id": null,
         *         "subject": "Where is my order?",
         *         "meta": null,
         *         "language": "en",
         *         "created_datetime": "2024-02-14T21:49:40.308988",
         *         "opened_datetime": null,
         *         "trashed_datetime": null,
         *         "last_message_datetime": "2024-02-14T21:49:40.308988",
         *         "last_received_message_datetime": "2024-02-14T21:49:40.308988",
         *         "updated_datetime": "2024-02-14T21:49:40.308988",
         *         "closed_datetime": null,
         *         "snooze_datetime": null,
         *         "custom_fields": null,
         *         "tags": []
         *       }
         *     }
         */
        HttpIntegrationDelivery: {
            message?: components["schemas"]["TicketMessage"];
            ticket: components["schemas"]["TicketHttpIntegrationContext"];
        };
        /**
         * @description The ids of the records to act on.
         * @example {
         *       "ids": [
         *         2
         *       ]
         *     }
         */
        IdList: {
            /** @description Record ids. */
            ids: number[];
        };
        /**
         * @description An integration that connects Gorgias to an external service, such as an HTTP integration that calls a URL when a ticket trigger fires.
         * @example {
         *       "id": 12,
         *       "uri": "/api/integrations/12/",
         *       "name": "Order sync",
         *       "type": "http",
         *       "description": "Sends new tickets to the order system.",
         *       "user": {
         *         "id": 5
         *       },
         *       "application_id": null,
         *       "managed": false,
         *       "business_hours_id": null,
         *       "http": {
         *         "id": 21,
         *         "url": "http://127.0.0.1:8080/gorgias?ticket={{ticket.id}}",
         *         "method": "POST",
         *         "request_content_type": "application/json",
         *         "response_content_type": "application/json",
         *         "headers": {
         *           "x-api-key": "my-key"
         *         },
         *         "form": "{{context}}",
         *         "triggers": {
         *           "ticket-created": true,
         *           "ticket-message-created": true
         *         }
         *       },
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        Integration: {
            /** @description Id of the app the integration belongs to, if any. */
            application_id?: string | null;
            /** @description Business hours used by a phone integration; null means the account's default. */
            business_hours_id?: number | null;
            /** @description When the integration was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description When the integration was deactivated; null while active. Setting it back to null reactivates it. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the integration is for. */
            description?: string | null;
            /** @description The HTTP configuration; set for integrations of type `http`. */
            http?: components["schemas"]["IntegrationHttp"] | null;
            /** @description The integration's id. */
            id: number;
            /** @description Whether the integration is managed by Gorgias or an app rather than by the account. */
            managed?: boolean;
            /** @description Display name of the integration. */
            name: string;
            type: components["schemas"]["IntegrationType"];
            /** @description When the integration was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description API path of the integration. */
            uri: string;
            /** @description The user who created the integration. */
            user?: {
                /** @description Id of the user. */
                id?: number;
            } | null;
        };
        /**
         * @description Body to create an integration. Only HTTP integrations (`type` `http`) can be created through the API.
         * @example {
         *       "name": "Order sync",
         *       "type": "http",
         *       "description": "Sends new tickets to the order system.",
         *       "http": {
         *         "url": "http://127.0.0.1:8080/gorgias?ticket={{ticket.id}}",
         *         "method": "POST",
         *         "request_content_type": "application/json",
         *         "response_content_type": "application/json",
         *         "headers": {
         *           "x-api-key": "my-key"
         *         },
         *         "form": "{{context}}",
         *         "hmac_secret": "s3cr3t",
         *         "triggers": {
         *           "ticket-created": true,
         *           "ticket-message-created": true
         *         }
         *       }
         *     }
         */
        IntegrationCreate: {
            /** @description Id of the business hours that limit when the integration runs; null for always. */
            business_hours_id?: number | null;
            /** @description When the integration was deactivated; giving a datetime creates it deactivated, so it sends nothing. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the integration is for. */
            description?: string | null;
            http: components["schemas"]["IntegrationHttp"];
            /** @description Display name of the integration. */
            name: string;
            /**
             * @description Kind of integration; only `http` is creatable by API.
             * @enum {string}
             */
            type: "http";
        };
        /**
         * @description Configuration of an HTTP integration: when one of its enabled `triggers` fires, Gorgias sends
         *     the integration's own request, `method` to `url` with `headers`, and `form` as the body (the
         *     query string for `GET`). `url`, `headers` and `form` are templates rendered with Jinja-style
         *     `{{ ... }}` variables against the trigger's context (`HttpIntegrationDelivery`), such as
         *     `{{ticket.id}}`, `{{ticket.customer_id}}` or `{{ticket.customer.email}}`. The top-level
         *     `webhooks` describe each trigger's delivery.
         * @example {
         *       "id": 21,
         *       "url": "http://127.0.0.1:8080/gorgias?ticket={{ticket.id}}",
         *       "method": "POST",
         *       "request_content_type": "application/json",
         *       "response_content_type": "application/json",
         *       "headers": {
         *         "x-api-key": "my-key"
         *       },
         *       "form": "{{context}}",
         *       "triggers": {
         *         "ticket-created": true,
         *         "ticket-message-created": true
         *       }
         *     }
         */
        IntegrationHttp: {
            /**
             * @description Body template (the query string for `GET`). The documented form is an object of keys to
             *     template strings (`{"ticket_id": "{{ticket.id}}"}`), each rendered against the trigger's
             *     context. A single template string is also stored; `"{{context}}"` sends the whole context
             *     (`HttpIntegrationDelivery`: `ticket`, and `message` for message triggers). The string form
             *     and the keys of the whole context are seen in third-party code only (inferred).
             */
            form?: {
                [key: string]: unknown;
            } | string | null;
            /** @description Extra headers sent with the request; values may contain template variables. */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description A secret stored with the configuration (write-only; never returned). Gorgias documents no
             *     signature made with it: no documented header carries one, so a receiver cannot verify a
             *     delivery by signature. What a receiver can verify is a shared secret the integration sends
             *     in its own `headers` (for example `x-api-key`), compared in constant time
             *     (`verifyDeliverySecret` in the client). The mock sends no signature either.
             */
            hmac_secret?: string;
            /** @description Id of the HTTP configuration. */
            readonly id?: number;
            /**
             * @description HTTP method of the outgoing request.
             * @default GET
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
            /** @description Optional OAuth 2.0 client-credentials token fetch before each call (feature-flagged in the helpdesk UI). */
            oauth2?: {
                /** @description OAuth client id. */
                client_id?: string;
                /** @description OAuth client secret. */
                client_secret?: string;
                /** @description Scopes requested for the token (their format is not documented). */
                scopes?: unknown;
                /** @description Name of the header or field that carries the token. */
                token_key?: string;
                /** @description Where the token is placed in the request, such as `header`. */
                token_location?: string;
                /** @description Token endpoint of the called service. */
                token_url?: string;
            } | null;
            /**
             * @description Content type of the outgoing request body.
             * @default application/json
             * @enum {string}
             */
            request_content_type: "application/json" | "application/x-www-form-urlencoded";
            /**
             * @description Content type expected back from the called service.
             * @default application/json
             * @enum {string}
             */
            response_content_type: "application/json";
            /**
             * @description Which ticket-level triggers fire the integration: keys are `IntegrationTrigger` values
             *     (hyphenated), values are booleans. Each trigger's delivery is described by the top-level
             *     `webhooks` entry of the same name. The helpdesk UI requires at least one enabled trigger.
             *     Customer, user, tag and integration changes have no trigger: read them as events
             *     (`GET /api/events`).
             */
            triggers?: {
                [key: string]: boolean;
            };
            /** @description URL to call. May contain template variables, such as `http://127.0.0.1:8080/hooks?ticket={{ticket.id}}`. */
            url: string;
        };
        /** @description A page of integrations. */
        IntegrationList: {
            /** @description The integrations on this page. */
            data: components["schemas"]["Integration"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description A trigger key of an HTTP integration (`http.triggers`): a ticket-level change that makes
         *     Gorgias send the integration's own request (see the top-level `webhooks`, one entry per key).
         *     There are eight, all about tickets; customers, users, tags and integrations have no trigger
         *     (their changes are Event types, read through `GET /api/events`).
         *
         *     `ticket-assignment-updated` and `ticket-status-updated` carry a shorter context and cannot be
         *     combined with `ticket-created`, `ticket-updated`, `ticket-self-unsnoozed`,
         *     `ticket-message-created` or `ticket-message-failed` in one integration.
         *
         *     Spelling: the keys are hyphenated, as the current Integration object reference, the
         *     List-integrations example, Gorgias's own helpdesk code and two third-party clients send them.
         *     Other documentation pages disagree: an older Integration object page and the
         *     Retrieve-an-integration example show underscores (`ticket_created`, `ticket_message_created`)
         *     and name one key `ticket_assignee_updated`; those spellings are not accepted here.
         * @example ticket-created
         * @enum {string}
         */
        IntegrationTrigger: "ticket-created" | "ticket-updated" | "ticket-message-created" | "ticket-message-failed" | "ticket-self-unsnoozed" | "ticket-assignment-updated" | "ticket-status-updated" | "ticket-handed-over";
        /**
         * @description Kind of integration. Open in responses: the docs type it as a plain string, and the values
         *     listed are the known ones (the 24 kinds the `type` filter of `GET /api/integrations` accepts,
         *     and `self_service`). Only `http` can be created through the API; the other kinds are native
         *     integrations connected from the helpdesk.
         * @example http
         */
        IntegrationType: ("aircall" | "alloy" | "app" | "bigcommerce" | "ecom" | "email" | "facebook" | "gmail" | "gorgias_chat" | "http" | "klaviyo" | "magento2" | "outlook" | "phone" | "recharge" | "self_service" | "shopify" | "smile" | "smooch" | "smooch_inside" | "sms" | "twitter" | "whatsapp" | "yotpo" | "zendesk") | string;
        /**
         * @description Body to update an integration. `name` is required on every update.
         * @example {
         *       "name": "Order sync",
         *       "deactivated_datetime": null,
         *       "http": {
         *         "url": "http://127.0.0.1:8080/gorgias/v2?ticket={{ticket.id}}",
         *         "method": "POST",
         *         "request_content_type": "application/json",
         *         "response_content_type": "application/json",
         *         "triggers": {
         *           "ticket-created": true,
         *           "ticket-updated": true
         *         }
         *       }
         *     }
         */
        IntegrationUpdate: {
            /** @description Set a datetime to deactivate the integration, or null to reactivate it. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the integration is for. */
            description?: string | null;
            http?: components["schemas"]["IntegrationHttp"];
            /** @description Display name of the integration. */
            name: string;
        };
        /**
         * @description A job, work Gorgias runs in the background on many records (minutes to hours). Its `status`
         *     moves on its own; cancelling it stops what is left, and what it already did stays done.
         * @example {
         *       "id": 1,
         *       "uri": "/api/jobs/1/",
         *       "type": "updateTicket",
         *       "status": "done",
         *       "params": {
         *         "ticket_ids": [
         *           1,
         *           2
         *         ],
         *         "updates": {
         *           "status": "closed"
         *         }
         *       },
         *       "meta": null,
         *       "info": {
         *         "progress_count": 2
         *       },
         *       "user_id": 1,
         *       "scheduled_datetime": null,
         *       "created_datetime": "2024-01-01T10:00:00.000000+00:00",
         *       "locked_datetime": "2024-01-01T10:00:10.000000+00:00",
         *       "started_datetime": "2024-01-01T10:00:10.000000+00:00",
         *       "ended_datetime": "2024-01-01T10:01:10.000000+00:00",
         *       "failed_datetime": null,
         *       "cancel_requested_datetime": null,
         *       "cancelled_datetime": null
         *     }
         */
        Job: {
            /** @description When cancelling the job was asked. */
            cancel_requested_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the job was cancelled (the docs spell this field with two l's and the status `canceled` with one). */
            cancelled_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the job was created. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the job finished. */
            ended_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the job failed. */
            failed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The job's id. */
            id: number;
            /** @description Progress of the job, such as `progress_count` (records done so far). */
            info: {
                /** @description How many records the job has worked on. */
                progress_count?: number;
            };
            /** @description When a worker took the job. */
            locked_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Data of your own about the job; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            params: components["schemas"]["JobParams"];
            /** @description When the job is to start (at most 60 minutes ahead); null to start as soon as possible. */
            scheduled_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the job started running. */
            started_datetime?: components["schemas"]["NullableDatetime"];
            status: components["schemas"]["JobStatus"];
            type: components["schemas"]["JobType"];
            /** @description API path of the job. */
            uri: string;
            /** @description The user who created the job. */
            user_id?: number | null;
        };
        /**
         * @description Body to create a job.
         * @example {
         *       "type": "updateTicket",
         *       "params": {
         *         "ticket_ids": [
         *           1,
         *           3
         *         ],
         *         "updates": {
         *           "status": "closed"
         *         }
         *       }
         *     }
         */
        JobCreate: {
            /** @description Data of your own about the job; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            params: components["schemas"]["JobParams"];
            /** @description When to start, at most 60 minutes ahead; leave out or null to start as soon as possible. */
            scheduled_datetime?: components["schemas"]["NullableDatetime"];
            type: components["schemas"]["JobType"];
        };
        /** @description A page of jobs. */
        JobList: {
            /** @description The jobs on this page. */
            data: components["schemas"]["Job"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description What the job works on; which keys apply depends on its type. Tickets are named by
         *     `ticket_ids`, or by a view (`view_id`, or `view` with its `filters`) with an optional
         *     `start_datetime`/`end_datetime` interval.
         * @example {
         *       "ticket_ids": [
         *         1,
         *         2
         *       ],
         *       "updates": {
         *         "status": "closed"
         *       }
         *     }
         */
        JobParams: {
            /** @description `applyMacro`: close each ticket after applying the macro. */
            apply_and_close?: boolean;
            /** @description Extra context, such as `channel_connection_external_ids`. */
            context?: Record<string, unknown>;
            /** @description End of the interval of a view's tickets. */
            end_datetime?: components["schemas"]["NullableDatetime"];
            /** @description `applyMacro`: the macro to apply. */
            macro_id?: number;
            /** @description Start of the interval of a view's tickets. */
            start_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The tickets the job works on. */
            ticket_ids?: number[];
            /** @description `updateTicket`: the ticket fields to set, as in a ticket update. */
            updates?: Record<string, unknown>;
            /** @description `importMacro`: the file to import. */
            url?: string;
            /** @description A view-like object (with `filters`) whose tickets the job works on. */
            view?: Record<string, unknown> | null;
            /** @description A view whose tickets the job works on. */
            view_id?: number | null;
        };
        /**
         * @description Where the job stands. `pending` waits to run and `scheduled` waits for its
         *     `scheduled_datetime`; `running` is under way; `done`, `canceled`, `errored` and
         *     `fatal_errored` are final; `cancel_requested` is a running job asked to stop.
         * @example running
         * @enum {string}
         */
        JobStatus: "pending" | "scheduled" | "running" | "done" | "cancel_requested" | "canceled" | "errored" | "fatal_errored";
        /**
         * @description What the job does: `applyMacro` applies a macro to many tickets (it can reply to customers and
         *     close tickets), `deleteTicket` deletes tickets, `updateTicket` changes fields of many tickets,
         *     the `export*` types build a file of tickets, macros or drill-down rows, `importMacro` loads
         *     macros from a file.
         * @example updateTicket
         * @enum {string}
         */
        JobType: "applyMacro" | "deleteTicket" | "exportTicket" | "importMacro" | "exportMacro" | "updateTicket" | "exportTicketDrilldown" | "exportConvertCampaignSalesDrilldown";
        /**
         * @description Body to update a job; every field is optional. `params` and `scheduled_datetime` change only
         *     while the job has not started; `status` can ask to cancel (`cancel_requested` or `canceled`).
         * @example {
         *       "meta": {
         *         "requested_by": "ops-dashboard"
         *       }
         *     }
         */
        JobUpdate: {
            /** @description Data of your own about the job; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            params?: components["schemas"]["JobParams"];
            /** @description When to start, at most 60 minutes ahead; null to start as soon as possible. */
            scheduled_datetime?: components["schemas"]["NullableDatetime"];
            status?: components["schemas"]["JobStatus"];
        };
        /**
         * @description Cursor pagination state of a list page.
         * @example {
         *       "prev_cursor": null,
         *       "next_cursor": "eyJpZCI6IDEwMH0"
         *     }
         */
        ListMeta: {
            /** @description Cursor of the next page; null (or absent) on the last page. Follow it until it is absent. */
            next_cursor: string | null;
            /** @description Cursor of the previous page; null on the first page. */
            prev_cursor: string | null;
            /** @description Total number of items when the server computes it; often null. */
            total_resources?: number | null;
        };
        /**
         * @description A macro, a saved reply and set of actions that agents apply to tickets.
         * @example {
         *       "id": 8,
         *       "uri": "/api/macros/8/",
         *       "external_id": null,
         *       "name": "Refund on its way",
         *       "intent": "refund/status",
         *       "language": "en",
         *       "usage": 31,
         *       "actions": [
         *         {
         *           "name": "setResponseText",
         *           "title": "Add response text",
         *           "type": "system",
         *           "arguments": {
         *             "body_text": "Hi {{ticket.customer.firstname}}, your refund is on its way."
         *           }
         *         },
         *         {
         *           "name": "addTags",
         *           "title": "Add tags",
         *           "type": "system",
         *           "arguments": {
         *             "tags": "refund"
         *           }
         *         }
         *       ],
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "archived_datetime": null
         *     }
         */
        Macro: {
            /** @description The actions the macro applies, in order. */
            actions?: components["schemas"]["MacroAction"][];
            /** @description When the macro was archived; null while it is active. */
            archived_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the macro was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description Free identifier for integrators; Gorgias does not use it. */
            external_id?: string | null;
            /** @description The macro's id. */
            id: number;
            /**
             * @description The customer request the macro answers.
             * @enum {string|null}
             */
            intent?: "discount/request" | "exchange/request" | "exchange/status" | "feedback" | "order/damaged" | "order/cancel" | "order/change" | "order/wrong" | "other/no_reply" | "other/question" | "other/thanks" | "product/recommendation" | "product/question" | "refund/request" | "refund/status" | "return/request" | "return/status" | "shipping/change" | "shipping/delivery-issue" | "shipping/policy" | "shipping/status" | "stock/request" | "subscription/cancel" | "subscription/change" | null;
            /** @description Language of the macro (ISO 639-1), such as `en`. */
            language?: string | null;
            /** @description Name of the macro, as agents search for it. */
            name: string;
            /** @description When the macro was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description API path of the macro. */
            uri: string;
            /** @description How often the macro has been applied; `GET /api/macros` can order by it. */
            usage?: number;
        };
        /**
         * @description One step of a macro, applied to a ticket in order. Known action names include
         *     `setResponseText` (arguments `body_text`, `body_html`), `addTags` (argument `tags`, a
         *     comma-separated string), `addAttachments`, `addInternalNote` and `http`. Others such as
         *     `setAssignee`, `setTeamAssignee`, `setStatus`, `setSubject`, `setPriority`, `snoozeTicket`
         *     and integration actions are inferred from the helpdesk's UI code.
         * @example {
         *       "name": "setResponseText",
         *       "title": "Add response text",
         *       "type": "system",
         *       "arguments": {
         *         "body_text": "Hi {{ticket.customer.firstname}}, your refund is on its way.",
         *         "body_html": "<p>Hi {{ticket.customer.firstname}}, your refund is on its way.</p>"
         *       }
         *     }
         */
        MacroAction: {
            /** @description Arguments of the action; their keys depend on `name`. */
            arguments: {
                [key: string]: unknown;
            };
            /** @description Optional explanation of the action. */
            description?: string | null;
            /** @description The action to run, such as `setResponseText` or `addTags`. */
            name: string;
            /** @description Human-readable title of the action. */
            title: string;
            /**
             * @description Whether the action is a built-in helpdesk action (`system`) or a user-defined one (`user`).
             * @enum {string}
             */
            type: "system" | "user";
        };
        /**
         * @description What happened to each macro of an archive request (207 Multi-Status: some may fail while others
         *     succeed). A macro used by rules is not archived; `error.data.rules` names the rules.
         */
        MacroArchiveResults: {
            /** @description One result per requested id. */
            data: {
                /** @description Why the macro was not archived, when rules use it. */
                error?: {
                    data?: {
                        /** @description Names of the rules that use the macro. */
                        rules?: string[];
                    };
                    /** @description What went wrong. */
                    msg: string;
                };
                /** @description The macro id. */
                id: number;
                /**
                 * @description The outcome for this macro.
                 * @enum {string}
                 */
                status: "archived" | "not_found" | "already_archived" | "macro_used";
            }[];
        };
        /**
         * @description Body to create a macro.
         * @example {
         *       "name": "Refund on its way",
         *       "intent": "refund/status",
         *       "language": "en",
         *       "actions": [
         *         {
         *           "name": "setResponseText",
         *           "title": "Add response text",
         *           "type": "system",
         *           "arguments": {
         *             "body_text": "Hi {{ticket.customer.firstname}}, your refund is on its way."
         *           }
         *         }
         *       ]
         *     }
         */
        MacroCreate: {
            /** @description The actions the macro applies, in order. */
            actions?: components["schemas"]["MacroAction"][];
            /** @description Free identifier for integrators; Gorgias does not use it. */
            external_id?: string | null;
            /**
             * @description The customer request the macro answers.
             * @enum {string|null}
             */
            intent?: "discount/request" | "exchange/request" | "exchange/status" | "feedback" | "order/damaged" | "order/cancel" | "order/change" | "order/wrong" | "other/no_reply" | "other/question" | "other/thanks" | "product/recommendation" | "product/question" | "refund/request" | "refund/status" | "return/request" | "return/status" | "shipping/change" | "shipping/delivery-issue" | "shipping/policy" | "shipping/status" | "stock/request" | "subscription/cancel" | "subscription/change" | null;
            /** @description Language of the macro (ISO 639-1), such as `en`. */
            language?: string | null;
            /** @description Name of the macro; choose one agents can search for. */
            name: string;
        };
        /** @description The macros to archive or unarchive, 1 to 30 at a time. */
        MacroIdBatch: {
            /** @description Macro ids. */
            ids: number[];
        };
        /** @description A page of macros. */
        MacroList: {
            /** @description The macros on this page. */
            data: components["schemas"]["Macro"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /** @description What happened to each macro of an unarchive request (207 Multi-Status). */
        MacroUnarchiveResults: {
            /** @description One result per requested id. */
            data: {
                /** @description The macro id. */
                id: number;
                /**
                 * @description The outcome for this macro.
                 * @enum {string}
                 */
                status: "unarchived" | "not_found" | "already_not_archived";
            }[];
        };
        /**
         * @description Body to update a macro. `actions`, when sent, replaces the whole list of actions.
         * @example {
         *       "name": "Refund issued",
         *       "actions": [
         *         {
         *           "name": "setResponseText",
         *           "title": "Add response text",
         *           "type": "system",
         *           "arguments": {
         *             "body_text": "Hi {{ticket.customer.firstname}}, your refund has been issued."
         *           }
         *         }
         *       ]
         *     }
         */
        MacroUpdate: {
            /** @description The complete new list of actions; it replaces the current list. */
            actions?: components["schemas"]["MacroAction"][];
            /** @description Free identifier for integrators; Gorgias does not use it. */
            external_id?: string | null;
            /**
             * @description The customer request the macro answers.
             * @enum {string|null}
             */
            intent?: "discount/request" | "exchange/request" | "exchange/status" | "feedback" | "order/damaged" | "order/cancel" | "order/change" | "order/wrong" | "other/no_reply" | "other/question" | "other/thanks" | "product/recommendation" | "product/question" | "refund/request" | "refund/status" | "return/request" | "return/status" | "shipping/change" | "shipping/delivery-issue" | "shipping/policy" | "shipping/status" | "stock/request" | "subscription/cancel" | "subscription/change" | null;
            /** @description Language of the macro (ISO 639-1), such as `en`. */
            language?: string | null;
            /** @description New name of the macro. */
            name?: string;
        };
        /**
         * @description The sender or receiver of a message: a user (agent) or a customer. In a response it carries
         *     the person's id, email and names. In a request, identify the person by `id` or `email`; the
         *     other fields describe a customer the message may create or update.
         * @example {
         *       "id": 42,
         *       "email": "jane.doe@example.com",
         *       "name": "Jane Doe",
         *       "firstname": "Jane",
         *       "lastname": "Doe",
         *       "meta": null
         *     }
         */
        MessageParticipant: {
            /** @description Contact channels of the customer (requests). */
            channels?: {
                /** @description The channel address. */
                address: string;
                /** @description Channel type, such as `email` or `phone`. */
                type: string;
            }[];
            /** @description Email address. */
            email?: string | null;
            /** @description Id of the customer in a foreign system (requests). */
            external_id?: string | null;
            /** @description First name (responses). */
            firstname?: string | null;
            /** @description Id of the user or customer. */
            id?: number;
            /** @description Preferred language, ISO 639-1 (requests). */
            language?: string | null;
            /** @description Last name (responses). */
            lastname?: string | null;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Internal note about the customer (requests). */
            note?: string | null;
            /** @description Preferred timezone, IANA name (requests). */
            timezone?: string | null;
        };
        /**
         * @description Routing details of a message: its source type and the addresses it came from and went to
         *     (for an email, the From, To, Cc and Bcc headers).
         * @example {
         *       "type": "email",
         *       "from": {
         *         "name": "Jane Doe",
         *         "address": "jane.doe@example.com"
         *       },
         *       "to": [
         *         {
         *           "name": "Acme Support",
         *           "address": "support@acme.com"
         *         }
         *       ],
         *       "cc": [],
         *       "bcc": []
         *     }
         */
        MessageSource: {
            /** @description Blind carbon-copy recipients. */
            bcc?: {
                /** @description The address, such as an email address or a phone number. */
                address?: string;
                /** @description Display name. */
                name?: string | null;
            }[];
            /** @description Carbon-copy recipients. */
            cc?: {
                /** @description The address, such as an email address or a phone number. */
                address?: string;
                /** @description Display name. */
                name?: string | null;
            }[];
            /** @description Source-specific extra data; its shape depends on the source type. */
            extra?: unknown;
            /** @description The sender address. */
            from?: {
                /** @description The address, such as an email address or a phone number. */
                address?: string;
                /** @description Display name. */
                name?: string | null;
            };
            /** @description Primary recipients. */
            to?: {
                /** @description The address, such as an email address or a phone number. */
                address?: string;
                /** @description Display name. */
                name?: string | null;
            }[];
            type: components["schemas"]["MessageSourceType"];
        };
        /**
         * @description The kind of source a message came from or is sent through, finer-grained than its channel
         *     (for example `facebook-comment` or `chat-contact-form`): one of the known kinds below or
         *     another string, since the live API types it as a string union that grows with new channels.
         * @example email
         */
        MessageSourceType: ("aircall" | "api" | "app" | "custom-chat" | "chat" | "chat-contact-form" | "chat-offline-capture" | "contact-form" | "email" | "facebook" | "facebook-comment" | "facebook-mention-comment" | "facebook-mention-post" | "facebook-message" | "facebook-messenger" | "facebook-post" | "facebook-review" | "facebook-review-comment" | "form" | "google-business-messages" | "help-center" | "help-center-contact-form" | "helpdesk" | "instagram" | "instagram-ad-comment" | "instagram-ad-media" | "instagram-comment" | "instagram-direct-message" | "instagram-media" | "instagram-mention-comment" | "instagram-mention-media" | "internal-note" | "ottspott-call" | "phone" | "rule" | "self_service" | "shopify" | "sms" | "system-message" | "tiktok-shop" | "twilio" | "twitter-direct-message" | "twitter-mention-tweet" | "twitter-quoted-tweet" | "twitter-tweet" | "whatsapp-message" | "yotpo-review" | "yotpo-review-private-comment" | "yotpo-review-public-comment") | string;
        /**
         * @description The definition of one helpdesk metric, as the analytics pages explain it: what it counts, its
         *     formula and how it is computed, and (in `api`) the reporting query that computes it, ready to
         *     send to `POST /api/reporting/stats`.
         */
        MetricCard: {
            /** @description Other names of the metric. */
            aliases?: string[];
            /** @description The reporting query that computes the metric. */
            api?: {
                dimensions?: string[];
                filters?: {
                    member?: string;
                    values?: string[];
                }[];
                measures?: string[];
                /** @description The reporting scope. */
                scope?: string;
            } | null;
            /** @description The metric's group, such as `support-performance`. */
            category: string;
            /** @description When the definition last changed (a date). */
            definition_revised_at?: string | null;
            /** @description The explanation shown to users. */
            public?: {
                /** @description The steps of the computation. */
                computation_logic?: string[];
                /** @description What the metric measures. */
                definition?: string;
                /** @description How it is calculated. */
                formula?: string;
            };
            /** @description Related metrics. */
            related?: components["schemas"]["MetricCardLink"][];
            /** @description The metrics this one replaces. */
            replaces?: components["schemas"]["MetricCardLink"][];
            /** @description The metric's id, such as `first-response-time`; the list of slugs grows, so it is not closed here. */
            slug: string;
            /**
             * @description Whether the metric is current.
             * @enum {string}
             */
            status: "published" | "deprecated";
            /** @description The metric's name. */
            title: string;
            /** @description The analytics reports that show the metric. */
            used_in_reports?: string[];
        };
        /** @description A link to another metric card. */
        MetricCardLink: {
            /** @description The other metric's slug. */
            slug: string;
            /** @description Its path, such as `/api/metric-cards/first-response-time`. */
            url?: string;
        };
        /** @description Metric cards matching a search. Not paginated: the answer is `{data: [...]}` without cursor meta. */
        MetricCardList: {
            data: components["schemas"]["MetricCard"][];
        };
        /**
         * NullableDatetime
         * @description A Datetime (ISO 8601, the offset optional and UTC when left out), or null when the moment has not happened or does not apply.
         * @example 2019-11-16T15:59:41.966927
         * @example null
         */
        NullableDatetime: string | null;
        /**
         * @description A reference by id that may be empty: an id, or null (or 0) for none, such as a ticket created
         *     without an assignee.
         * @example {
         *       "id": 5
         *     }
         */
        NullableIdRef: {
            /** @description The id of the referenced object; null or 0 for none. */
            id: number | null;
        };
        /**
         * @description A reference to another object by its id, such as a user, a team or a macro.
         * @example {
         *       "id": 5
         *     }
         */
        ObjectRef: {
            /** @description The id of the referenced object. */
            id: number;
        };
        /**
         * @description One condition of a reporting query: the `member` (a dimension of the query's scope, such as
         *     `periodStart`, `agentId`, `channel` or `tags`), an `operator` and the `values` it compares with.
         *     The members a scope accepts depend on the scope. Tag and custom-field members take objects
         *     (`{operator, values}`, with `custom_field_id` for a custom field) as values.
         */
        ReportingFilter: {
            /** @description The dimension to filter on, such as `periodStart`. */
            member: string;
            /**
             * @description How `values` are compared.
             * @enum {string}
             */
            operator: "one-of" | "not-one-of" | "all-of" | "afterDate" | "beforeDate" | "set" | "inDateRange" | "contains";
            /** @description The values to compare with (strings, numbers, or objects for tags and custom fields). */
            values: (string | number | Record<string, unknown>)[];
        };
        /**
         * @description A reporting query: the statistic (`scope`), its filters and time zone, and optionally the
         *     measures, dimensions, time dimensions and order of the rows. The measures and dimensions each
         *     scope accepts are the scope's own (`ticketCount`, `agentId`, `channel`, …); a metric card's `api`
         *     holds a ready query for its metric.
         */
        ReportingQuery: {
            /** @description What to group rows by, such as `agentId` or `channel`. */
            dimensions?: string[];
            /** @description Conditions every counted item meets; may be empty. */
            filters: components["schemas"]["ReportingFilter"][];
            /** @description The values to compute per row, such as `ticketCount`. */
            measures?: string[];
            /** @description Sort order of the rows, as `[field, direction]` pairs. */
            order?: [
                string,
                "asc" | "desc"
            ][];
            /**
             * @description Which statistic to compute, such as `tickets-created` or `first-response-time`.
             * @enum {string}
             */
            scope: "tickets-closed" | "tickets-created" | "tickets-open" | "tickets-replied" | "one-touch-tickets" | "zero-touch-tickets" | "satisfaction-surveys" | "resolution-time" | "messages-sent" | "first-response-time" | "human-first-response-time" | "response-time" | "messages-per-ticket" | "ticket-handle-time" | "online-time" | "tags" | "auto-qa" | "messages-received" | "messages-sent-per-macro" | "automation-rate" | "workload-tickets" | "automated-interactions" | "ticket-fields" | "voice-calls" | "voice-agent-events" | "ticket-sla" | "knowledge-insights" | "voice-calls-summary" | "voice-queue-exposure" | "user-availability-tracking" | "convert-campaign-events" | "convert-order-conversion" | "convert-campaign-order-events" | "help-center" | "ai-sales-agent-orders" | "ai-sales-agent-conversations" | "overall-automation-rate" | "ai-agent-automated-interactions" | "overall-automated-interactions" | "handover-interactions" | "ai-sales-agent-orders-performance" | "ai-sales-agent-discounts" | "ai-sales-agent-activity" | "ai-sales-agent-buy-through-rate" | "ai-sales-agent-conversion-rate" | "ai-agent-coverage-rate" | "ai-agent-success-rate" | "overall-time-saved-by-agent" | "ai-agent-time-saved" | "ai-agent-tickets-closed" | "ai-agent-ticket-fields" | "overall-decrease-in-resolution-time" | "ai-agent-decrease-in-resolution-time" | "flow-dataset" | "ai-agent-csat" | "overall-decrease-in-first-response-time" | "ai-agent-decrease-in-first-response-time" | "revenue";
            /** @description Time buckets to group rows by. */
            time_dimensions?: {
                /** @description The datetime to bucket, such as `createdDatetime`. */
                dimension: string;
                /**
                 * @description The size of each bucket.
                 * @enum {string}
                 */
                granularity: "hour" | "day" | "week" | "month";
            }[];
            /** @description The time zone periods and time dimensions are read in, such as `UTC`. */
            timezone: string;
        };
        /**
         * @description One row of a reporting statistic: each requested dimension and measure by name, with its value
         *     (a number, a string, a list or an object, depending on the measure).
         */
        ReportingRow: {
            [key: string]: unknown;
        };
        /** @description A page of the rows of a reporting statistic. */
        ReportingStats: {
            /** @description The rows of this page. */
            data: components["schemas"]["ReportingRow"][];
            meta: components["schemas"]["ReportingStatsMeta"];
            /** @description The kind of answer. */
            object: string;
            /** @description The request's path and query. */
            uri: string;
        };
        /**
         * @description Where a page of reporting rows sits: its scope, the cursors of the neighbouring pages, and the
         *     total, offset and limit of the rows (not the `total_resources` of other lists).
         */
        ReportingStatsMeta: {
            /** @description The page size that was asked for. */
            limit?: number | null;
            /** @description Cursor of the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Position of this page's first row among them. */
            offset?: number | null;
            /** @description Cursor of the previous page; null on the first page. */
            prev_cursor: string | null;
            /** @description The query's scope. */
            scope?: string;
            /** @description How many rows the query has in all. */
            total?: number | null;
        };
        /** @description The body of a reporting statistic request. */
        ReportingStatsRequest: {
            query: components["schemas"]["ReportingQuery"];
        };
        /**
         * @description A rule, automation that runs on tickets when events happen (tag, assign, close, reply).
         *     Rules run in descending `priority`: a higher priority runs first.
         * @example {
         *       "id": 1,
         *       "uri": "/api/rules/1/",
         *       "name": "Auto-close no-reply senders",
         *       "description": "Closes tickets from no-reply addresses.",
         *       "code": "if (containsAny(ticket.customer.email, ['noreply@'])) { Action('setStatus', { status: 'closed' }) }",
         *       "code_ast": null,
         *       "event_types": "ticket-created",
         *       "priority": 100,
         *       "created_datetime": "2024-01-01T10:00:00.000000+00:00",
         *       "updated_datetime": "2024-01-01T10:00:00.000000+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        Rule: {
            /** @description The rule's logic, as JavaScript. */
            code: string;
            /** @description The rule's logic as an ESTree syntax tree, generated from `code` when not sent. */
            code_ast?: Record<string, unknown> | null;
            /** @description When the rule was created. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the rule was turned off; null while it runs. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the rule is for. */
            description?: string | null;
            /**
             * @description Comma-separated events the rule runs on: `ticket-created`, `ticket-updated`,
             *     `ticket-message-created`, `ticket-assigned`, `ticket-self-unsnoozed`,
             *     `satisfaction-survey-responded`.
             */
            event_types?: string | null;
            /** @description The rule's id. */
            id: number;
            /** @description Name of the rule. */
            name: string;
            /** @description Order of execution; rules with a higher priority run first. */
            priority: number;
            /** @description When the rule was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description API path of the rule. */
            uri: string;
        };
        /**
         * @description Body to create a rule.
         * @example {
         *       "name": "Tag refund requests",
         *       "code": "if (containsAny(message.intents.name, ['refund/request'])) { Action('addTags', { tags: 'refund' }) }",
         *       "event_types": "ticket-created,ticket-message-created",
         *       "priority": 50
         *     }
         */
        RuleCreate: {
            /** @description The rule's logic, as JavaScript. */
            code: string;
            /** @description The rule's logic as an ESTree syntax tree; generated from `code` when left out. */
            code_ast?: Record<string, unknown> | null;
            /** @description Set to turn the rule off, null to turn it on. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the rule is for. */
            description?: string | null;
            /** @description Comma-separated events the rule runs on (see the Rule schema). */
            event_types?: string | null;
            /** @description Name of the rule. */
            name: string;
            /** @description Order of execution; rules with a higher priority run first. */
            priority?: number;
        };
        /**
         * @description Body to set the priorities of several rules at once.
         * @example {
         *       "priorities": [
         *         {
         *           "id": 1,
         *           "priority": 10
         *         },
         *         {
         *           "id": 3,
         *           "priority": 20
         *         }
         *       ]
         *     }
         */
        RulePriorities: {
            /** @description The rules to change, each with its new priority; each rule at most once. */
            priorities: {
                /** @description The rule's id. */
                id: number;
                /** @description The rule's new priority; a higher priority runs first. */
                priority: number;
            }[];
        };
        /**
         * @description Body to update a rule; every field is optional and only the fields sent change.
         * @example {
         *       "name": "Auto-close no-reply senders (all channels)",
         *       "deactivated_datetime": null
         *     }
         */
        RuleUpdate: {
            /** @description The rule's logic, as JavaScript. */
            code?: string;
            /** @description The rule's logic as an ESTree syntax tree; generated from `code` when left out. */
            code_ast?: Record<string, unknown> | null;
            /** @description Set to turn the rule off, null to turn it on. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description What the rule is for. */
            description?: string | null;
            /** @description Comma-separated events the rule runs on (see the Rule schema). */
            event_types?: string | null;
            /** @description Name of the rule. */
            name?: string;
            /** @description Order of execution; rules with a higher priority run first. */
            priority?: number;
        };
        /**
         * @description A satisfaction survey: the score and comment a customer gives about a ticket. A ticket has at
         *     most one survey.
         * @example {
         *       "id": 1,
         *       "uri": "/api/satisfaction-surveys/1/",
         *       "ticket_id": 1,
         *       "customer_id": 42,
         *       "score": 5,
         *       "body_text": "Quick and friendly, thanks!",
         *       "meta": null,
         *       "created_datetime": "2024-01-02T10:00:00.000000+00:00",
         *       "scored_datetime": "2024-01-02T12:00:00.000000+00:00",
         *       "sent_datetime": "2024-01-02T10:05:00.000000+00:00",
         *       "should_send_datetime": "2024-01-02T10:05:00.000000+00:00"
         *     }
         */
        SatisfactionSurvey: {
            /** @description The customer's comment. */
            body_text?: string | null;
            /** @description When the survey was created. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The customer who answers the survey. */
            customer_id: number;
            /** @description The survey's id. */
            id: number;
            /** @description Data of your own about the survey; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            /** @description The customer's satisfaction, 1 to 5; null until they answer. */
            score?: number | null;
            /** @description When the customer answered. */
            scored_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the survey was sent; null while it has not been. */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When Gorgias is to send the survey to the customer; null and Gorgias does not send it. */
            should_send_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The ticket the survey is about. */
            ticket_id: number;
            /** @description API path of the survey. */
            uri: string;
        };
        /**
         * @description Body to create a satisfaction survey. Setting `should_send_datetime` makes Gorgias send the survey to the customer at that time.
         * @example {
         *       "ticket_id": 6,
         *       "customer_id": 42,
         *       "should_send_datetime": null
         *     }
         */
        SatisfactionSurveyCreate: {
            /** @description The customer's comment. */
            body_text?: string | null;
            /** @description When the survey was created; now when left out. */
            created_datetime?: components["schemas"]["Datetime"];
            /** @description The customer who answers the survey. */
            customer_id: number;
            /** @description Data of your own about the survey; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            /** @description The customer's satisfaction, 1 to 5. */
            score?: number | null;
            /** @description When the customer answered. */
            scored_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the survey was sent. */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When Gorgias is to send the survey to the customer; leave out or null and Gorgias does not send it. */
            should_send_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The ticket the survey is about; a ticket has at most one survey. */
            ticket_id: number;
        };
        /**
         * @description Body to update a satisfaction survey; every field is optional and only the fields sent change. Setting `should_send_datetime` makes Gorgias send the survey at that time.
         * @example {
         *       "score": 4,
         *       "body_text": "Good help, a bit slow.",
         *       "scored_datetime": "2024-01-02T12:30:00.000000+00:00"
         *     }
         */
        SatisfactionSurveyUpdate: {
            /** @description The customer's comment. */
            body_text?: string | null;
            /** @description When the survey was created; now when left out. */
            created_datetime?: components["schemas"]["Datetime"];
            /** @description The customer who answers the survey. */
            customer_id?: number;
            /** @description Data of your own about the survey; Gorgias does not use it. */
            meta?: Record<string, unknown> | null;
            /** @description The customer's satisfaction, 1 to 5. */
            score?: number | null;
            /** @description When the customer answered. */
            scored_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the survey was sent. */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When Gorgias is to send the survey to the customer; leave out or null and Gorgias does not send it. */
            should_send_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The ticket the survey is about; a ticket has at most one survey. */
            ticket_id?: number;
        };
        /**
         * @description Body of a search; only `type` is required.
         * @example {
         *       "type": "customer",
         *       "query": "jane.doe@example.com",
         *       "size": 10
         *     }
         */
        SearchRequest: {
            /**
             * @description Text to search for; empty (the default) returns recent resources of the type.
             * @default
             */
            query?: string;
            /**
             * @description Maximum number of results.
             * @default 10
             */
            size?: number;
            type: components["schemas"]["SearchType"];
        };
        /**
         * @description One match. The fields depend on the searched type: customers and agents carry `name` and
         *     `email`, teams, tags and integrations carry `name`. The exact result shape is not documented
         *     (inferred from clients of the live API).
         * @example {
         *       "type": "customer",
         *       "id": 42,
         *       "name": "Jane Doe",
         *       "email": "jane.doe@example.com"
         *     }
         */
        SearchResult: {
            /** @description Email of a matched customer or agent. */
            email?: string | null;
            /** @description Id of the matched resource. */
            id: number;
            /** @description Name of the matched resource. */
            name?: string | null;
            type?: components["schemas"]["SearchType"];
        };
        /**
         * @description Search matches wrapped as `{data: [...]}`. The live API may answer a bare array of matches
         *     instead (see the search operation's response).
         * @example {
         *       "data": [
         *         {
         *           "type": "customer",
         *           "id": 42,
         *           "name": "Jane Doe",
         *           "email": "jane.doe@example.com"
         *         }
         *       ]
         *     }
         */
        SearchResults: {
            /** @description The matches. */
            data: components["schemas"]["SearchResult"][];
        };
        /**
         * @description What to search. `customer` matches customers by name and email; `customer_profile` also
         *     matches every channel address (phones, emails, …); `customer_channel` matches customer
         *     channel addresses of any type, `customer_channel_email` and `customer_channel_phone` only
         *     email addresses or phone numbers, and `customers_by_phone` finds customers by phone number;
         *     `agent` matches users; `team` teams; `tag` tags; `integration` integrations.
         * @example customer
         * @enum {string}
         */
        SearchType: "customer" | "customer_profile" | "customer_channel" | "customer_channel_email" | "customer_channel_phone" | "customers_by_phone" | "agent" | "team" | "tag" | "integration";
        /**
         * @description A legacy statistic: `data`, whose shape depends on the statistic's name, and the period it was
         *     computed over (with the previous period it is compared with, when it has one).
         */
        Statistic: {
            /** @description The statistic's values; the shape varies by statistic. */
            data: {
                [key: string]: unknown;
            };
            meta: {
                /** @description End of the period. */
                end_datetime: components["schemas"]["Datetime"];
                /** @description End of the period compared with. */
                previous_end_datetime?: components["schemas"]["Datetime"];
                /** @description Start of the period compared with. */
                previous_start_datetime?: components["schemas"]["Datetime"];
                /** @description Start of the period. */
                start_datetime: components["schemas"]["Datetime"];
            };
        };
        /**
         * @description The filters of a legacy statistic: the period (required by the docs, although the official
         *     types leave it optional: the docs win) and optionally the agents, channels, campaigns, tags,
         *     integrations and satisfaction scores to count.
         */
        StatisticRequest: {
            filters: {
                /** @description Only these agents (user ids). */
                agents?: number[];
                /** @description Only these campaigns. */
                campaigns?: number[];
                /** @description Only these channels. */
                channels?: string[];
                /** @description Only these integrations. */
                integrations?: number[];
                /** @description The time range to compute the statistic over. */
                period: {
                    /** @description End of the period. */
                    end_datetime: components["schemas"]["Datetime"];
                    /** @description Start of the period. */
                    start_datetime: components["schemas"]["Datetime"];
                };
                /** @description Only these satisfaction scores. */
                score?: number[];
                /** @description Only tickets with these tags (tag ids). */
                tags?: number[];
            };
        };
        /**
         * @description An account-wide tag used to label tickets.
         * @example {
         *       "id": 3,
         *       "uri": "/api/tags/3/",
         *       "name": "refund",
         *       "description": "Customer asks for a refund.",
         *       "decoration": {
         *         "color": "#F58D86"
         *       },
         *       "usage": 12,
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "deleted_datetime": null
         *     }
         */
        Tag: {
            /** @description When the tag was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description How the tag is shown in the helpdesk. */
            decoration?: {
                /** @description Hex colour of the tag, such as `#F58D86`. */
                color?: string;
            } | null;
            /** @description When the tag was deleted; null while it is live. */
            deleted_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Short explanation of what the tag is for. */
            description?: string | null;
            /** @description The tag's id. */
            id: number;
            /** @description Name of the tag, unique in the account. Names are case-sensitive. */
            name: string;
            /** @description API path of the tag. */
            uri: string;
            /** @description How often the tag is used; `GET /api/tags` can order by it. */
            usage?: number;
        };
        /**
         * @description Body to create an account-wide tag.
         * @example {
         *       "name": "refund",
         *       "description": "Customer asks for a refund.",
         *       "decoration": {
         *         "color": "#F58D86"
         *       }
         *     }
         */
        TagCreate: {
            /** @description How the tag is shown in the helpdesk. */
            decoration?: {
                /** @description Hex colour of the tag, such as `#F58D86`. */
                color?: string;
            };
            /** @description Short explanation of what the tag is for. */
            description?: string | null;
            /** @description Name of the tag. Case-sensitive; a name already used in the account is a conflict (409). */
            name: string;
        };
        /** @description A page of account-wide tags. */
        TagList: {
            /** @description The tags on this page. */
            data: components["schemas"]["Tag"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Body to merge tags into the tag named in the path (`destination_tag_id`): every tag in
         *     `source_tags_ids` is merged into it and deleted, and the tickets that carried a source tag
         *     carry the kept tag instead.
         * @example {
         *       "source_tags_ids": [
         *         4,
         *         5
         *       ]
         *     }
         */
        TagMerge: {
            /** @description Ids of the tags merged into the kept tag and then deleted. */
            source_tags_ids: number[];
        };
        /**
         * @description Body to update an account-wide tag. Only the fields sent are changed.
         * @example {
         *       "name": "refund-request",
         *       "decoration": {
         *         "color": "#1E88E5"
         *       }
         *     }
         */
        TagUpdate: {
            /** @description How the tag is shown in the helpdesk. */
            decoration?: {
                /** @description Hex colour of the tag, such as `#F58D86`. */
                color?: string;
            };
            /** @description New description of the tag. */
            description?: string | null;
            /** @description New name of the tag. Case-sensitive; a name already used in the account is a conflict (409). */
            name?: string;
        };
        /**
         * @description A team, a group of users that tickets can be assigned to (for example by auto-assignment).
         * @example {
         *       "id": 1,
         *       "uri": "/api/teams/1/",
         *       "name": "Tier 1",
         *       "description": "First line of support.",
         *       "decoration": {
         *         "emoji": "📦"
         *       },
         *       "members": [
         *         {
         *           "id": 5,
         *           "name": "Alex Martin",
         *           "email": "alex.martin@acme.com",
         *           "meta": null
         *         }
         *       ],
         *       "created_datetime": "2024-01-01T10:00:00.000000+00:00"
         *     }
         */
        Team: {
            /** @description When the team was created. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            decoration?: components["schemas"]["TeamDecoration"];
            /** @description Longer description of the team. */
            description?: string | null;
            /** @description The team's id. */
            id: number;
            /** @description The users in the team. */
            members: components["schemas"]["TeamMember"][];
            /** @description Name of the team. */
            name: string;
            /** @description API path of the team. */
            uri: string;
        };
        /**
         * @description Body to create a team.
         * @example {
         *       "name": "Warehouse",
         *       "description": "Handles shipping and fulfilment questions.",
         *       "decoration": {
         *         "emoji": "📦"
         *       },
         *       "members": [
         *         {
         *           "id": 5
         *         }
         *       ]
         *     }
         */
        TeamCreate: {
            decoration?: components["schemas"]["TeamDecoration"];
            /** @description Longer description of the team. */
            description?: string | null;
            /** @description The users in the team, by id. */
            members?: components["schemas"]["TeamMemberRef"][];
            /** @description Name of the team. */
            name: string;
        };
        /**
         * @description How the team is shown in the helpdesk; only an emoji before its name today.
         * @example {
         *       "emoji": "📦"
         *     }
         */
        TeamDecoration: {
            /** @description The emoji shown before the team's name. */
            emoji?: string;
        } | null;
        /**
         * @description A user who belongs to a team, as a team shows it.
         * @example {
         *       "id": 5,
         *       "name": "Alex Martin",
         *       "email": "alex.martin@acme.com",
         *       "meta": null
         *     }
         */
        TeamMember: {
            /** @description The user's email address. */
            email?: string | null;
            /** @description The user's id. */
            id: number;
            /** @description User-defined data of the user; the docs' schema types it as null. */
            meta?: Record<string, unknown> | null;
            /** @description The user's full name. */
            name?: string | null;
        };
        /**
         * @description A member in a team body. Only `id` matters: the team shows each member's name and email from
         *     the user record. The docs list `name`, `email` and `meta` too, so they are accepted and ignored.
         * @example {
         *       "id": 5
         *     }
         */
        TeamMemberRef: {
            /** @description Accepted and ignored; the user's own email is shown. */
            email?: string | null;
            /** @description The id of a user of the account. */
            id: number;
            /** @description Accepted and ignored. */
            meta?: Record<string, unknown> | null;
            /** @description Accepted and ignored; the user's own name is shown. */
            name?: string | null;
        };
        /**
         * @description Body to update a team; every field is optional. `members`, when sent, replaces the whole
         *     member list: a user left out is removed from the team.
         * @example {
         *       "name": "Tier 1 (EMEA)",
         *       "members": [
         *         {
         *           "id": 1
         *         },
         *         {
         *           "id": 5
         *         }
         *       ]
         *     }
         */
        TeamUpdate: {
            decoration?: components["schemas"]["TeamDecoration"];
            /** @description Longer description of the team. */
            description?: string | null;
            /** @description The whole new member list, by user id. */
            members?: components["schemas"]["TeamMemberRef"][];
            /** @description Name of the team. */
            name?: string;
        };
        /**
         * @description A ticket: one conversation between the support team and a customer, with its messages,
         *     status, assignee and tags. `GET /api/tickets/{id}` returns the full ticket; list rows are
         *     compact tickets that omit `messages`, `events` and `reply_options` and add `excerpt`,
         *     `messages_count`, `integrations` and `last_sent_message_not_delivered`.
         * @example {
         *       "id": 1,
         *       "uri": "/api/tickets/1/",
         *       "external_id": null,
         *       "status": "open",
         *       "priority": "normal",
         *       "channel": "email",
         *       "via": "email",
         *       "from_agent": false,
         *       "spam": false,
         *       "subject": "Where is my order?",
         *       "language": "en",
         *       "customer": {
         *         "id": 42,
         *         "email": "jane.doe@example.com",
         *         "name": "Jane Doe"
         *       },
         *       "assignee_user": null,
         *       "assignee_team": null,
         *       "tags": [],
         *       "meta": null,
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00"
         *     }
         */
        Ticket: {
            /** @description The team assigned to the ticket; null when unassigned. */
            assignee_team?: {
                /** @description Id of the team. */
                id: number;
                /** @description Name of the team. */
                name?: string;
            } | null;
            /** @description Id of the assigned team. */
            assignee_team_id?: number | null;
            /** @description The user (agent) assigned to the ticket; null when unassigned. */
            assignee_user?: {
                /** @description Email address of the user. */
                email?: string | null;
                /** @description First name of the user. */
                firstname?: string | null;
                /** @description Id of the user. */
                id: number;
                /** @description Last name of the user. */
                lastname?: string | null;
                /** @description Free metadata of the user. */
                meta?: Record<string, unknown> | null;
                /** @description Full name of the user. */
                name?: string | null;
            } | null;
            /** @description Id of the assigned user. */
            assignee_user_id?: number | null;
            channel: components["schemas"]["Channel"];
            /** @description When the ticket was closed; null while open. */
            closed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /**
             * @description Custom field values by field id. Present only when the request asks for
             *     `relationships=custom_fields`.
             */
            custom_fields?: {
                [key: string]: {
                    /** @description Definition of the custom field. */
                    field?: Record<string, unknown>;
                    /** @description Id of the custom field. */
                    id?: number;
                    /** @description Predicted value, when Gorgias suggests one. */
                    prediction?: Record<string, unknown> | null;
                    /** @description The value; its type follows the field definition (text, number or boolean). */
                    value?: unknown;
                };
            };
            /**
             * @description The customer of the ticket, embedded with its contact details. The embedded object can
             *     carry more customer fields (such as `integrations` or `ecommerce_data`); the exact list is
             *     inferred.
             */
            customer?: {
                /** @description Contact channels of the customer. */
                channels?: components["schemas"]["CustomerChannel"][];
                /** @description Primary email address. */
                email?: string | null;
                /** @description Id of the customer in a foreign system. */
                external_id?: string | null;
                /** @description First name. */
                firstname?: string | null;
                /** @description Id of the customer. */
                id: number;
                /** @description Last name. */
                lastname?: string | null;
                /** @description Free key/value metadata. */
                meta?: Record<string, unknown> | null;
                /** @description Full name. */
                name?: string | null;
                /** @description Internal note about the customer. */
                note?: string | null;
            } | null;
            /**
             * @deprecated
             * @description Deprecated; read the events API instead.
             */
            events?: Record<string, unknown>[];
            /** @description A short excerpt of the conversation (list rows only). */
            excerpt?: string | null;
            /** @description Id of the ticket in a foreign system; free for integrators. */
            external_id?: string | null;
            /** @description Whether the first message of the ticket was sent by the support team (true) or by the customer (false). */
            from_agent?: boolean | null;
            /** @description Id of the ticket. */
            id: number;
            /** @description Whether the ticket was imported from another system. */
            imported?: boolean;
            /** @description Integrations linked to the ticket (list rows only). */
            integrations?: Record<string, unknown>[];
            /** @description Whether the ticket is marked unread for the support team. */
            is_unread?: boolean;
            /** @description Language of the ticket (ISO 639-1), detected once from its first messages. */
            language?: string | null;
            /** @description When the last message was created. */
            last_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the last message from the customer was received. */
            last_received_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the last sent message failed to be delivered (list rows only). */
            last_sent_message_not_delivered?: boolean;
            /** @description Messages of the ticket (full ticket only). */
            messages?: components["schemas"]["TicketMessage"][];
            /** @description Number of messages (list rows only). */
            messages_count?: number;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description When the ticket was opened. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            priority?: components["schemas"]["TicketPriority"];
            /** @description When Gorgias processed the ticket. */
            processed_datetime?: components["schemas"]["NullableDatetime"];
            /**
             * @description For each channel, whether the ticket can be answered on it and through which
             *     integrations. The inner keys are inferred.
             */
            reply_options?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description The satisfaction survey of the ticket, if one was sent. */
            satisfaction_survey?: Record<string, unknown> | null;
            /** @description When a snoozed ticket reopens; null when not snoozed. */
            snooze_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the ticket is marked as spam. */
            spam?: boolean;
            status: components["schemas"]["TicketStatus"];
            /** @description Subject of the ticket, at most 998 characters. */
            subject?: string | null;
            /** @description AI-written summary of the ticket, when available. */
            summary?: Record<string, unknown> | null;
            /** @description Tags applied to the ticket. */
            tags?: components["schemas"]["Tag"][];
            /** @description When the ticket was moved to the trash; setting it is a soft delete. */
            trashed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was last updated. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description API path of the ticket, ending with a slash. */
            uri: string;
            via: components["schemas"]["Via"];
        };
        /**
         * @description Body of a new ticket. `messages` (1 to 500 messages) is required. Send `via` too: a page
         *     generated from the official reference and a third-party client both list it as required, while
         *     the update reference shows it defaulting to `api`; this spec leaves it optional until a source
         *     settles it, and the live API may refuse a body without it.
         * @example {
         *       "subject": "Where is my order?",
         *       "channel": "email",
         *       "via": "api",
         *       "customer": {
         *         "email": "jane.doe@example.com"
         *       },
         *       "messages": [
         *         {
         *           "channel": "email",
         *           "via": "api",
         *           "from_agent": false,
         *           "sender": {
         *             "email": "jane.doe@example.com"
         *           },
         *           "body_text": "Hi, my order has not arrived yet."
         *         }
         *       ]
         *     }
         */
        TicketCreate: {
            /** @description The team to assign, by id; null or 0 assigns no team. */
            assignee_team?: components["schemas"]["NullableIdRef"];
            /** @description The user (agent) to assign, by id; null or 0 leaves the ticket unassigned. */
            assignee_user?: components["schemas"]["NullableIdRef"];
            channel?: components["schemas"]["Channel"];
            /** @description When the ticket was closed. */
            closed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was created, for imports. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Custom field values to set, by field id. */
            custom_fields?: {
                /** @description Id of the custom field definition. */
                id: number;
                /** @description The value; its type follows the field definition (text, number or boolean). */
                value: unknown;
            }[];
            customer?: components["schemas"]["TicketCustomerRef"];
            /** @description Id of the ticket in a foreign system; free for integrators. */
            external_id?: string | null;
            /** @description Whether the first message is sent by the support team (true) or by the customer (false). */
            from_agent?: boolean;
            /** @description Marks the ticket as imported from another system. */
            imported?: boolean;
            /** @description Language of the ticket, ISO 639-1. */
            language?: string | null;
            /** @description When the last message was created. */
            last_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the last customer message was received. */
            last_received_message_datetime?: components["schemas"]["NullableDatetime"];
            /**
             * @description The messages of the ticket, 1 to 500. A message from an agent on an external channel is
             *     sent to the customer unless it carries `sent_datetime` (an import).
             */
            messages: components["schemas"]["TicketMessageCreate"][];
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description When the ticket was opened. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            priority?: components["schemas"]["TicketPriority"];
            /** @description When a snoozed ticket reopens. */
            snooze_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the ticket is spam. */
            spam?: boolean;
            /** @description Id of the ticket this one is split from. */
            split_from?: number;
            status?: components["schemas"]["TicketStatus"];
            /** @description Subject of the ticket, at most 998 characters. */
            subject?: string | null;
            /** @description Tags to apply, by name. */
            tags?: {
                /** @description Display settings of the tag. */
                decoration?: {
                    /** @description Hex color, such as `#eb144c`. */
                    color?: string;
                } | null;
                /** @description Name of the tag (case-sensitive). */
                name: string;
            }[];
            /** @description When the ticket was trashed; setting it moves the ticket to the trash (a soft delete). */
            trashed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was last updated, for imports. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            via?: components["schemas"]["Via"];
        };
        /**
         * @description The customer of a new ticket, identified by id, email or name.
         * @example {
         *       "email": "jane.doe@example.com"
         *     }
         */
        TicketCustomerRef: {
            /** @description Email address of the customer. */
            email?: string;
            /** @description Id of an existing customer. */
            id?: number;
            /** @description Full name of the customer. */
            name?: string;
        };
        /** @description A custom field value of a ticket, with the field's definition. */
        TicketCustomFieldValue: {
            field: components["schemas"]["CustomField"];
            /** @description The id of the value record. */
            id: number | null;
            /** @description A value Gorgias predicted for the field (such as an AI intent), or null. */
            prediction: unknown;
            /** @description The value, of the field's type (text, number or boolean). */
            value: unknown;
        };
        /**
         * @description A ticket's custom field values. The docs show a bare array; the live notes read `{data: [...]}`
         *     (the docs win).
         */
        TicketCustomFieldValueList: components["schemas"]["TicketCustomFieldValue"][];
        /**
         * @description The ticket as an HTTP integration's templates see it (`{{ticket.<field>}}`): a flat view of the
         *     ticket that names related records by id (`customer_id`, `assignee_user_id`, `assignee_team_id`)
         *     instead of embedding them. Gorgias renders the integration's `url`, `headers` and `form` against
         *     it when a trigger fires. The documented template examples also reach nested values such as
         *     `{{ticket.customer.email}}`; the template engine resolves those from the related records, and
         *     which nested paths exist beyond the documented examples is not stated.
         * @example {
         *       "id": 1,
         *       "external_id": null,
         *       "status": "open",
         *       "channel": "email",
         *       "via": "email",
         *       "spam": false,
         *       "from_agent": false,
         *       "customer_id": 42,
         *       "assignee_user_id": null,
         *       "assignee_team_id": null,
         *       "subject": "Where is my order?",
         *       "meta": null,
         *       "language": "en",
         *       "created_datetime": "2024-02-14T21:49:40.308988",
         *       "opened_datetime": null,
         *       "trashed_datetime": null,
         *       "last_message_datetime": "2024-02-14T21:49:40.308988",
         *       "last_received_message_datetime": "2024-02-14T21:49:40.308988",
         *       "updated_datetime": "2024-02-14T21:49:40.308988",
         *       "closed_datetime": null,
         *       "snooze_datetime": null,
         *       "custom_fields": null,
         *       "tags": []
         *     }
         */
        TicketHttpIntegrationContext: {
            /** @description Id of the assigned team; null when unassigned. */
            assignee_team_id?: number | null;
            /** @description Id of the assigned user; null when unassigned. */
            assignee_user_id?: number | null;
            channel: components["schemas"]["Channel"];
            /** @description When the ticket was closed. */
            closed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was created. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description Custom field values of the ticket, keyed by field id. */
            custom_fields?: Record<string, unknown> | null;
            /** @description Id of the ticket's customer. */
            customer_id: number;
            /** @description The ticket's id in a foreign system. */
            external_id?: string | null;
            /** @description Whether the first message was sent by the company rather than the customer. */
            from_agent?: boolean | null;
            /** @description The ticket's id. */
            id: number;
            /** @description Language of the conversation. */
            language?: string | null;
            /** @description When the last message was sent or received. */
            last_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the last customer message was received. */
            last_received_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Free-form data stored on the ticket, any JSON value, or null. */
            meta?: unknown;
            /** @description When the ticket was last opened. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Until when the ticket is snoozed. */
            snooze_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the ticket is marked as spam. */
            spam: boolean;
            status: components["schemas"]["TicketStatus"];
            /** @description The ticket's subject. */
            subject?: string | null;
            /** @description Tags applied to the ticket. */
            tags: components["schemas"]["Tag"][];
            /** @description When the ticket was moved to the trash. */
            trashed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            via: components["schemas"]["Via"];
        };
        /** @description A page of tickets (compact rows without messages). */
        TicketList: {
            /** @description The items of the page. */
            data: components["schemas"]["Ticket"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description A message inside a ticket: an email, chat message, social post, phone call record or internal
         *     note. `public: false` marks an internal note that the customer does not see. A message
         *     created without `sent_datetime` is sent to the customer; `sent_datetime`, `failed_datetime`
         *     and `last_sending_error` report how that went.
         * @example {
         *       "id": 10,
         *       "uri": "/api/tickets/1/messages/10/",
         *       "ticket_id": 1,
         *       "message_id": null,
         *       "external_id": null,
         *       "public": true,
         *       "channel": "email",
         *       "via": "api",
         *       "from_agent": false,
         *       "subject": "Where is my order?",
         *       "body_text": "Hi, my order has not arrived yet.",
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00"
         *     }
         */
        TicketMessage: {
            /** @description Actions run with the message, such as those of an applied macro. */
            actions?: unknown[] | null;
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description The identity that authenticated the customer on the source service. */
            auth_customer_identity?: {
                /** @description The customer's identifier on that service. */
                identifier?: string;
                /** @description The identity provider. */
                service?: {
                    /** @description Id of the service. */
                    id?: unknown;
                    /** @description Name of the service. */
                    name?: string;
                };
            } | null;
            /** @description HTML body. */
            body_html?: string | null;
            /** @description Plain-text body. */
            body_text?: string | null;
            channel: components["schemas"]["Channel"];
            /** @description When the message was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description When the message was deleted. */
            deleted_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Id of the message in a foreign system; free for integrators. */
            external_id?: string | null;
            /** @description When sending the message failed. */
            failed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description True when the support team wrote the message, false when the customer did. */
            from_agent: boolean;
            /** @description Message headers, mostly for emails (for example `Message-Id`). */
            headers?: Record<string, unknown> | null;
            /** @description Id of the message. */
            id: number;
            /** @description Whether the message was imported rather than received or sent by Gorgias. */
            imported?: boolean;
            /** @description Id of the integration the message came through or is sent with. */
            integration_id?: number | null;
            /** @description Intents detected in the message. */
            intents?: {
                /** @description Whether the intent comes from an agent's feedback. */
                is_user_feedback?: boolean;
                /** @description Intent name. */
                name?: string;
                /** @description Whether an agent rejected the detected intent. */
                rejected?: boolean;
            }[];
            /** @description Whether a failed send can be retried. */
            is_retriable?: boolean;
            /** @description The last error met while sending the message. */
            last_sending_error?: {
                /** @description Description of the error. */
                error?: string;
            } | null;
            /** @description Macros applied to write the message. */
            macros?: components["schemas"]["ObjectRef"][];
            /** @description Id of the message on the service it came from, such as an email Message-ID. */
            message_id?: string | null;
            /**
             * @description Free metadata. Reserved keys: current_page, relevant_content_indexes, is_quick_reply,
             *     campaigns, campaigns_id, self_service_flow.
             */
            meta?: unknown;
            /** @description When the recipient opened the message, where the channel reports it. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When Gorgias processed the message. */
            processed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the customer can see the message; false for an internal note. */
            public: boolean;
            /** @description The primary receiver, a user or customer; null for some messages such as internal notes. */
            receiver?: components["schemas"]["MessageParticipant"] | null;
            /** @description The message that replied to this one (id of its integration and message, its text, source, customer and user). */
            replied_by?: Record<string, unknown> | null;
            /** @description The message this one replies to, in the same shape as `replied_by`. */
            replied_to?: Record<string, unknown> | null;
            /** @description Id of the rule that created the message, if any. */
            rule_id?: number | null;
            sender?: components["schemas"]["MessageParticipant"];
            /** @description When the message was sent. Set it on create to record an already-sent message (an import). */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            source?: components["schemas"]["MessageSource"];
            /** @description HTML body without the signature and the quoted earlier replies. */
            stripped_html?: string | null;
            /** @description The signature found in the body. */
            stripped_signature?: string | null;
            /** @description Plain-text body without the signature and the quoted earlier replies. */
            stripped_text?: string | null;
            /** @description Subject, mostly for emails. */
            subject?: string | null;
            /** @description Id of the ticket the message belongs to. */
            ticket_id: number;
            /** @description API path of the message, ending with a slash. */
            uri: string;
            via: components["schemas"]["Via"];
        };
        /**
         * @description Body of a new message. `channel`, `from_agent` and `via` are required.
         *     - A message from an agent on an external channel is sent to the customer.
         *     - With `sent_datetime` set, the message is recorded as already sent (an import) and is not sent.
         *     - An internal note is `channel: internal-note` with `public: false`; it can mention users with `mention_ids`.
         * @example {
         *       "channel": "email",
         *       "via": "api",
         *       "from_agent": true,
         *       "sender": {
         *         "id": 5
         *       },
         *       "receiver": {
         *         "id": 42
         *       },
         *       "subject": "Re: Where is my order?",
         *       "body_text": "Your order shipped this morning.",
         *       "body_html": "<p>Your order shipped this morning.</p>"
         *     }
         */
        TicketMessageCreate: {
            /** @description Actions to run with the message, such as those of a macro. */
            actions?: unknown[] | null;
            /** @description Files to attach, each with `url`, `name` and `content_type`. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description HTML body. */
            body_html?: string | null;
            /** @description Plain-text body. */
            body_text?: string | null;
            channel: components["schemas"]["Channel"];
            /** @description When the message was created; defaults to now. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the message was deleted. */
            deleted_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Id of the message in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description When sending the message failed. */
            failed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description True when the support team writes the message, false when it is the customer's. */
            from_agent: boolean;
            /** @description Message headers as key/value pairs, mostly for emails. */
            headers?: Record<string, unknown> | null;
            /** @description Marks the message as imported from another system. */
            imported?: boolean;
            /** @description Id of the integration to send the message with. */
            integration_id?: number | null;
            /** @description A known sending error to record. */
            last_sending_error?: {
                /** @description Description of the error. */
                error?: string;
            } | null;
            /** @description Macros applied to write the message. */
            macros?: components["schemas"]["ObjectRef"][];
            /** @description Ids of users mentioned in an internal note. */
            mention_ids?: number[];
            /** @description Id of the message on the originating service, such as an email Message-ID. */
            message_id?: string | null;
            /**
             * @description Free metadata. Reserved keys: current_page, relevant_content_indexes, is_quick_reply,
             *     campaigns, campaigns_id, self_service_flow.
             */
            meta?: Record<string, unknown> | null;
            /** @description When the recipient opened the message. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the customer can see the message. Set false (with channel `internal-note`) for an internal note. Defaults to true. */
            public?: boolean;
            receiver?: components["schemas"]["MessageParticipant"];
            sender?: components["schemas"]["MessageParticipant"];
            /** @description When the message was sent. Giving it records the message as already sent (an import), and Gorgias does not send it to the customer. */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            source?: components["schemas"]["MessageSource"];
            /** @description HTML body without the signature and quoted replies. */
            stripped_html?: string | null;
            /** @description The signature of the body. */
            stripped_signature?: string | null;
            /** @description Plain-text body without the signature and quoted replies. */
            stripped_text?: string | null;
            /** @description Subject, mostly for emails. */
            subject?: string | null;
            via: components["schemas"]["Via"];
        };
        /** @description A page of ticket messages. */
        TicketMessageList: {
            /** @description The items of the page. */
            data: components["schemas"]["TicketMessage"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Body of a message update. The live API requires `channel`, `from_agent` and `via` even when
         *     they do not change; send them with the values the message already has.
         * @example {
         *       "channel": "email",
         *       "via": "api",
         *       "from_agent": true,
         *       "body_text": "Your order shipped this morning. Tracking number 1Z999."
         *     }
         */
        TicketMessageUpdate: {
            /** @description Files to attach, each with `url`, `name` and `content_type`. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description HTML body. */
            body_html?: string | null;
            /** @description Plain-text body. */
            body_text?: string | null;
            channel: components["schemas"]["Channel"];
            /** @description Id of the message in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description When sending the message failed. */
            failed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description True when the support team writes the message, false when it is the customer's. */
            from_agent: boolean;
            /** @description Message headers as key/value pairs, mostly for emails. */
            headers?: Record<string, unknown> | null;
            /** @description Id of the integration to send the message with. */
            integration_id?: number | null;
            /** @description Ids of users mentioned in an internal note. */
            mention_ids?: number[];
            /** @description Id of the message on the originating service, such as an email Message-ID. */
            message_id?: string | null;
            /**
             * @description Free metadata. Reserved keys: current_page, relevant_content_indexes, is_quick_reply,
             *     campaigns, campaigns_id, self_service_flow.
             */
            meta?: Record<string, unknown> | null;
            /** @description Whether the customer can see the message. Set false (with channel `internal-note`) for an internal note. Defaults to true. */
            public?: boolean;
            receiver?: components["schemas"]["MessageParticipant"];
            sender?: components["schemas"]["MessageParticipant"];
            /** @description When the message was sent. Giving it records the message as already sent (an import), and Gorgias does not send it to the customer. */
            sent_datetime?: components["schemas"]["NullableDatetime"];
            source?: components["schemas"]["MessageSource"];
            /** @description Subject, mostly for emails. */
            subject?: string | null;
            via: components["schemas"]["Via"];
        };
        /**
         * @description Priority of the ticket. New tickets default to `normal`.
         * @default normal
         * @example normal
         * @enum {string}
         */
        TicketPriority: "critical" | "high" | "normal" | "low";
        /**
         * @description Whether the ticket is open or closed. States shown in the web app such as snoozed, spam or
         *     trashed are not statuses: they come from `snooze_datetime`, `spam` and `trashed_datetime`.
         * @example open
         * @enum {string}
         */
        TicketStatus: "open" | "closed";
        /**
         * @description Tags to add to or remove from a ticket, by id and/or by name. Give at least one of `ids` or
         *     `names`.
         * @example {
         *       "names": [
         *         "urgent"
         *       ]
         *     }
         */
        TicketTagsChange: {
            /** @description Ids of existing tags. */
            ids?: number[];
            /** @description Names of tags (case-sensitive). */
            names?: string[];
        };
        /**
         * @description Changes to a ticket; send only the fields to change. Closing (`status: closed`), reopening
         *     (`status: open`), snoozing (`snooze_datetime`) and reassigning (`assignee_user`,
         *     `assignee_team`) happen here. `tags` and `custom_fields` replace the whole list.
         *     `created_datetime` cannot be changed.
         * @example {
         *       "status": "closed",
         *       "assignee_user": {
         *         "id": 5
         *       }
         *     }
         */
        TicketUpdate: {
            /** @description The team to assign, by id. `{"id": null}` removes the team. */
            assignee_team?: {
                /** @description Id of the team, or null to unassign. */
                id: number | null;
            };
            /** @description The user (agent) to assign, by id. `{"id": null}` unassigns the ticket. */
            assignee_user?: {
                /** @description Id of the user, or null to unassign. */
                id: number | null;
            };
            channel?: components["schemas"]["Channel"];
            /** @description When the ticket was closed. */
            closed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Custom field values to set, by field id. */
            custom_fields?: {
                /** @description Id of the custom field definition. */
                id: number;
                /** @description The value; its type follows the field definition (text, number or boolean). */
                value: unknown;
            }[];
            customer?: components["schemas"]["TicketCustomerRef"];
            /** @description Id of the ticket in a foreign system; free for integrators. */
            external_id?: string | null;
            /** @description Whether the first message is sent by the support team (true) or by the customer (false). */
            from_agent?: boolean;
            /** @description Mark the ticket as read (false) or unread (true). */
            is_unread?: boolean;
            /** @description Language of the ticket, ISO 639-1. */
            language?: string | null;
            /** @description When the last message was created. */
            last_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the last customer message was received. */
            last_received_message_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown> | null;
            /** @description When the ticket was opened. */
            opened_datetime?: components["schemas"]["NullableDatetime"];
            priority?: components["schemas"]["TicketPriority"];
            /** @description When a snoozed ticket reopens. */
            snooze_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Whether the ticket is spam. */
            spam?: boolean;
            status?: components["schemas"]["TicketStatus"];
            /** @description Subject of the ticket, at most 998 characters. */
            subject?: string | null;
            /** @description Tags to apply, by name. */
            tags?: {
                /** @description Display settings of the tag. */
                decoration?: {
                    /** @description Hex color, such as `#eb144c`. */
                    color?: string;
                } | null;
                /** @description Name of the tag (case-sensitive). */
                name: string;
            }[];
            /**
             * @description When the ticket was trashed; setting it moves the ticket to the trash (a soft delete), and
             *     null takes it out of the trash.
             */
            trashed_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the ticket was last updated, for imports. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            via?: components["schemas"]["Via"];
        };
        /**
         * @description A user of the helpdesk: an agent, an admin, or a bot or app account. Its role sets what it can
         *     see and do.
         * @example {
         *       "id": 5,
         *       "email": "alex@acme.com",
         *       "name": "Alex Martin",
         *       "firstname": "Alex",
         *       "lastname": "Martin",
         *       "active": true,
         *       "bio": null,
         *       "country": "US",
         *       "language": "en",
         *       "timezone": "US/Pacific",
         *       "external_id": null,
         *       "role": {
         *         "name": "agent"
         *       },
         *       "meta": {
         *         "profile_picture_url": null
         *       },
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "updated_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        User: {
            /** @description Whether the user can sign in. */
            active?: boolean;
            /** @description Short biography. */
            bio?: string | null;
            /** @description Id of the client tied to the user; its type and meaning are not documented in the sources. */
            client_id?: unknown;
            /** @description Country, ISO 3166-1 alpha-2 (such as `US`). */
            country?: string | null;
            /** @description When the user was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description When the user was deactivated; null while active. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Email address, used to sign in. */
            email: string;
            /** @description Id of the user in a foreign system; not used by Gorgias. */
            external_id?: string | null;
            /** @description First name. */
            firstname?: string | null;
            /** @description Id of the user. */
            id: number;
            /** @description Language of the user's helpdesk interface, such as `en` or `fr`. */
            language?: string | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free metadata; known keys are `sso` (`google` or `office365`) and `profile_picture_url`. */
            meta?: {
                /** @description URL of the profile picture. */
                profile_picture_url?: string | null;
                /**
                 * @description Single sign-on provider the user signs in with.
                 * @enum {string|null}
                 */
                sso?: "google" | "office365" | null;
            } | null;
            /** @description Full name. */
            name?: string | null;
            /** @description The user's role. */
            role?: {
                name: components["schemas"]["UserRole"];
            };
            /** @description Preferred timezone, IANA name. */
            timezone?: string | null;
            /** @description When the user was last updated. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
        };
        /**
         * @description Body of a new user, such as an agent invited to the helpdesk. `email`, `name` and `role` are
         *     required; an email already used by another user answers 409. Customer-only fields (`channels`,
         *     `customer`, `data`, `roles`) are refused with 400.
         * @example {
         *       "email": "alex@acme.com",
         *       "name": "Alex Martin",
         *       "role": {
         *         "name": "agent"
         *       }
         *     }
         */
        UserCreate: {
            /** @description Whether the user can sign in. Defaults to true. */
            active?: boolean;
            /** @description Short biography. */
            bio?: string;
            /** @description Country, ISO 3166-1 alpha-2 (such as `US`). */
            country?: string;
            /** @description Email address the user signs in with. */
            email: string;
            /** @description Id of the user in a foreign system; not used by Gorgias. */
            external_id?: string;
            /** @description First name. */
            firstname?: string;
            /**
             * @description Language of the helpdesk interface, `en` or `fr` (the only two the helpdesk offers).
             * @enum {string|null}
             */
            language?: "fr" | "en" | null;
            /** @description Last name. */
            lastname?: string;
            /** @description Free key/value metadata. */
            meta?: Record<string, unknown>;
            /** @description Full name. */
            name: string;
            /** @description The role to give the user. */
            role: {
                name: components["schemas"]["UserRoleWritable"];
            };
            /** @description Preferred timezone, IANA name. */
            timezone?: string;
        };
        /** @description A page of users. */
        UserList: {
            /** @description The items of the page. */
            data: components["schemas"]["User"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Name of a helpdesk role, as responses carry it; the role sets what a user can see and do in the
         *     helpdesk. Responses can name roles a request cannot give (`bot`, `internal-agent`) and, as the
         *     product grows, others: the list is open. Requests use `UserRoleWritable`.
         * @example agent
         */
        UserRole: ("admin" | "agent" | "basic-agent" | "bot" | "internal-agent" | "lite-agent" | "observer-agent") | string;
        /**
         * @description The role a request gives a user; `bot` and `internal-agent` cannot be given.
         * @example agent
         * @enum {string}
         */
        UserRoleWritable: "admin" | "agent" | "basic-agent" | "lite-agent" | "observer-agent";
        /**
         * @description Changes to a user; send only the fields to change. Changing the email needs
         *     `password_confirmation`; changing the password needs `old_password` and `new_password`.
         * @example {
         *       "name": "Alex Martin",
         *       "role": {
         *         "name": "admin"
         *       }
         *     }
         */
        UserUpdate: {
            /** @description Whether the user can sign in. */
            active?: boolean;
            /** @description Short biography; null clears it. */
            bio?: string | null;
            /** @description Country, ISO 3166-1 alpha-2; null clears it. */
            country?: string | null;
            /** @description New email address; must not belong to another user. */
            email?: string;
            /** @description Id of the user in a foreign system; not used by Gorgias. */
            external_id?: string;
            /** @description First name. */
            firstname?: string | null;
            /**
             * @description Language of the helpdesk interface, `en` or `fr` (the only two the helpdesk offers); null clears it.
             * @enum {string|null}
             */
            language?: "fr" | "en" | null;
            /** @description Last name. */
            lastname?: string | null;
            /** @description Free key/value metadata; replaces the existing metadata. */
            meta?: Record<string, unknown>;
            /** @description Full name. */
            name?: string;
            /** @description New password. */
            new_password?: string;
            /** @description Current password, required to change the password. */
            old_password?: string;
            /** @description Current password, required to change the email address. */
            password_confirmation?: string;
            /** @description The role to give the user. */
            role?: {
                name: components["schemas"]["UserRoleWritable"];
            };
            /** @description Preferred timezone, IANA name. */
            timezone?: string;
            /** @description Two-factor authentication code, when the account requires one. */
            two_fa_code?: string | null;
        };
        /**
         * @description How a ticket or message reached Gorgias or was sent from it, such as `email`, `api` or
         *     `helpdesk` (an agent in the web app). Create and update bodies accept the same values except
         *     `gorgias_chat`, `offline_capture` and `self_service`, which only Gorgias sets.
         * @example api
         * @enum {string}
         */
        Via: "aircall" | "api" | "chat" | "contact_form" | "email" | "facebook" | "facebook-mention" | "facebook-messenger" | "facebook-recommendations" | "form" | "gorgias_chat" | "help-center" | "helpdesk" | "instagram" | "instagram-ad-comment" | "instagram-comment" | "instagram-direct-message" | "instagram-mention" | "internal-note" | "offline_capture" | "phone" | "rule" | "self_service" | "shopify" | "sms" | "twilio" | "twitter" | "twitter-direct-message" | "whatsapp" | "yotpo" | "yotpo-review" | "zendesk";
        /**
         * @description A view, a saved filter that groups tickets. `GET /api/views/{view_id}/items` lists the tickets that match it.
         * @example {
         *       "id": 7,
         *       "uri": "/api/views/7/",
         *       "name": "My open tickets",
         *       "slug": "my-open-tickets",
         *       "type": "ticket-list",
         *       "category": "user",
         *       "visibility": "public",
         *       "decoration": {
         *         "emoji": "📥"
         *       },
         *       "fields": [
         *         "details",
         *         "customer",
         *         "last_message",
         *         "status",
         *         "assignee"
         *       ],
         *       "filters": "eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')",
         *       "order_by": "updated_datetime",
         *       "order_dir": "desc",
         *       "search": null,
         *       "shared_with_teams": [],
         *       "shared_with_users": [],
         *       "created_datetime": "2024-02-14T21:49:40.308988+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        View: {
            /**
             * @description Either `system`, the helpdesk's built-in views (such as Trash and Spam, which cannot be deleted), or `user`, views people created.
             * @enum {string|null}
             */
            category?: "system" | "user" | null;
            /** @description When the view was created. */
            created_datetime: components["schemas"]["NullableDatetime"];
            /** @description When the view was deactivated, for example because a tag or integration it used was deleted; null while active. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description How the view is shown in the helpdesk. */
            decoration?: {
                /** @description Emoji shown before the view's name. */
                emoji?: string | null;
            } | null;
            /** @description Ticket attributes shown as columns in the helpdesk. */
            fields?: ("id" | "details" | "tags" | "customer" | "last_message" | "name" | "email" | "created" | "updated" | "assignee" | "assignee_team" | "channel" | "closed" | "language" | "last_received_message" | "integrations" | "snooze" | "status" | "subject" | "priority")[];
            /**
             * @description Filter expression selecting the tickets, such as
             *     `eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')`.
             *     Template variables like `{{current_user.id}}` resolve to the requesting user. The grammar is
             *     the `ViewFilter` schema's.
             */
            filters?: string | null;
            /** @description The view's id. */
            id: number;
            /** @description Display name of the view. */
            name: string;
            /**
             * @description Ticket attribute the view's items are sorted by.
             * @default updated_datetime
             */
            order_by?: string;
            /**
             * @description Sort direction of the view's items.
             * @enum {string}
             */
            order_dir?: "asc" | "desc";
            /** @description Free-text search narrowing the view's items. */
            search?: string | null;
            /**
             * @description The teams the view is shared with (when `visibility` is `shared`), each as a small team
             *     object. Create and update bodies send team ids instead.
             */
            shared_with_teams?: components["schemas"]["ViewSharedTeam"][];
            /**
             * @description The users the view is shared with (when `visibility` is `shared` or `private`), each as a
             *     small user object. Create and update bodies send user ids instead.
             */
            shared_with_users?: components["schemas"]["ViewSharedUser"][];
            /** @description URL-friendly identifier of the view. */
            slug?: string | null;
            /**
             * @description What the view lists; only `ticket-list` exists.
             * @enum {string}
             */
            type?: "ticket-list";
            /** @description API path of the view. */
            uri: string;
            /**
             * @description Who sees the view. `public` is every user; `shared` the users and teams listed plus admins; `private` a single user.
             * @enum {string}
             */
            visibility?: "public" | "shared" | "private";
        };
        /**
         * @description Body to create a view. The official schema requires `slug`, although it marks the field
         *     deprecated; every other field is optional and takes the default shown.
         * @example {
         *       "name": "My open tickets",
         *       "slug": "my-open-tickets",
         *       "visibility": "public",
         *       "filters": "eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')",
         *       "order_by": "updated_datetime",
         *       "order_dir": "desc"
         *     }
         */
        ViewCreate: {
            /** @description How the view is shown in the helpdesk. */
            decoration?: {
                /** @description Emoji shown before the view's name. */
                emoji?: string | null;
            };
            /**
             * @description Ticket attributes shown as columns in the helpdesk.
             * @default []
             */
            fields?: ("id" | "details" | "tags" | "customer" | "last_message" | "name" | "email" | "created" | "updated" | "assignee" | "assignee_team" | "channel" | "closed" | "language" | "last_received_message" | "integrations" | "snooze" | "status" | "subject" | "priority")[];
            filters?: components["schemas"]["ViewFilter"];
            /**
             * @description Display name of the view.
             * @default
             */
            name?: string;
            /**
             * @description Ticket attribute the view's items are sorted by, such as `updated_datetime`.
             * @default updated_datetime
             */
            order_by?: string;
            /**
             * @description Sort direction of the view's items.
             * @default desc
             * @enum {string}
             */
            order_dir?: "asc" | "desc";
            /** @description Free-text search narrowing the view's items. */
            search?: string | null;
            /** @description Ids of the teams to share the view with (when `visibility` is `shared`). */
            shared_with_teams?: number[];
            /** @description Ids of the users to share the view with (when `visibility` is `shared` or `private`). */
            shared_with_users?: number[];
            /**
             * @deprecated
             * @description URL-friendly identifier of the view; deprecated, yet still required on create.
             */
            slug: string;
            /**
             * @description What the view lists; only `ticket-list` exists.
             * @default ticket-list
             * @enum {string}
             */
            type?: "ticket-list";
            /**
             * @description Who sees the view. `public` is every user; `shared` the users and teams listed plus admins; `private` a single user.
             * @default public
             * @enum {string}
             */
            visibility?: "public" | "shared" | "private";
        };
        /**
         * ViewFilter
         * @description Filter expression selecting a view's tickets, such as
         *     `eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')`.
         *     Grammar (whitespace is free between tokens; an empty string selects every ticket):
         *
         *     - expression: `call`, `( expression )`, or two expressions joined by `&&` (binds tighter) or `||`
         *     - call: `function(argument, ...)`, the function one of `eq`, `neq`, `contains`, `notContains`,
         *       `containsAny`, `containsAll`, `startsWith`, `endsWith`, `gt`, `gte`, `lt`, `lte`,
         *       `isEmpty`, `isNotEmpty`
         *     - argument: a dotted ticket path (`ticket.customer.email`), a string in single or double quotes
         *       (backslash escapes the next character), a number, `true`, `false`, `null`, or a list
         *       `[literal, ...]`
         *     - `{{name}}` inside a string is a template variable, such as `{{current_user.id}}` (the
         *       requesting user)
         *
         *     Comparisons ignore case; `gt`/`lt` compare numbers, and datetimes by time. An expression outside
         *     this grammar (an unknown function, an unterminated string, an unbalanced parenthesis) is refused
         *     with 400, and the error's `data.filters` names the position. The function names are those of
         *     Gorgias's view filters; this grammar is the one the gorgias-kit mock parses (inferred: the
         *     Gorgias docs do not publish a grammar).
         * @example eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')
         */
        ViewFilter: string;
        /**
         * @description A page of the tickets a view selects (compact rows without messages). Its `meta` links the
         *     neighbouring pages as relative URLs (`ViewItemsMeta`), unlike the other lists' cursors.
         */
        ViewItemList: {
            /** @description The tickets on this page. */
            data: components["schemas"]["Ticket"][];
            meta: components["schemas"]["ViewItemsMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description Where a page of a view's items sits, and how to reach its neighbours. This list does not use the
         *     `prev_cursor`/`next_cursor` meta of the other lists: its links to the neighbouring pages are
         *     relative URLs to request as they are. The cursor and direction they ask for are their `cursor`
         *     and `direction` query parameters, so a client can also send those with its own `limit` and
         *     `order_by`.
         * @example {
         *       "current_cursor": null,
         *       "next_items": "/api/views/7/items?cursor=WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ&direction=next",
         *       "prev_items": null
         *     }
         */
        ViewItemsMeta: {
            /** @description The cursor this page was read from; null on the first page. */
            current_cursor: string | null;
            /**
             * @description Relative URL of the next page (its query holds `cursor` and `direction=next`); null on the
             *     last page. Follow it until it is null. It carries no `limit`: add the page size to keep it.
             */
            next_items: string | null;
            /** @description Relative URL of the previous page (its query holds `cursor` and `direction=prev`); null on the first page. */
            prev_items: string | null;
        };
        /**
         * @description The view to search with: its filters, search text and order. With `view_id` 0 the body alone
         *     defines the view (an ad-hoc view); with a saved view's id, these fields override its own.
         */
        ViewItemsSearch: {
            /** @description The view's definition. */
            view: {
                /** @description The view's category. */
                category?: string | null;
                /** @description Columns to show. */
                fields?: string[];
                /** @description Filter expression, such as `eq(ticket.status, 'open')`. */
                filters?: string | null;
                /** @description Attribute to sort by, such as `updated_datetime`. */
                order_by?: string;
                /**
                 * @description Sort direction.
                 * @enum {string}
                 */
                order_dir?: "asc" | "desc";
                /** @description Text the tickets must contain. */
                search?: string | null;
                /**
                 * @description Always `ticket-list`.
                 * @constant
                 */
                type?: "ticket-list";
            };
        };
        /** @description A page of views. */
        ViewList: {
            /** @description The views on this page. */
            data: components["schemas"]["View"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description A team a view is shared with, as view responses show it (request bodies send only the id).
         * @example {
         *       "id": 3,
         *       "name": "Billing",
         *       "decoration": null
         *     }
         */
        ViewSharedTeam: {
            /** @description How the team is shown in the helpdesk. */
            decoration?: {
                /** @description Emoji shown before the team's name. */
                emoji?: string | null;
            } | null;
            /** @description The team's id. */
            id: number;
            /** @description The team's name. */
            name?: string | null;
        };
        /**
         * @description A user a view is shared with, as view responses show it (request bodies send only the id).
         * @example {
         *       "id": 5,
         *       "name": "Alex Martin",
         *       "meta": {
         *         "profile_picture_url": null
         *       }
         *     }
         */
        ViewSharedUser: {
            /** @description The user's id. */
            id: number;
            /** @description The user's metadata, as on the User object (`sso`, `profile_picture_url`). */
            meta?: {
                /** @description URL of the profile picture. */
                profile_picture_url?: string | null;
                /** @description Single sign-on provider the user signs in with. */
                sso?: string | null;
            } | null;
            /** @description The user's display name. */
            name?: string | null;
        };
        /**
         * @description Body to update a view. Only the fields sent are changed.
         * @example {
         *       "name": "Open tickets, oldest first",
         *       "order_dir": "asc"
         *     }
         */
        ViewUpdate: {
            /** @description How the view is shown in the helpdesk. */
            decoration?: {
                /** @description Emoji shown before the view's name. */
                emoji?: string | null;
            };
            /** @description Ticket attributes shown as columns in the helpdesk. */
            fields?: ("id" | "details" | "tags" | "customer" | "last_message" | "name" | "email" | "created" | "updated" | "assignee" | "assignee_team" | "channel" | "closed" | "language" | "last_received_message" | "integrations" | "snooze" | "status" | "subject" | "priority")[];
            filters?: components["schemas"]["ViewFilter"];
            /** @description Display name of the view. */
            name?: string;
            /** @description Ticket attribute the view's items are sorted by, such as `updated_datetime`. */
            order_by?: string;
            /**
             * @description Sort direction of the view's items.
             * @enum {string}
             */
            order_dir?: "asc" | "desc";
            /** @description Free-text search narrowing the view's items. */
            search?: string | null;
            /** @description Ids of the teams to share the view with (when `visibility` is `shared`). */
            shared_with_teams?: number[];
            /** @description Ids of the users to share the view with (when `visibility` is `shared` or `private`). */
            shared_with_users?: number[];
            /** @description URL-friendly identifier of the view. */
            slug?: string;
            /**
             * @description What the view lists; only `ticket-list` exists.
             * @default ticket-list
             * @enum {string}
             */
            type?: "ticket-list";
            /**
             * @description Who sees the view. `public` is every user; `shared` the users and teams listed plus admins; `private` a single user.
             * @enum {string}
             */
            visibility?: "public" | "shared" | "private";
        };
        /**
         * @description A phone call handled by the account's voice integration (Gorgias Voice), inbound or outbound.
         *     Read-only: calls are recorded by Gorgias as they happen.
         */
        VoiceCall: {
            /** @description Country of the called number (ISO 3166-1 alpha-2). */
            country_destination?: string | null;
            /** @description Country of the calling number (ISO 3166-1 alpha-2). */
            country_source?: string | null;
            /** @description When the call was created. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description The customer on the call. */
            customer_id?: number | null;
            /**
             * @description Who placed the call.
             * @enum {string}
             */
            direction: "inbound" | "outbound";
            /** @description Length of the call in seconds. */
            duration?: number | null;
            /** @description The call's id at the telephony provider. */
            external_id: string;
            /** @description Whether the call was recorded. */
            has_call_recording?: boolean;
            /** @description Whether the caller left a voicemail. */
            has_voicemail?: boolean;
            /** @description The call's id. */
            id: number;
            /** @description The agent who placed an outbound call. */
            initiated_by_agent_id?: number | null;
            /** @description The id of the phone integration that carried the call. */
            integration_id: number;
            /** @description The last agent who answered. */
            last_answered_by_agent_id?: number | null;
            /** @description The called number (E.164). */
            phone_number_destination?: string | null;
            /** @description The account's phone number the call used. */
            phone_number_id?: number | null;
            /** @description The calling number (E.164). */
            phone_number_source?: string | null;
            /** @description The telephony provider, such as `twilio`. */
            provider: string;
            /** @description When the call started ringing. */
            started_datetime?: components["schemas"]["NullableDatetime"];
            /**
             * @description Where the call is in its life.
             * @enum {string}
             */
            status: "answered" | "connected" | "in-progress" | "initiated" | "queued" | "ringing" | "ending" | "busy" | "canceled" | "completed" | "failed" | "no-answer" | "missed";
            /**
             * @description How the call ended.
             * @enum {string|null}
             */
            termination_status?: "answered" | "cancelled" | "missed" | "abandoned" | "callback-requested" | null;
            /** @description The ticket the call is logged on. */
            ticket_id?: number | null;
            /** @description When the call last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
        };
        /** @description One step of a voice call, such as ringing, being answered or a voicemail being recorded. */
        VoiceCallEvent: {
            /** @description The account's id. */
            account_id?: number | null;
            /** @description The call the event belongs to. */
            call_id: number;
            /** @description When the event happened. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description The customer involved (null when none). */
            customer_id?: number | null;
            /** @description The event's id. */
            id: number;
            /** @description Details that depend on the type. The docs' example shows them serialized as a string, their schema as an object; both are accepted. */
            meta?: Record<string, unknown> | string | null;
            /**
             * @description What happened (the docs list 33 types; typical ones below).
             * @example incoming-phone-call
             * @example phone-call-ringing
             * @example phone-call-answered
             * @example completed-phone-call
             * @example voicemail-recording
             * @example call-recording
             * @example missed-phone-call
             */
            type: string;
            /** @description The agent involved (null when none). */
            user_id?: number | null;
        };
        /** @description A page of voice calls, newest first. */
        VoiceCallList: {
            /** @description The calls on this page. */
            data: components["schemas"]["VoiceCall"][];
            meta: components["schemas"]["ListMeta"];
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The request URI of this page. */
            uri: string;
        };
        /**
         * @description The audio of a recorded call or a voicemail. `url` is a direct link to the audio: treat it as
         *     sensitive, like the conversation itself.
         */
        VoiceCallRecording: {
            /** @description The call that was recorded. */
            call_id: number;
            /** @description When the recording was made. */
            created_datetime: components["schemas"]["Datetime"];
            /** @description The user who deleted it. */
            deleted_by_user_id?: number | null;
            /** @description When the recording was deleted; null while it exists. */
            deleted_datetime?: components["schemas"]["NullableDatetime"];
            /** @description Length in seconds. */
            duration?: number | null;
            /**
             * @description Why there is no `url`.
             * @enum {string|null}
             */
            error_code?: "RECORDING_IS_PRIVATE" | null;
            /** @description The recording's id at the telephony provider. */
            external_id?: string | null;
            /** @description The recording's id. */
            id: number;
            /**
             * @description State of the recording's transcription.
             * @enum {string|null}
             */
            transcription_status?: "requested" | "completed" | "failed" | "recording_too_short" | "recording_too_long" | "low_quality_transcription" | null;
            /**
             * @description A recorded call or a voicemail.
             * @enum {string}
             */
            type: "call-recording" | "voicemail";
            /** @description Direct link to the audio; null when `error_code` says why there is none. */
            url?: string | null;
        };
        /**
         * @description A widget, a block in the ticket or customer sidebar that shows an integration's data.
         * @example {
         *       "id": 1,
         *       "uri": "/api/widgets/1/",
         *       "type": "http",
         *       "context": "ticket",
         *       "template": {
         *         "type": "wrapper",
         *         "widgets": [
         *           {
         *             "path": "order",
         *             "title": "Last order",
         *             "type": "card"
         *           }
         *         ]
         *       },
         *       "order": 0,
         *       "integration_id": 12,
         *       "app_id": null,
         *       "created_datetime": "2024-01-01T10:00:00.000000+00:00",
         *       "updated_datetime": "2024-01-01T10:00:00.000000+00:00",
         *       "deactivated_datetime": null
         *     }
         */
        Widget: {
            /** @description The app whose data the widget shows (`customer_external_data` widgets only). */
            app_id?: string | null;
            context: components["schemas"]["WidgetContext"];
            /** @description When the widget was created. */
            created_datetime?: components["schemas"]["NullableDatetime"];
            /** @description When the widget was deactivated; null while it is shown. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The widget's id. */
            id: number;
            /** @description The HTTP integration whose data the widget shows (`http` widgets only). */
            integration_id?: number | null;
            /** @description Position among the widgets; lower shows first. */
            order: number;
            template: components["schemas"]["WidgetTemplate"];
            type: components["schemas"]["WidgetType"];
            /** @description When the widget was last changed. */
            updated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description API path of the widget. */
            uri: string;
        };
        /**
         * @description Where the widget is shown. `user` is deprecated; use `customer`.
         * @example ticket
         * @enum {string}
         */
        WidgetContext: "ticket" | "customer" | "user";
        /**
         * @description Body to create a widget.
         * @example {
         *       "type": "http",
         *       "context": "ticket",
         *       "template": {
         *         "type": "wrapper",
         *         "widgets": [
         *           {
         *             "path": "order",
         *             "title": "Last order",
         *             "type": "card"
         *           }
         *         ]
         *       },
         *       "integration_id": 12
         *     }
         */
        WidgetCreate: {
            /** @description The app whose data the widget shows (`customer_external_data` widgets only). */
            app_id?: string | null;
            /** @default ticket */
            context?: components["schemas"]["WidgetContext"];
            /** @description Set to create the widget deactivated. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The HTTP integration whose data the widget shows (`http` widgets only). */
            integration_id?: number | null;
            /**
             * @description Position among the widgets; lower shows first.
             * @default 0
             */
            order?: number;
            template: components["schemas"]["WidgetTemplate"];
            type: components["schemas"]["WidgetType"];
        };
        /**
         * @description The widget's layout: a root `{type: "wrapper", widgets: [...]}` whose widgets each name a
         *     `path` in the integration's data, a `title` and a `type` (such as `card` or `text`), and may
         *     nest `widgets` of their own.
         * @example {
         *       "type": "wrapper",
         *       "widgets": [
         *         {
         *           "path": "order",
         *           "title": "Last order",
         *           "type": "card",
         *           "widgets": [
         *             {
         *               "path": "status",
         *               "title": "Status",
         *               "type": "text"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        WidgetTemplate: {
            /** @description The root element's type, `wrapper`. */
            type: string;
            /** @description The elements inside the wrapper. */
            widgets?: Record<string, unknown>[];
        };
        /**
         * @description What a widget shows data from.
         * @example http
         * @enum {string}
         */
        WidgetType: "bigcommerce" | "custom" | "customer_external_data" | "http" | "magento2" | "recharge" | "shopify" | "smile" | "standalone" | "yotpo" | "klaviyo" | "stripe" | "woocommerce";
        /**
         * @description Body to update a widget; every field is optional and only the fields sent change.
         * @example {
         *       "order": 2
         *     }
         */
        WidgetUpdate: {
            /** @description The app whose data the widget shows (`customer_external_data` widgets only). */
            app_id?: string | null;
            context?: components["schemas"]["WidgetContext"];
            /** @description Set to deactivate the widget, null to show it again. */
            deactivated_datetime?: components["schemas"]["NullableDatetime"];
            /** @description The HTTP integration whose data the widget shows (`http` widgets only). */
            integration_id?: number | null;
            /** @description Position among the widgets; lower shows first. */
            order?: number;
            template?: components["schemas"]["WidgetTemplate"];
            type?: components["schemas"]["WidgetType"];
        };
    };
    responses: {
        /** @description The request was invalid, with a missing or invalid parameter or an unknown field specified. Beyond what the schemas say, a request is also refused with 400 when: an id in the body or query names no record (`data` names the field, such as `ids.0` or `view_id`); a cursor is not one the list issued for the same `order_by`; a view filter does not parse (see `ViewFilter`); the body is not UTF-8 JSON, is nested deeper than 32 levels of objects and arrays, or has a field named `__proto__`, `constructor` or `prototype` (limits of the gorgias-kit mock; the Gorgias docs state none). */
        BadRequest: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Invalid request: subject must be at most 998 characters.",
                 *         "data": {
                 *           "subject": "Longer than maximum length 998."
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request would create or update a resource with a duplicate identifier. */
        Conflict: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "A customer with this email already exists."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The customer was merged into another record. Follow `Location` to the surviving customer. */
        CustomerMovedPermanently: {
            headers: {
                Location: components["headers"]["Location"];
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The credential lacks permission for this request, for example an OAuth token without the needed scope. */
        Forbidden: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Missing required scope: tickets:write."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was valid but something went wrong on Gorgias's side; this is rare. */
        InternalServerError: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Internal server error."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The path exists but does not take this HTTP method (HTTP's standard answer; the Gorgias docs' status table does not list it, and the mock answers it before checking credentials). The `Allow` header lists the methods the path takes. It is documented on every operation of the path, since any other method sent to that path gets it. */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Method PATCH is not allowed on /api/tickets; use GET, POST.",
                 *         "data": {
                 *           "method": "Allowed: GET, POST."
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Done; there is no body. */
        NoContent: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource does not exist, for example a deleted ticket or customer. */
        NotFound: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Resource not found."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The payload is too large, most often a file upload over the limit. A JSON body over the size limit gets it too; the Gorgias docs give no figure for JSON bodies (the mock refuses bodies over 1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Payload too large."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests in the rate-limit window; the dropped request was not processed. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Too many requests."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was not authenticated: the API key or token is missing, invalid, or expired. */
        Unauthorized: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Unauthorized."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request has a body that is not JSON: its `Content-Type` is missing or is not `application/json` (or another `application/*+json` type). HTTP's standard answer; the Gorgias docs' status table does not list it. */
        UnsupportedMediaType: {
            headers: {
                "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "msg": "Unsupported content type \"text/plain\": send the body as application/json.",
                 *         "data": {
                 *           "content-type": "Expected application/json."
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Only items of this voice call.
         * @example 1
         */
        CallIdQuery: number;
        /**
         * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
         *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
         *     it and with the same `order_by` as the page it came from; any other string (including a cursor
         *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
         *     Leave the parameter out for the first page.
         * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
         */
        Cursor: string;
        /**
         * @description The id of the customer.
         * @example 42
         */
        CustomerIdPath: number;
        /**
         * @description The id of the resource to delete.
         * @example 2
         */
        DeletedIdPath: number;
        /**
         * @description The id of the resource.
         * @example 1
         */
        IdPath: number;
        /**
         * @description Maximum number of items on the page.
         * @example 30
         */
        Limit: number;
        /**
         * @description The id of the message.
         * @example 10
         */
        MessageIdPath: number;
        /**
         * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
         *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
         *     it and with the same `order_by` as the page it came from; any other string (including a cursor
         *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
         *     Leave the parameter out for the first page.
         * @example WyJuYW1lOmFzYyIsIm4iLDMsImFpZGFuIHNjaG9lbiJd
         */
        NameAscCursor: string;
        /**
         * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page of the same
         *     query. Leave it out for the first page; any other string is refused with 400.
         * @example WyJyZXBvcnRpbmciLDMwXQ
         */
        ReportingCursor: string;
        /**
         * @description The legacy statistic's name, such as `overview`, `support-volume`, `total-tickets-created`,
         *     `median-first-response-time`, `tickets-per-tag`, `tickets-closed-per-agent` or
         *     `satisfaction-surveys`. An unknown name is not found (404).
         * @example support-volume
         */
        StatisticNamePath: string;
        /**
         * @description The id of the ticket.
         * @example 1
         */
        TicketIdPath: number;
        /**
         * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
         *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
         *     it and with the same `order_by` as the page it came from; any other string (including a cursor
         *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
         *     Leave the parameter out for the first page.
         * @example WyJ1c2FnZTpkZXNjIiwibiIsMTAsNDdd
         */
        UsageCursor: string;
        /**
         * @description The id of the view.
         * @example 1
         */
        ViewIdPath: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The HTTP methods the path takes, comma-separated (RFC 9110, section 10.2.1).
         * @example GET, POST
         */
        Allow: string;
        /**
         * @description URL of the surviving record after a merge.
         * @example /api/customers/42
         */
        Location: string;
        /**
         * @description Seconds to wait before retrying. The over-limit request was dropped, not processed.
         * @example 4
         */
        RetryAfter: number;
        /**
         * @description Usage of the account's rate limit as `{used}/{limit}`, for example `10/80`. The limit is a
         *     leaky bucket shared by every integration of the account, so `used` counts other apps' calls too.
         * @example 10/80
         */
        XGorgiasAccountApiCallLimit: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the account that owns the file, as its URL names it.
                 * @example acme0a1b2c3d
                 */
                domain_hash: string;
                /**
                 * @description The file's type, as its URL names it (such as `attachment`).
                 * @example attachment
                 */
                file_type: string;
                /**
                 * @description The file's name in storage, with its extension, as its URL names it.
                 * @example invoice-1.pdf
                 */
                resource_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's signed URL, in `Location`; there is no body. */
            307: {
                headers: {
                    /**
                     * @description The signed, time-limited URL of the file's bytes.
                     * @example https://storage.acme.invalid/attachments/invoice-1.pdf?expires=1707947000&signature=3f9a
                     */
                    Location?: string;
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listAccountSettings: {
        parameters: {
            query?: {
                /**
                 * @description Only the settings of this type, such as `business-hours`.
                 * @example business-hours
                 */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's settings. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAccountSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSettingWrite"];
            };
        };
        responses: {
            /** @description The created setting. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateAccountSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSettingWrite"];
            };
        };
        responses: {
            /** @description The updated setting. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomFields: {
        parameters: {
            query: {
                /**
                 * @description true for retired fields only, false for active fields only; both when left out.
                 * @example false
                 */
                archived?: boolean;
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page, valid with
                 *     the same `order_by`; leave it out for the first page.
                 * @example WyJwcmlvcml0eTphc2MiLCJuIiwxLDFd
                 */
                cursor?: string;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Whose fields to list, tickets' or customers'.
                 * @example Ticket
                 */
                object_type: components["schemas"]["CustomFieldObjectType"];
                /**
                 * @description Sort by display priority.
                 * @example priority:asc
                 */
                order_by?: "priority:asc" | "priority:desc";
                /**
                 * @description Only fields whose label contains this text (case-insensitive).
                 * @example reason
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom fields. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldBulkUpdate"];
            };
        };
        responses: {
            /** @description The changed custom fields. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldArray"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreate"];
            };
        };
        responses: {
            /** @description The created custom field. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom field. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description The updated custom field. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Only customers with a channel at this exact address.
                 * @example jane.doe@example.com
                 */
                channel_address?: string;
                /**
                 * @description Only customers with a channel of this type, such as `email` or `phone`; usually combined with `channel_address`.
                 * @example email
                 */
                channel_type?: string;
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only customers with this primary email address.
                 * @example jane.doe@example.com
                 */
                email?: string;
                /**
                 * @description Only customers with this external id.
                 * @example cus_1001
                 */
                external_id?: string;
                /**
                 * @description Only customers with this preferred language (ISO 639-1).
                 * @example en
                 */
                language?: string;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only customers with this full name.
                 * @example Jane Doe
                 */
                name?: string;
                /**
                 * @description Attribute and direction to sort by; newest first when left out.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "updated_datetime:asc" | "updated_datetime:desc";
                /**
                 * @description Only customers with this preferred timezone (IANA name).
                 * @example America/New_York
                 */
                timezone?: string;
                /**
                 * @description Only customers matching this view.
                 * @example 7
                 */
                view_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreate"];
            };
        };
        responses: {
            /** @description The created customer. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdList"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomerCustomFieldValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the customer.
                 * @example 42
                 */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's custom field values. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCustomFieldValueList"];
                };
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setCustomerCustomFieldValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the customer.
                 * @example 42
                 */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldValueSet"];
            };
        };
        responses: {
            /** @description The customer's custom field values after the change. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCustomFieldValueList"];
                };
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCustomerCustomFieldValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the customer.
                 * @example 42
                 */
                customer_id: components["parameters"]["CustomerIdPath"];
                /**
                 * @description The id of the custom field definition whose value to set.
                 * @example 3
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldScalar"];
            };
        };
        responses: {
            /** @description The customer's value of the field. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCustomFieldValue"];
                };
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteCustomerCustomFieldValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the customer.
                 * @example 42
                 */
                customer_id: components["parameters"]["CustomerIdPath"];
                /**
                 * @description The id of the custom field definition whose value to clear.
                 * @example 4
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setCustomerData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the customer.
                 * @example 42
                 */
                customer_id: components["parameters"]["CustomerIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerDataSet"];
            };
        };
        responses: {
            /** @description Accepted; there is no body. A stale `version` is ignored with the same answer. */
            202: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCustomer: {
        parameters: {
            query?: {
                /**
                 * @description Related data to embed. `custom_fields` adds the `custom_fields` map.
                 * @example [
                 *       "custom_fields"
                 *     ]
                 */
                relationships?: "custom_fields"[];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdate"];
            };
        };
        responses: {
            /** @description The updated customer. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            301: components["responses"]["CustomerMovedPermanently"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    mergeCustomers: {
        parameters: {
            query: {
                /**
                 * @description Id of the customer merged into the target. It is deleted by the merge; later requests to it answer 301.
                 * @example 43
                 */
                source_id: number;
                /**
                 * @description Id of the surviving (target) customer, which keeps its id and receives the merged data.
                 * @example 42
                 */
                target_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerMerge"];
            };
        };
        responses: {
            /** @description The surviving customer, with the merged data. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events created in this range, as bracketed keys such as
                 *     `created_datetime[gte]=2024-02-01T00:00:00+00:00`.
                 * @example {
                 *       "gte": "2024-02-01T00:00:00+00:00"
                 *     }
                 */
                created_datetime?: {
                    /** @description Strictly after this datetime. */
                    gt?: components["schemas"]["Datetime"];
                    /** @description At or after this datetime. */
                    gte?: components["schemas"]["Datetime"];
                    /** @description Strictly before this datetime. */
                    lt?: components["schemas"]["Datetime"];
                    /** @description At or before this datetime. */
                    lte?: components["schemas"]["Datetime"];
                };
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only events about the object with this id (use with `object_type`).
                 * @example 1
                 */
                object_id?: number;
                /**
                 * @description Only events about objects of this kind; requires `object_id`.
                 * @example Ticket
                 */
                object_type?: "Account" | "Macro" | "Tag" | "Customer" | "Team" | "View" | "Widget" | "User" | "TicketMessage" | "Ticket" | "Rule" | "Integration" | "SatisfactionSurvey";
                /**
                 * @description Attribute and direction to sort by, newest first when left out. The bare value
                 *     `created_datetime` is a deprecated form the live API still takes; this spec reads it as
                 *     `created_datetime:desc` (the direction is inferred).
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "created_datetime";
                /**
                 * @description Only events of these types. Repeat the key for each type (`types=ticket-created&types=ticket-updated`).
                 * @example [
                 *       "ticket-created",
                 *       "ticket-message-created"
                 *     ]
                 */
                types?: components["schemas"]["EventType"][];
                /**
                 * @description Only events caused by these users. Repeat the key for each id.
                 * @example [
                 *       5
                 *     ]
                 */
                user_ids?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, newest first by default. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
                /**
                 * @description Only integrations of this kind. The filter accepts the 24 kinds the docs list (every known
                 *     `IntegrationType` except `self_service`).
                 * @example http
                 */
                type?: "email" | "gmail" | "outlook" | "app" | "aircall" | "facebook" | "gorgias_chat" | "phone" | "sms" | "twitter" | "yotpo" | "whatsapp" | "http" | "shopify" | "recharge" | "smile" | "smooch_inside" | "smooch" | "magento2" | "zendesk" | "klaviyo" | "bigcommerce" | "alloy" | "ecom";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of integrations. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationCreate"];
            };
        };
        responses: {
            /** @description The created integration. `http.hmac_secret` is never returned. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationUpdate"];
            };
        };
        responses: {
            /** @description The updated integration. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
                /**
                 * @description Only jobs in this status.
                 * @example done
                 */
                status?: components["schemas"]["JobStatus"];
                /**
                 * @description Only jobs of this type.
                 * @example updateTicket
                 */
                type?: components["schemas"]["JobType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobCreate"];
            };
        };
        responses: {
            /** @description The created job. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobUpdate"];
            };
        };
        responses: {
            /** @description The updated job. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMacros: {
        parameters: {
            query?: {
                /**
                 * @description When true, only archived macros; when false (the default), only active ones.
                 * @example false
                 */
                archived?: boolean;
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJ1c2FnZTpkZXNjIiwibiIsMTAsNDdd
                 */
                cursor?: components["parameters"]["UsageCursor"];
                /**
                 * @description Only macros in any of these languages (ISO 639-1).
                 * @example [
                 *       "en",
                 *       "fr"
                 *     ]
                 */
                languages?: string[];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Rank macros by how well they fit a reply to this message of the ticket; used with
                 *     `ticket_id` and a `relevance` order, ignored otherwise.
                 * @example 1
                 */
                message_id?: number | null;
                /**
                 * @description How many macros the relevance ranking suggests; used with a `relevance` order.
                 * @example 3
                 */
                number_predictions?: number;
                /**
                 * @description Attribute and direction to sort by; `usage` (most used first) when left out. The
                 *     `relevance` orderings need `ticket_id`. The bare values `name`, `created_datetime`,
                 *     `updated_datetime`, `usage`, `relevance` and `language` are deprecated forms the live API
                 *     still takes; this spec reads `name` and `language` as ascending and the others as
                 *     descending (the directions are inferred).
                 * @example usage
                 */
                order_by?: "name:asc" | "name:desc" | "created_datetime:asc" | "created_datetime:desc" | "updated_datetime:asc" | "updated_datetime:desc" | "usage:asc" | "usage:desc" | "language:asc" | "language:desc" | "relevance:asc" | "relevance:desc" | "name" | "created_datetime" | "updated_datetime" | "usage" | "relevance" | "language";
                /**
                 * @description Only macros containing this text.
                 * @example refund
                 */
                search?: string;
                /**
                 * @description Only macros carrying all of these tags (tag names).
                 * @example [
                 *       "refund"
                 *     ]
                 */
                tags?: string[];
                /**
                 * @description Rank macros by how well they fit a reply on this ticket: required with a `relevance`
                 *     order (without it such an order answers 400), ignored with any other order.
                 * @example 1
                 */
                ticket_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of macros. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMacro: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MacroCreate"];
            };
        };
        responses: {
            /** @description The created macro. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Macro"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMacro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The macro. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Macro"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateMacro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MacroUpdate"];
            };
        };
        responses: {
            /** @description The updated macro. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Macro"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMacro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    archiveMacros: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MacroIdBatch"];
            };
        };
        responses: {
            /** @description One result per id; some may have failed. */
            207: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroArchiveResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    unarchiveMacros: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MacroIdBatch"];
            };
        };
        responses: {
            /** @description One result per id; some may have failed. */
            207: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroUnarchiveResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
                /**
                 * @description Only messages of this ticket.
                 * @example 1
                 */
                ticket_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    searchMetricCards: {
        parameters: {
            query?: {
                /**
                 * @description Only the cards of this category.
                 * @example support-performance
                 */
                category?: string;
                /**
                 * @description `deprecated`: add the deprecated cards to the published ones.
                 * @example deprecated
                 */
                include?: "deprecated";
                /**
                 * @description Words to find in a card's title or explanation, case-insensitive.
                 * @example response
                 */
                q?: string;
                /**
                 * @description Only the cards of this status.
                 * @example published
                 */
                status?: "published" | "deprecated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching cards. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCardList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMetricCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The metric's slug, such as `first-response-time`.
                 * @example first-response-time
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listVoiceCallEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only items of this voice call.
                 * @example 1
                 */
                call_id?: components["parameters"]["CallIdQuery"];
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, as a bare array. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCallEvent"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVoiceCallEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCallEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listVoiceCallRecordings: {
        parameters: {
            query?: {
                /**
                 * @description Only items of this voice call.
                 * @example 1
                 */
                call_id?: components["parameters"]["CallIdQuery"];
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recordings, as a bare array. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCallRecording"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVoiceCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCallRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteVoiceCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listVoiceCalls: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only calls logged on this ticket.
                 * @example 1
                 */
                ticket_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCallList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVoiceCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceCall"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    queryReportingStats: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page of the same
                 *     query. Leave it out for the first page; any other string is refused with 400.
                 * @example WyJyZXBvcnRpbmciLDMwXQ
                 */
                cursor?: components["parameters"]["ReportingCursor"];
                /**
                 * @description Maximum number of rows on the page.
                 * @example 30
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportingStatsRequest"];
            };
        };
        responses: {
            /** @description A page of the statistic's rows. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRules: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of rules to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleCreate"];
            };
        };
        responses: {
            /** @description The created rule. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleUpdate"];
            };
        };
        responses: {
            /** @description The updated rule. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRulePriorities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulePriorities"];
            };
        };
        responses: {
            /** @description The rules whose priority was set. */
            202: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSatisfactionSurveys: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
                /**
                 * @description Only the survey of this ticket.
                 * @example 1
                 */
                ticket_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The surveys. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionSurveyCreate"];
            };
        };
        responses: {
            /** @description The created survey. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSatisfactionSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionSurveyUpdate"];
            };
        };
        responses: {
            /** @description The updated survey. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description The matches, as `{data: [...]}` or as a bare array. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"] | components["schemas"]["SearchResult"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatistic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The legacy statistic's name, such as `overview`, `support-volume`, `total-tickets-created`,
                 *     `median-first-response-time`, `tickets-per-tag`, `tickets-closed-per-agent` or
                 *     `satisfaction-surveys`. An unknown name is not found (404).
                 * @example support-volume
                 */
                name: components["parameters"]["StatisticNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatisticRequest"];
            };
        };
        responses: {
            /** @description The statistic. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadStatistic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The legacy statistic's name, such as `overview`, `support-volume`, `total-tickets-created`,
                 *     `median-first-response-time`, `tickets-per-tag`, `tickets-closed-per-agent` or
                 *     `satisfaction-surveys`. An unknown name is not found (404).
                 * @example support-volume
                 */
                name: components["parameters"]["StatisticNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatisticRequest"];
            };
        };
        responses: {
            /** @description The statistic as CSV, a header row first. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example date,tickets created,tickets closed
                     *     2024-02-01,12,9
                     *     2024-02-02,8,11
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by, newest first when left out. The `usage` orderings
                 *     break ties by name. The bare values `created_datetime`, `name` and `usage` are deprecated
                 *     forms the live API still takes; this spec reads them as `created_datetime:desc`,
                 *     `name:asc` and `usage:desc` (the directions are inferred).
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "name:asc" | "name:desc" | "usage:asc,name:asc" | "usage:desc,name:desc" | "created_datetime" | "name" | "usage";
                /**
                 * @description Only tags whose name contains this text (case-insensitive).
                 * @example refund
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"];
            };
        };
        responses: {
            /** @description The created tag. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdList"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    mergeTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the tag that is kept and receives the merged tags.
                 * @example 3
                 */
                destination_tag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagMerge"];
            };
        };
        responses: {
            /** @description Accepted: the merge is done and the body is the kept tag. */
            202: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            /** @description The updated tag. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "name:asc" | "name:desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreate"];
            };
        };
        responses: {
            /** @description The created team. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamUpdate"];
            };
        };
        responses: {
            /** @description The updated team. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only tickets of this customer.
                 * @example 42
                 */
                customer_id?: number;
                /**
                 * @description Only tickets with this external id.
                 * @example order-1001
                 */
                external_id?: string;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "updated_datetime:asc" | "updated_datetime:desc";
                /**
                 * @description Only tickets linked to this rule (a filter the live API names; its exact meaning is inferred).
                 * @example 9
                 */
                rule_id?: number;
                /**
                 * @description Only these tickets, at most 100 ids.
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                ticket_ids?: number[];
                /**
                 * @description Whether to include trashed tickets. The live API includes them when this is absent.
                 * @example false
                 */
                trashed?: boolean;
                /**
                 * @description Only tickets matching this view, in its order. A view id that names no view is refused with 400.
                 * @example 7
                 */
                view_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketCreate"];
            };
        };
        responses: {
            /** @description The created ticket. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicket: {
        parameters: {
            query?: {
                /**
                 * @description Related data to embed. `custom_fields` adds the `custom_fields` map.
                 * @example [
                 *       "custom_fields"
                 *     ]
                 */
                relationships?: "custom_fields"[];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketUpdate"];
            };
        };
        responses: {
            /** @description The updated ticket. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTicketCustomFieldValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket's custom field values. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCustomFieldValueList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTicketCustomFieldValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldValueSet"];
            };
        };
        responses: {
            /** @description The ticket's custom field values after the change. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCustomFieldValueList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTicketCustomFieldValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the custom field definition whose value to set.
                 * @example 1
                 */
                id: number;
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldScalar"];
            };
        };
        responses: {
            /** @description The ticket's value of the field. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCustomFieldValue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicketCustomFieldValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the custom field definition whose value to clear.
                 * @example 2
                 */
                id: number;
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTicketMessages: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page of this
                 *     list; leave it out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmFzYyIsIm4iLDEsMTcwNDI3NDIwMDAwMF0
                 */
                cursor?: string;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the ticket's messages. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTicketMessage: {
        parameters: {
            query?: {
                /**
                 * @description What to do when an external action tied to the message (such as a call to another
                 *     service) has failed: `force` skips the failed action, runs the remaining ones and sends
                 *     the message; `retry` runs the failed action again; `cancel` deletes the message. Without
                 *     a failed action the value changes nothing.
                 * @example retry
                 */
                action?: "force" | "retry" | "cancel";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketMessageCreate"];
            };
        };
        responses: {
            /** @description The created message. Gorgias sends it asynchronously and fills `sent_datetime` once it is sent. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the message.
                 * @example 10
                 */
                id: components["parameters"]["MessageIdPath"];
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTicketMessage: {
        parameters: {
            query?: {
                /**
                 * @description What to do when an external action tied to the message (such as a call to another
                 *     service) has failed: `force` skips the failed action, runs the remaining ones and sends
                 *     the message; `retry` runs the failed action again; `cancel` deletes the message. Without
                 *     a failed action the value changes nothing.
                 * @example retry
                 */
                action?: "force" | "retry" | "cancel";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the message.
                 * @example 10
                 */
                id: components["parameters"]["MessageIdPath"];
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketMessageUpdate"];
            };
        };
        responses: {
            /** @description Accepted: the updated message. */
            202: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the message.
                 * @example 10
                 */
                id: components["parameters"]["MessageIdPath"];
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTicketTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags of the ticket, as a plain array. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTicketTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ids of existing tags. */
                    ids?: number[];
                    /** @description Names of tags (case-sensitive). */
                    names?: string[];
                };
            };
        };
        responses: {
            /** @description Accepted: the tags were replaced; there is no body. */
            202: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addTicketTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTagsChange"];
            };
        };
        responses: {
            /** @description The tags were added; there is no body. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeTicketTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the ticket.
                 * @example 1
                 */
                ticket_id: components["parameters"]["TicketIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTagsChange"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    uploadFiles: {
        parameters: {
            query?: {
                /**
                 * @description What the files are for; a private attachment unless said otherwise.
                 * @example attachment
                 */
                type?: components["schemas"]["FileUploadType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The stored files, as a bare array, one per uploaded part. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description The request's body is not `multipart/form-data` (with its boundary). HTTP's standard answer; the Gorgias docs' status table does not list it. */
            415: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "msg": "Unsupported content type \"application/json\": send the files as multipart/form-data.",
                     *         "data": {
                     *           "content-type": "Expected multipart/form-data."
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description List available users first (named by the live API; exact behaviour inferred).
                 * @example false
                 */
                available_first?: boolean;
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJuYW1lOmFzYyIsIm4iLDMsImFpZGFuIHNjaG9lbiJd
                 */
                cursor?: components["parameters"]["NameAscCursor"];
                /**
                 * @description Only the user with this email address.
                 * @example alex@acme.com
                 */
                email?: string;
                /**
                 * @description Only users with this external id.
                 * @example emp-204
                 */
                external_id?: string;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by; alphabetical by name when left out.
                 * @example name:asc
                 */
                order_by?: "name:asc" | "name:desc" | "email:asc" | "email:desc" | "created_datetime:asc" | "created_datetime:desc" | "role.name:asc" | "role.name:desc";
                /**
                 * @description Only users with one of these roles (the filter takes only these seven).
                 * @example [
                 *       "admin",
                 *       "agent"
                 *     ]
                 */
                roles?: ("admin" | "agent" | "basic-agent" | "bot" | "internal-agent" | "lite-agent" | "observer-agent")[];
                /**
                 * @description Only users matching this search text.
                 * @example alex
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the user. `0` means the authenticated user (the owner of the API key or token).
                 * @example 5
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the user. `0` means the authenticated user (the owner of the API key or token).
                 * @example 5
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listViews: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of views. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewCreate"];
            };
        };
        responses: {
            /** @description The created view. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewUpdate"];
            };
        };
        responses: {
            /** @description The updated view. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listViewItems: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor naming a position in the view's items: the `cursor` query parameter of
                 *     `meta.next_items` or `meta.prev_items` of a previous page (sent with their `direction`).
                 *     Leave it out for the first page. A cursor is valid only with the same `order_by` as the
                 *     page it came from; any other string is refused with 400 and the error's `data.cursor`
                 *     says why.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: string;
                /**
                 * @description Which way to page from `cursor`: `next` (items after it) or `prev` (items before it).
                 *     `next_items` and `prev_items` carry it. The documentation types it as nullable: leaving it
                 *     out is its null, and the cursor's own direction applies.
                 * @example next
                 */
                direction?: "prev" | "next";
                /**
                 * @description Id of a ticket to leave out, useful when items move between pages while paging.
                 * @example 1
                 */
                ignored_item?: number;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by; overrides the view's own order.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "updated_datetime:asc" | "updated_datetime:desc" | "last_message_datetime:asc" | "last_message_datetime:desc" | "last_received_message_datetime:asc" | "last_received_message_datetime:desc" | "closed_datetime:asc" | "closed_datetime:desc" | "snooze_datetime:asc" | "snooze_datetime:desc" | "priority:asc" | "priority:desc";
            };
            header?: never;
            path: {
                /**
                 * @description The id of the view.
                 * @example 1
                 */
                view_id: components["parameters"]["ViewIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the tickets that match the view. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    searchViewItems: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Which way to page from `cursor`, `next` (items after it) or `prev` (items before it).
                 * @example next
                 */
                direction?: "prev" | "next";
                /**
                 * @description Id of a ticket to leave out, useful when items move between pages while paging.
                 * @example 1
                 */
                ignored_item?: number;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by; overrides the view's own order.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "updated_datetime:asc" | "updated_datetime:desc" | "last_message_datetime:asc" | "last_message_datetime:desc" | "last_received_message_datetime:asc" | "last_received_message_datetime:desc" | "closed_datetime:asc" | "closed_datetime:desc" | "snooze_datetime:asc" | "snooze_datetime:desc" | "priority:asc" | "priority:desc";
            };
            header?: never;
            path: {
                /**
                 * @description The id of a saved view, or 0 for a view defined only by the body.
                 * @example 0
                 */
                view_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewItemsSearch"];
            };
        };
        responses: {
            /** @description A page of the tickets that match the view. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listWidgets: {
        parameters: {
            query?: {
                /**
                 * @description Only widgets of this app.
                 * @example loyalty-app
                 */
                app_id?: string;
                /**
                 * @description Opaque cursor from `meta.next_cursor` or `meta.prev_cursor` of a previous page. Cursors are
                 *     short-lived: page with them, do not store them. A cursor is valid only on the list that issued
                 *     it and with the same `order_by` as the page it came from; any other string (including a cursor
                 *     issued for another `order_by`) is refused with 400 and the error's `data.cursor` says why.
                 *     Leave the parameter out for the first page.
                 * @example WyJjcmVhdGVkX2RhdGV0aW1lOmRlc2MiLCJuIiwzMSwxNzA0MzI4MjAwMDAwXQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only widgets of this HTTP integration.
                 * @example 12
                 */
                integration_id?: number;
                /**
                 * @description Maximum number of items on the page.
                 * @example 30
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Attribute and direction to sort by.
                 * @example created_datetime:desc
                 */
                order_by?: "created_datetime:asc" | "created_datetime:desc" | "order:asc" | "order:desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widgets. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetCreate"];
            };
        };
        responses: {
            /** @description The created widget. */
            201: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource.
                 * @example 1
                 */
                id: components["parameters"]["IdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetUpdate"];
            };
        };
        responses: {
            /** @description The updated widget. */
            200: {
                headers: {
                    "X-Gorgias-Account-Api-Call-Limit": components["headers"]["XGorgiasAccountApiCallLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the resource to delete.
                 * @example 2
                 */
                id: components["parameters"]["DeletedIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    onTicketAssignmentUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketHandedOver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketMessageCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketMessageFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketSelfUnsnoozed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketStatusUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTicketUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The integration's own request body: its `form` rendered against this context. Shown here as it arrives when the `form` is the whole context (`"{{context}}"`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HttpIntegrationDelivery"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery (Gorgias treats any 2xx as success). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
