/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** Facts the spec states about the API as a whole, which the mock's behaviour follows. */
export const apiFacts = {
  "rateLimits": {
    "algorithm": "leaky-bucket",
    "appliesTo": "account",
    "sharedAcrossIntegrations": true,
    "usageHeader": "X-Gorgias-Account-Api-Call-Limit",
    "usageHeaderFormat": "{used}/{limit}",
    "retryAfterHeader": "Retry-After",
    "overLimitStatus": 429,
    "limits": [
      {
        "auth": "apiKey",
        "plan": "standard",
        "requests": 40,
        "windowSeconds": 20
      },
      {
        "auth": "oauth2",
        "plan": "standard",
        "requests": 80,
        "windowSeconds": 20
      },
      {
        "auth": "apiKey",
        "plan": "enterprise",
        "requests": 40,
        "windowSeconds": 10
      },
      {
        "auth": "oauth2",
        "plan": "enterprise",
        "requests": 80,
        "windowSeconds": 10
      }
    ]
  },
  "limits": {
    "ticketSubjectMaxLength": 998,
    "defaultPageSize": 30,
    "maxPageSize": 100
  },
  "oauth": {
    "authorizationUrl": "https://{subdomain}.gorgias.com/oauth/authorize",
    "tokenUrl": "https://{subdomain}.gorgias.com/oauth/token",
    "accessTokenLifetimeSeconds": 86400,
    "refreshTokenScope": "offline",
    "scopeSeparator": " "
  },
  "scopes": [
    {
      "name": "openid",
      "resource": null,
      "access": null
    },
    {
      "name": "email",
      "resource": null,
      "access": null
    },
    {
      "name": "profile",
      "resource": null,
      "access": null
    },
    {
      "name": "offline",
      "resource": null,
      "access": null
    },
    {
      "name": "account:read",
      "resource": "account",
      "access": "read"
    },
    {
      "name": "account:write",
      "resource": "account",
      "access": "write"
    },
    {
      "name": "users:read",
      "resource": "users",
      "access": "read"
    },
    {
      "name": "users:write",
      "resource": "users",
      "access": "write"
    },
    {
      "name": "customers:read",
      "resource": "customers",
      "access": "read"
    },
    {
      "name": "customers:write",
      "resource": "customers",
      "access": "write"
    },
    {
      "name": "tickets:read",
      "resource": "tickets",
      "access": "read"
    },
    {
      "name": "tickets:write",
      "resource": "tickets",
      "access": "write"
    },
    {
      "name": "custom_fields:read",
      "resource": "custom_fields",
      "access": "read"
    },
    {
      "name": "custom_fields:write",
      "resource": "custom_fields",
      "access": "write"
    },
    {
      "name": "events:read",
      "resource": "events",
      "access": "read"
    },
    {
      "name": "events:write",
      "resource": "events",
      "access": "write"
    },
    {
      "name": "integrations:read",
      "resource": "integrations",
      "access": "read"
    },
    {
      "name": "integrations:write",
      "resource": "integrations",
      "access": "write"
    },
    {
      "name": "jobs:read",
      "resource": "jobs",
      "access": "read"
    },
    {
      "name": "jobs:write",
      "resource": "jobs",
      "access": "write"
    },
    {
      "name": "macros:read",
      "resource": "macros",
      "access": "read"
    },
    {
      "name": "macros:write",
      "resource": "macros",
      "access": "write"
    },
    {
      "name": "rules:read",
      "resource": "rules",
      "access": "read"
    },
    {
      "name": "rules:write",
      "resource": "rules",
      "access": "write"
    },
    {
      "name": "satisfaction_survey:read",
      "resource": "satisfaction_survey",
      "access": "read"
    },
    {
      "name": "satisfaction_survey:write",
      "resource": "satisfaction_survey",
      "access": "write"
    },
    {
      "name": "statistics:read",
      "resource": "statistics",
      "access": "read"
    },
    {
      "name": "tags:read",
      "resource": "tags",
      "access": "read"
    },
    {
      "name": "tags:write",
      "resource": "tags",
      "access": "write"
    },
    {
      "name": "apps:read",
      "resource": "apps",
      "access": "read"
    },
    {
      "name": "apps:write",
      "resource": "apps",
      "access": "write"
    },
    {
      "name": "write:all",
      "resource": null,
      "access": null
    }
  ],
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

export type RateLimitRule = (typeof apiFacts.rateLimits.limits)[number];
export type GuideEventName = (typeof apiFacts.events)[number]["event"];
export type DeliveryTrigger = (typeof apiFacts.deliveryTriggers)[number]["trigger"];
