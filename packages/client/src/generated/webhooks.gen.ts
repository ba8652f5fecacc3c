/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { webhooks } from "@gorgias-kit/spec/types";

/**
 * The HTTP-integration triggers (`http.triggers` keys): each fires the integration's own request,
 * with the operations of the API that fire it (none: only Gorgias itself does).
 */
export const deliveryTriggers = [
  {
    "trigger": "ticket-assignment-updated",
    "summary": "Ticket assignment updated",
    "firedBy": [
      "updateTicket"
    ]
  },
  {
    "trigger": "ticket-created",
    "summary": "Ticket created",
    "firedBy": [
      "createTicket"
    ]
  },
  {
    "trigger": "ticket-handed-over",
    "summary": "Ticket handed over",
    "firedBy": []
  },
  {
    "trigger": "ticket-message-created",
    "summary": "Ticket message created",
    "firedBy": [
      "createTicketMessage"
    ]
  },
  {
    "trigger": "ticket-message-failed",
    "summary": "Ticket message failed",
    "firedBy": []
  },
  {
    "trigger": "ticket-self-unsnoozed",
    "summary": "Ticket unsnoozed by itself",
    "firedBy": []
  },
  {
    "trigger": "ticket-status-updated",
    "summary": "Ticket status updated",
    "firedBy": [
      "updateTicket"
    ]
  },
  {
    "trigger": "ticket-updated",
    "summary": "Ticket updated",
    "firedBy": [
      "updateTicket"
    ]
  }
] as const;

export type DeliveryTrigger = (typeof deliveryTriggers)[number]["trigger"];

