/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { webhooks } from "@gorgias-kit/spec/types";

/** Every webhook event the spec declares, with the object it is about and the operations that trigger it. */
export const webhookEvents = [
  {
    "event": "customer-created",
    "objectType": "Customer",
    "summary": "Customer created",
    "triggeredBy": [
      "createCustomer"
    ]
  },
  {
    "event": "customer-deleted",
    "objectType": "Customer",
    "summary": "Customer deleted",
    "triggeredBy": [
      "deleteCustomer"
    ]
  },
  {
    "event": "customer-merged",
    "objectType": "Customer",
    "summary": "Customer merged",
    "triggeredBy": [
      "mergeCustomers"
    ]
  },
  {
    "event": "integration-created",
    "objectType": "Integration",
    "summary": "Integration created",
    "triggeredBy": [
      "createIntegration"
    ]
  },
  {
    "event": "integration-deleted",
    "objectType": "Integration",
    "summary": "Integration deleted",
    "triggeredBy": [
      "deleteIntegration"
    ]
  },
  {
    "event": "tag-created",
    "objectType": "Tag",
    "summary": "Tag created",
    "triggeredBy": [
      "createTag"
    ]
  },
  {
    "event": "tag-updated",
    "objectType": "Tag",
    "summary": "Tag updated",
    "triggeredBy": [
      "updateTag"
    ]
  },
  {
    "event": "ticket-created",
    "objectType": "Ticket",
    "summary": "Ticket created",
    "triggeredBy": [
      "createTicket"
    ]
  },
  {
    "event": "ticket-deleted",
    "objectType": "Ticket",
    "summary": "Ticket deleted",
    "triggeredBy": [
      "deleteTicket"
    ]
  },
  {
    "event": "ticket-message-created",
    "objectType": "TicketMessage",
    "summary": "Ticket message created",
    "triggeredBy": [
      "createTicketMessage"
    ]
  },
  {
    "event": "ticket-message-deleted",
    "objectType": "TicketMessage",
    "summary": "Ticket message deleted",
    "triggeredBy": [
      "deleteTicketMessage"
    ]
  },
  {
    "event": "user-created",
    "objectType": "User",
    "summary": "User created",
    "triggeredBy": [
      "createUser"
    ]
  },
  {
    "event": "user-deleted",
    "objectType": "User",
    "summary": "User deleted",
    "triggeredBy": [
      "deleteUser"
    ]
  }
] as const;

export type WebhookEvent = (typeof webhookEvents)[number]["event"];

/** The payload of each event, as openapi-typescript types it from the spec's `webhooks`. */
export interface WebhookPayloads {
  "customer-created": webhooks["customer-created"]["post"]["requestBody"]["content"]["application/json"];
  "customer-deleted": webhooks["customer-deleted"]["post"]["requestBody"]["content"]["application/json"];
  "customer-merged": webhooks["customer-merged"]["post"]["requestBody"]["content"]["application/json"];
  "integration-created": webhooks["integration-created"]["post"]["requestBody"]["content"]["application/json"];
  "integration-deleted": webhooks["integration-deleted"]["post"]["requestBody"]["content"]["application/json"];
  "tag-created": webhooks["tag-created"]["post"]["requestBody"]["content"]["application/json"];
  "tag-updated": webhooks["tag-updated"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-created": webhooks["ticket-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-deleted": webhooks["ticket-deleted"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-created": webhooks["ticket-message-created"]["post"]["requestBody"]["content"]["application/json"];
  "ticket-message-deleted": webhooks["ticket-message-deleted"]["post"]["requestBody"]["content"]["application/json"];
  "user-created": webhooks["user-created"]["post"]["requestBody"]["content"]["application/json"];
  "user-deleted": webhooks["user-deleted"]["post"]["requestBody"]["content"]["application/json"];
}

/**
 * Validation schemas of each payload (JSON Schema keywords the client checks; annotations dropped).
 * A `$ref` names an entry of {@link webhookSchemaDefinitions}.
 */
export const webhookPayloadSchemas: Readonly<Record<WebhookEvent, unknown>> = {
  "customer-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "customer-created"
          },
          "object_type": {
            "const": "Customer"
          },
          "data": {
            "$ref": "Customer"
          }
        }
      }
    ]
  },
  "customer-deleted": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "customer-deleted"
          },
          "object_type": {
            "const": "Customer"
          },
          "data": {
            "$ref": "Customer"
          }
        }
      }
    ]
  },
  "customer-merged": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "customer-merged"
          },
          "object_type": {
            "const": "Customer"
          },
          "data": {
            "type": "object",
            "required": [
              "source_id",
              "target"
            ],
            "properties": {
              "source_id": {
                "type": "integer"
              },
              "target": {
                "$ref": "Customer"
              }
            }
          }
        }
      }
    ]
  },
  "integration-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "integration-created"
          },
          "object_type": {
            "const": "Integration"
          },
          "data": {
            "$ref": "Integration"
          }
        }
      }
    ]
  },
  "integration-deleted": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "integration-deleted"
          },
          "object_type": {
            "const": "Integration"
          },
          "data": {
            "$ref": "Integration"
          }
        }
      }
    ]
  },
  "tag-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "tag-created"
          },
          "object_type": {
            "const": "Tag"
          },
          "data": {
            "$ref": "Tag"
          }
        }
      }
    ]
  },
  "tag-updated": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "tag-updated"
          },
          "object_type": {
            "const": "Tag"
          },
          "data": {
            "$ref": "Tag"
          }
        }
      }
    ]
  },
  "ticket-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "ticket-created"
          },
          "object_type": {
            "const": "Ticket"
          },
          "data": {
            "$ref": "Ticket"
          }
        }
      }
    ]
  },
  "ticket-deleted": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "ticket-deleted"
          },
          "object_type": {
            "const": "Ticket"
          },
          "data": {
            "$ref": "Ticket"
          }
        }
      }
    ]
  },
  "ticket-message-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "ticket-message-created"
          },
          "object_type": {
            "const": "TicketMessage"
          },
          "data": {
            "$ref": "TicketMessage"
          }
        }
      }
    ]
  },
  "ticket-message-deleted": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "ticket-message-deleted"
          },
          "object_type": {
            "const": "TicketMessage"
          },
          "data": {
            "$ref": "TicketMessage"
          }
        }
      }
    ]
  },
  "user-created": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "user-created"
          },
          "object_type": {
            "const": "User"
          },
          "data": {
            "$ref": "User"
          }
        }
      }
    ]
  },
  "user-deleted": {
    "allOf": [
      {
        "$ref": "WebhookPayloadBase"
      },
      {
        "type": "object",
        "properties": {
          "type": {
            "const": "user-deleted"
          },
          "object_type": {
            "const": "User"
          },
          "data": {
            "$ref": "User"
          }
        }
      }
    ]
  }
};

