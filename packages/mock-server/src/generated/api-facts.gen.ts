/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** Facts the mock's behaviour follows that no other package needs (rate limits and OAuth facts are in `@gorgias-kit/spec/facts`). */
export const apiFacts = {
  "webhookEvents": [
    {
      "event": "ticket-created",
      "objectType": "Ticket",
      "area": "tickets",
      "triggeredBy": [
        "createTicket"
      ]
    },
    {
      "event": "ticket-deleted",
      "objectType": "Ticket",
      "area": "tickets",
      "triggeredBy": [
        "deleteTicket"
      ]
    },
    {
      "event": "ticket-message-created",
      "objectType": "TicketMessage",
      "area": "ticket-messages",
      "triggeredBy": [
        "createTicketMessage"
      ]
    },
    {
      "event": "ticket-message-deleted",
      "objectType": "TicketMessage",
      "area": "ticket-messages",
      "triggeredBy": [
        "deleteTicketMessage"
      ]
    },
    {
      "event": "customer-created",
      "objectType": "Customer",
      "area": "customers",
      "triggeredBy": [
        "createCustomer"
      ]
    },
    {
      "event": "customer-merged",
      "objectType": "Customer",
      "area": "customers",
      "triggeredBy": [
        "mergeCustomers"
      ]
    },
    {
      "event": "customer-deleted",
      "objectType": "Customer",
      "area": "customers",
      "triggeredBy": [
        "deleteCustomer"
      ]
    },
    {
      "event": "user-created",
      "objectType": "User",
      "area": "users",
      "triggeredBy": [
        "createUser"
      ]
    },
    {
      "event": "user-deleted",
      "objectType": "User",
      "area": "users",
      "triggeredBy": [
        "deleteUser"
      ]
    },
    {
      "event": "tag-created",
      "objectType": "Tag",
      "area": "tags",
      "triggeredBy": [
        "createTag"
      ]
    },
    {
      "event": "tag-updated",
      "objectType": "Tag",
      "area": "tags",
      "triggeredBy": [
        "updateTag"
      ]
    },
    {
      "event": "integration-created",
      "objectType": "Integration",
      "area": "integrations",
      "triggeredBy": [
        "createIntegration"
      ]
    },
    {
      "event": "integration-deleted",
      "objectType": "Integration",
      "area": "integrations",
      "triggeredBy": [
        "deleteIntegration"
      ]
    }
  ]
} as const;

export type WebhookEventName = (typeof apiFacts.webhookEvents)[number]["event"];