/** The render context of each trigger (the body of a whole-context form), as openapi-typescript types it. */
export interface DeliveryContexts {
  "ticket-assignment-updated": webhooks["ticket-assignment-updated"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-created": webhooks["ticket-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-handed-over": webhooks["ticket-handed-over"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-created": webhooks["ticket-message-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-failed": webhooks["ticket-message-failed"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-self-unsnoozed": webhooks["ticket-self-unsnoozed"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-status-updated": webhooks["ticket-status-updated"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-updated": webhooks["ticket-updated"]["post"]["requestBody"]["content"]["application/json"];
}

/**
 * Validation schemas of each trigger's render context (JSON Schema keywords the client checks;
 * annotations dropped). A `$ref` names an entry of {@link deliverySchemaDefinitions}.
 */
export const deliveryContextSchemas: Readonly<Record<DeliveryTrigger, unknown>> = {
  "ticket-assignment-updated": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-created": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-handed-over": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-message-created": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-message-failed": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-self-unsnoozed": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-status-updated": {
    "$ref": "HttpIntegrationDelivery"
  },
  "ticket-updated": {
    "$ref": "HttpIntegrationDelivery"
  }
};

/** Component schemas the context schemas reference, by name. */
export const deliverySchemaDefinitions: Readonly<Record<string, unknown>> = {
  "Attachment": {
    "type": "object",
    "required": [
      "url",
      "content_type"
    ],
    "properties": {
      "url": {
        "type": "string"
      },
      "name": {
        "type": [
          "string",
          "null"
        ]
      },
      "size": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0
      },
      "content_type": {
        "type": "string"
      },
      "public": {
        "type": "boolean"
      },
      "extra": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  },
  "Channel": {
    "anyOf": [
      {
        "type": "string",
        "enum": [
          "aircall",
          "api",
          "chat",
          "contact_form",
          "email",
          "facebook",
          "facebook-mention",
          "facebook-messenger",
          "facebook-recommendations",
          "help-center",
          "instagram-ad-comment",
          "instagram-comment",
          "instagram-direct-message",
          "instagram-mention",
          "internal-note",
          "phone",
          "sms",
          "twitter",
          "twitter-direct-message",
          "whatsapp",
          "yotpo-review"
        ]
      },
      {
        "type": "string"
      }
    ]
  },
  "Datetime": {
    "type": "string",
    "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$"
  },
  "HttpIntegrationDelivery": {
    "type": "object",
    "required": [
      "ticket"
    ],
    "properties": {
      "ticket": {
        "$ref": "TicketHttpIntegrationContext"
      },
      "message": {
        "$ref": "TicketMessage"
      }
    }
  },
  "MessageParticipant": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 0
      },
      "email": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 320
      },
      "name": {
        "type": [
          "string",
          "null"
        ]
      },
      "firstname": {
        "type": [
          "string",
          "null"
        ]
      },
      "lastname": {
        "type": [
          "string",
          "null"
        ]
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "note": {
        "type": [
          "string",
          "null"
        ]
      },
      "language": {
        "type": [
          "string",
          "null"
        ]
      },
      "timezone": {
        "type": [
          "string",
          "null"
        ]
      },
      "channels": {
        "type": "array",
        "items": {
          "type": "object",
          "required": [
            "type",
            "address"
          ],
          "properties": {
            "type": {
              "type": "string"
            },
            "address": {
              "type": "string"
            }
          }
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  },
  "MessageSource": {
    "type": "object",
    "required": [
      "type"
    ],
    "properties": {
      "type": {
        "$ref": "MessageSourceType"
      },
      "from": {
        "type": "object",
        "properties": {
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "address": {
            "type": "string"
          }
        }
      },
      "to": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "address": {
              "type": "string"
            }
          }
        }
      },
      "cc": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "address": {
              "type": "string"
            }
          }
        }
      },
      "bcc": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "address": {
              "type": "string"
            }
          }
        }
      },
      "extra": {}
    }
  },
  "MessageSourceType": {
    "anyOf": [
      {
        "type": "string",
        "enum": [
          "aircall",
          "api",
          "app",
          "custom-chat",
          "chat",
          "chat-contact-form",
          "chat-offline-capture",
          "contact-form",
          "email",
          "facebook",
          "facebook-comment",
          "facebook-mention-comment",
          "facebook-mention-post",
          "facebook-message",
          "facebook-messenger",
          "facebook-post",
          "facebook-review",
          "facebook-review-comment",
          "form",
          "google-business-messages",
          "help-center",
          "help-center-contact-form",
          "helpdesk",
          "instagram",
          "instagram-ad-comment",
          "instagram-ad-media",
          "instagram-comment",
          "instagram-direct-message",
          "instagram-media",
          "instagram-mention-comment",
          "instagram-mention-media",
          "internal-note",
          "ottspott-call",
          "phone",
          "rule",
          "self_service",
          "shopify",
          "sms",
          "system-message",
          "tiktok-shop",
          "twilio",
          "twitter-direct-message",
          "twitter-mention-tweet",
          "twitter-quoted-tweet",
          "twitter-tweet",
          "whatsapp-message",
          "yotpo-review",
          "yotpo-review-private-comment",
          "yotpo-review-public-comment"
        ]
      },
      {
        "type": "string"
      }
    ]
  },
  "NullableDatetime": {
    "type": [
      "string",
      "null"
    ],
    "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$"
  },
  "ObjectRef": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "id"
    ],
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    }
  },
  "Tag": {
    "type": "object",
    "required": [
      "id",
      "uri",
      "name",
      "created_datetime"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "uri": {
        "type": "string"
      },
      "name": {
        "type": "string",
        "maxLength": 256
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1024
      },
      "decoration": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "color": {
            "type": "string"
          }
        }
      },
      "usage": {
        "type": "integer"
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "deleted_datetime": {
        "$ref": "NullableDatetime"
      }
    }
  },
  "TicketHttpIntegrationContext": {
    "type": "object",
    "required": [
      "id",
      "status",
      "channel",
      "via",
      "spam",
      "customer_id",
      "created_datetime",
      "tags"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "status": {
        "$ref": "TicketStatus"
      },
      "channel": {
        "$ref": "Channel"
      },
      "via": {
        "$ref": "Via"
      },
      "spam": {
        "type": "boolean"
      },
      "from_agent": {
        "type": [
          "boolean",
          "null"
        ]
      },
      "customer_id": {
        "type": "integer"
      },
      "assignee_user_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "assignee_team_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "subject": {
        "type": [
          "string",
          "null"
        ]
      },
      "meta": {},
      "language": {
        "type": [
          "string",
          "null"
        ]
      },
      "created_datetime": {
        "$ref": "Datetime"
      },
      "opened_datetime": {
        "$ref": "NullableDatetime"
      },
      "trashed_datetime": {
        "$ref": "NullableDatetime"
      },
      "last_message_datetime": {
        "$ref": "NullableDatetime"
      },
      "last_received_message_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      },
      "closed_datetime": {
        "$ref": "NullableDatetime"
      },
      "snooze_datetime": {
        "$ref": "NullableDatetime"
      },
      "custom_fields": {
        "type": [
          "object",
          "null"
        ]
      },
      "tags": {
        "type": "array",
        "items": {
          "$ref": "Tag"
        }
      }
    }
  },
  "TicketMessage": {
    "type": "object",
    "required": [
      "id",
      "uri",
      "ticket_id",
      "channel",
      "via",
      "from_agent",
      "public",
      "created_datetime"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "uri": {
        "type": "string"
      },
      "ticket_id": {
        "type": "integer"
      },
      "message_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "public": {
        "type": "boolean"
      },
      "channel": {
        "$ref": "Channel"
      },
      "via": {
        "$ref": "Via"
      },
      "source": {
        "$ref": "MessageSource"
      },
      "sender": {
        "$ref": "MessageParticipant"
      },
      "receiver": {
        "oneOf": [
          {
            "$ref": "MessageParticipant"
          },
          {
            "type": "null"
          }
        ]
      },
      "auth_customer_identity": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "service": {
            "type": "object",
            "properties": {
              "id": {},
              "name": {
                "type": "string"
              }
            }
          },
          "identifier": {
            "type": "string"
          }
        }
      },
      "integration_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "rule_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "intents": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "rejected": {
              "type": "boolean"
            },
            "is_user_feedback": {
              "type": "boolean"
            }
          }
        }
      },
      "from_agent": {
        "type": "boolean"
      },
      "subject": {
        "type": [
          "string",
          "null"
        ]
      },
      "body_text": {
        "type": [
          "string",
          "null"
        ]
      },
      "body_html": {
        "type": [
          "string",
          "null"
        ]
      },
      "stripped_text": {
        "type": [
          "string",
          "null"
        ]
      },
      "stripped_html": {
        "type": [
          "string",
          "null"
        ]
      },
      "stripped_signature": {
        "type": [
          "string",
          "null"
        ]
      },
      "attachments": {
        "type": "array",
        "items": {
          "$ref": "Attachment"
        }
      },
      "macros": {
        "type": "array",
        "items": {
          "$ref": "ObjectRef"
        }
      },
      "actions": {
        "type": [
          "array",
          "null"
        ],
        "items": {}
      },
      "headers": {
        "type": [
          "object",
          "null"
        ]
      },
      "imported": {
        "type": "boolean"
      },
      "meta": {},
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "processed_datetime": {
        "$ref": "NullableDatetime"
      },
      "sent_datetime": {
        "$ref": "NullableDatetime"
      },
      "failed_datetime": {
        "$ref": "NullableDatetime"
      },
      "opened_datetime": {
        "$ref": "NullableDatetime"
      },
      "deleted_datetime": {
        "$ref": "NullableDatetime"
      },
      "last_sending_error": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "error": {
            "type": "string"
          }
        }
      },
      "is_retriable": {
        "type": "boolean"
      },
      "replied_by": {
        "type": [
          "object",
          "null"
        ]
      },
      "replied_to": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  },
  "TicketStatus": {
    "type": "string",
    "enum": [
      "open",
      "closed"
    ]
  },
  "Via": {
    "type": "string",
    "enum": [
      "aircall",
      "api",
      "chat",
      "contact_form",
      "email",
      "facebook",
      "facebook-mention",
      "facebook-messenger",
      "facebook-recommendations",
      "form",
      "gorgias_chat",
      "help-center",
      "helpdesk",
      "instagram",
      "instagram-ad-comment",
      "instagram-comment",
      "instagram-direct-message",
      "instagram-mention",
      "internal-note",
      "offline_capture",
      "phone",
      "rule",
      "self_service",
      "shopify",
      "sms",
      "twilio",
      "twitter",
      "twitter-direct-message",
      "whatsapp",
      "yotpo",
      "yotpo-review",
      "zendesk"
    ]
  }
};