/** Component schemas the payload schemas reference, by name. */
export const webhookSchemaDefinitions: Readonly<Record<string, unknown>> = {
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
  "Customer": {
    "type": "object",
    "required": [
      "id",
      "created_datetime"
    ],
    "properties": {
      "id": {
        "type": "integer"
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
      "note": {
        "type": [
          "string",
          "null"
        ]
      },
      "channels": {
        "type": "array",
        "items": {
          "$ref": "CustomerChannel"
        }
      },
      "data": {},
      "integrations": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": {
          "type": "object"
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "custom_fields": {
        "type": "object"
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      }
    }
  },
  "CustomerChannel": {
    "type": "object",
    "required": [
      "type",
      "address"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "type": {
        "type": "string"
      },
      "address": {
        "type": "string",
        "maxLength": 320
      },
      "preferred": {
        "type": "boolean"
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      },
      "deleted_datetime": {
        "$ref": "NullableDatetime"
      },
      "user": {
        "type": [
          "object",
          "null"
        ]
      },
      "customer": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  },
  "Integration": {
    "type": "object",
    "required": [
      "id",
      "uri",
      "name",
      "type",
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
        "type": "string"
      },
      "type": {
        "$ref": "IntegrationType"
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "user": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "id": {
            "type": "integer"
          }
        }
      },
      "application_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "managed": {
        "type": "boolean"
      },
      "business_hours_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "http": {
        "anyOf": [
          {
            "$ref": "IntegrationHttp"
          },
          {
            "type": "null"
          }
        ]
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      },
      "deactivated_datetime": {
        "$ref": "NullableDatetime"
      }
    }
  },
  "IntegrationHttp": {
    "type": "object",
    "required": [
      "url",
      "method",
      "request_content_type",
      "response_content_type"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "url": {
        "type": "string"
      },
      "method": {
        "type": "string",
        "enum": [
          "GET",
          "POST",
          "PUT",
          "PATCH",
          "DELETE",
          "HEAD"
        ]
      },
      "request_content_type": {
        "type": "string",
        "enum": [
          "application/json",
          "application/x-www-form-urlencoded"
        ]
      },
      "response_content_type": {
        "type": "string",
        "enum": [
          "application/json"
        ]
      },
      "headers": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "form": {
        "type": [
          "object",
          "string",
          "null"
        ],
        "additionalProperties": true
      },
      "hmac_secret": {
        "type": "string"
      },
      "oauth2": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "token_url": {
            "type": "string"
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "token_location": {
            "type": "string"
          },
          "token_key": {
            "type": "string"
          },
          "scopes": {}
        }
      },
      "triggers": {
        "type": "object",
        "propertyNames": {
          "$ref": "IntegrationTrigger"
        },
        "additionalProperties": {
          "type": "boolean"
        }
      }
    }
  },
  "IntegrationTrigger": {
    "type": "string",
    "enum": [
      "ticket-created",
      "ticket-deleted",
      "ticket-message-created",
      "ticket-message-deleted",
      "customer-created",
      "customer-merged",
      "customer-deleted",
      "user-created",
      "user-deleted",
      "tag-created",
      "tag-updated",
      "integration-created",
      "integration-deleted",
      "ticket-updated",
      "ticket-self-unsnoozed",
      "ticket-message-failed",
      "ticket-assignment-updated",
      "ticket-status-updated",
      "ticket-handed-over"
    ]
  },
  "IntegrationType": {
    "type": "string",
    "enum": [
      "aircall",
      "alloy",
      "app",
      "bigcommerce",
      "ecom",
      "email",
      "facebook",
      "gmail",
      "gorgias_chat",
      "http",
      "klaviyo",
      "magento2",
      "outlook",
      "phone",
      "recharge",
      "self_service",
      "shopify",
      "smile",
      "smooch",
      "smooch_inside",
      "sms",
      "twitter",
      "whatsapp",
      "yotpo",
      "zendesk"
    ]
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
  "Ticket": {
    "type": "object",
    "required": [
      "id",
      "uri",
      "status",
      "channel",
      "via",
      "created_datetime"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "uri": {
        "type": "string"
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
      "priority": {
        "$ref": "TicketPriority"
      },
      "channel": {
        "$ref": "Channel"
      },
      "via": {
        "$ref": "Via"
      },
      "from_agent": {
        "type": [
          "boolean",
          "null"
        ]
      },
      "spam": {
        "type": "boolean"
      },
      "imported": {
        "type": "boolean"
      },
      "is_unread": {
        "type": "boolean"
      },
      "subject": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 998
      },
      "excerpt": {
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
      "summary": {
        "type": [
          "object",
          "null"
        ]
      },
      "customer": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
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
          "channels": {
            "type": "array",
            "items": {
              "$ref": "CustomerChannel"
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
      "assignee_user": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
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
          "meta": {
            "type": [
              "object",
              "null"
            ]
          }
        }
      },
      "assignee_user_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "assignee_team": {
        "type": [
          "object",
          "null"
        ],
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "assignee_team_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "tags": {
        "type": "array",
        "items": {
          "$ref": "Tag"
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "custom_fields": {
        "type": "object",
        "additionalProperties": {
          "type": "object",
          "properties": {
            "id": {
              "type": "integer"
            },
            "field": {
              "type": "object"
            },
            "prediction": {
              "type": [
                "object",
                "null"
              ]
            },
            "value": {}
          }
        }
      },
      "messages": {
        "type": "array",
        "items": {
          "$ref": "TicketMessage"
        }
      },
      "messages_count": {
        "type": "integer"
      },
      "integrations": {
        "type": "array",
        "items": {
          "type": "object"
        }
      },
      "last_sent_message_not_delivered": {
        "type": "boolean"
      },
      "satisfaction_survey": {
        "type": [
          "object",
          "null"
        ]
      },
      "reply_options": {
        "type": "object",
        "additionalProperties": {
          "type": "object"
        }
      },
      "events": {
        "type": "array",
        "items": {
          "type": "object"
        }
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      },
      "opened_datetime": {
        "$ref": "NullableDatetime"
      },
      "processed_datetime": {
        "$ref": "NullableDatetime"
      },
      "closed_datetime": {
        "$ref": "NullableDatetime"
      },
      "trashed_datetime": {
        "$ref": "NullableDatetime"
      },
      "snooze_datetime": {
        "$ref": "NullableDatetime"
      },
      "last_message_datetime": {
        "$ref": "NullableDatetime"
      },
      "last_received_message_datetime": {
        "$ref": "NullableDatetime"
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
  "TicketPriority": {
    "type": "string",
    "enum": [
      "critical",
      "high",
      "normal",
      "low"
    ]
  },
  "TicketStatus": {
    "type": "string",
    "enum": [
      "open",
      "closed"
    ]
  },
  "User": {
    "type": "object",
    "required": [
      "id",
      "email",
      "created_datetime"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "email": {
        "type": "string"
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
      "active": {
        "type": "boolean"
      },
      "bio": {
        "type": [
          "string",
          "null"
        ]
      },
      "country": {
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
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "role": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "UserRole"
          }
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ],
        "properties": {
          "sso": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "google",
              "office365",
              null
            ]
          },
          "profile_picture_url": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "client_id": {},
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "NullableDatetime"
      },
      "deactivated_datetime": {
        "$ref": "NullableDatetime"
      }
    }
  },
  "UserRole": {
    "anyOf": [
      {
        "type": "string",
        "enum": [
          "admin",
          "agent",
          "basic-agent",
          "bot",
          "internal-agent",
          "lite-agent",
          "observer-agent"
        ]
      },
      {
        "type": "string"
      }
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
  },
  "WebhookPayloadBase": {
    "type": "object",
    "required": [
      "type",
      "object_type",
      "object_id",
      "created_datetime",
      "data"
    ],
    "properties": {
      "id": {
        "type": "integer"
      },
      "type": {
        "type": "string"
      },
      "object_type": {
        "type": "string"
      },
      "object_id": {
        "type": "integer"
      },
      "user_id": {
        "type": [
          "integer",
          "null"
        ]
      },
      "context": {
        "type": [
          "string",
          "null"
        ]
      },
      "created_datetime": {
        "$ref": "NullableDatetime"
      },
      "data": {
        "type": [
          "object",
          "null"
        ]
      }
    }
  }
};
