/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** Facts the mock's behaviour follows that no other package needs (rate limits and OAuth facts are in `@gorgias-kit/spec/facts`). */
export const apiFacts = {
  "events": [
    {
      "event": "ticket-created",
      "objectType": "Ticket",
      "area": "tickets",
      "producedBy": [
        "createTicket"
      ]
    },
    {
      "event": "ticket-deleted",
      "objectType": "Ticket",
      "area": "tickets",
      "producedBy": [
        "deleteTicket"
      ]
    },
    {
      "event": "ticket-message-created",
      "objectType": "TicketMessage",
      "area": "ticket-messages",
      "producedBy": [
        "createTicketMessage"
      ]
    },
    {
      "event": "ticket-message-deleted",
      "objectType": "TicketMessage",
      "area": "ticket-messages",
      "producedBy": [
        "deleteTicketMessage"
      ]
    },
    {
      "event": "customer-created",
      "objectType": "Customer",
      "area": "customers",
      "producedBy": [
        "createCustomer"
      ]
    },
    {
      "event": "customer-merged",
      "objectType": "Customer",
      "area": "customers",
      "producedBy": [
        "mergeCustomers"
      ]
    },
    {
      "event": "customer-deleted",
      "objectType": "Customer",
      "area": "customers",
      "producedBy": [
        "deleteCustomer"
      ]
    },
    {
      "event": "user-created",
      "objectType": "User",
      "area": "users",
      "producedBy": [
        "createUser"
      ]
    },
    {
      "event": "user-deleted",
      "objectType": "User",
      "area": "users",
      "producedBy": [
        "deleteUser"
      ]
    },
    {
      "event": "tag-created",
      "objectType": "Tag",
      "area": "tags",
      "producedBy": [
        "createTag"
      ]
    },
    {
      "event": "tag-updated",
      "objectType": "Tag",
      "area": "tags",
      "producedBy": [
        "updateTag"
      ]
    },
    {
      "event": "integration-created",
      "objectType": "Integration",
      "area": "integrations",
      "producedBy": [
        "createIntegration"
      ]
    },
    {
      "event": "integration-deleted",
      "objectType": "Integration",
      "area": "integrations",
      "producedBy": [
        "deleteIntegration"
      ]
    }
  ],
  "deliveryTriggers": [
    {
      "trigger": "ticket-created",
      "firedBy": [
        {
          "operationId": "createTicket",
          "changes": null
        }
      ]
    },
    {
      "trigger": "ticket-updated",
      "firedBy": [
        {
          "operationId": "updateTicket",
          "changes": null
        }
      ]
    },
    {
      "trigger": "ticket-message-created",
      "firedBy": [
        {
          "operationId": "createTicketMessage",
          "changes": null
        }
      ]
    },
    {
      "trigger": "ticket-message-failed",
      "firedBy": []
    },
    {
      "trigger": "ticket-self-unsnoozed",
      "firedBy": []
    },
    {
      "trigger": "ticket-assignment-updated",
      "firedBy": [
        {
          "operationId": "updateTicket",
          "changes": [
            "assignee_user_id",
            "assignee_team_id"
          ]
        }
      ]
    },
    {
      "trigger": "ticket-status-updated",
      "firedBy": [
        {
          "operationId": "updateTicket",
          "changes": [
            "status"
          ]
        }
      ]
    },
    {
      "trigger": "ticket-handed-over",
      "firedBy": []
    }
  ]
} as const;

export type GuideEventName = (typeof apiFacts.events)[number]["event"];
export type DeliveryTrigger = (typeof apiFacts.deliveryTriggers)[number]["trigger"];