/**
 * The guide's events: `Event.type` values that `GET /api/events` returns, with the operations that
 * produce them. Gorgias does not push them; follow them with `client.events.stream()`.
 */
export const guideEvents = [
  {
    "event": "ticket-created",
    "objectType": "Ticket",
    "summary": "Ticket created",
    "producedBy": [
      "createTicket"
    ]
  },
  {
    "event": "ticket-deleted",
    "objectType": "Ticket",
    "summary": "Ticket deleted",
    "producedBy": [
      "deleteTicket"
    ]
  },
  {
    "event": "ticket-message-created",
    "objectType": "TicketMessage",
    "summary": "Ticket message created",
    "producedBy": [
      "createTicketMessage"
    ]
  },
  {
    "event": "ticket-message-deleted",
    "objectType": "TicketMessage",
    "summary": "Ticket message deleted",
    "producedBy": [
      "deleteTicketMessage"
    ]
  },
  {
    "event": "customer-created",
    "objectType": "Customer",
    "summary": "Customer created",
    "producedBy": [
      "createCustomer"
    ]
  },
  {
    "event": "customer-merged",
    "objectType": "Customer",
    "summary": "Customer merged",
    "producedBy": [
      "mergeCustomers"
    ]
  },
  {
    "event": "customer-deleted",
    "objectType": "Customer",
    "summary": "Customer deleted",
    "producedBy": [
      "deleteCustomer"
    ]
  },
  {
    "event": "user-created",
    "objectType": "User",
    "summary": "User created",
    "producedBy": [
      "createUser"
    ]
  },
  {
    "event": "user-deleted",
    "objectType": "User",
    "summary": "User deleted",
    "producedBy": [
      "deleteUser"
    ]
  },
  {
    "event": "tag-created",
    "objectType": "Tag",
    "summary": "Tag created",
    "producedBy": [
      "createTag"
    ]
  },
  {
    "event": "tag-updated",
    "objectType": "Tag",
    "summary": "Tag updated",
    "producedBy": [
      "updateTag"
    ]
  },
  {
    "event": "integration-created",
    "objectType": "Integration",
    "summary": "Integration created",
    "producedBy": [
      "createIntegration"
    ]
  },
  {
    "event": "integration-deleted",
    "objectType": "Integration",
    "summary": "Integration deleted",
    "producedBy": [
      "deleteIntegration"
    ]
  }
] as const;

export type GuideEvent = (typeof guideEvents)[number]["event"];
