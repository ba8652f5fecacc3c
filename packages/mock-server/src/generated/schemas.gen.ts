/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** JSON Schema (2020-12) as OpenAPI 3.1 uses it. */
export type JsonSchema = { readonly [keyword: string]: unknown; };

/** What the validators need for one operation. Named schemas are `$ref`s into {@link components}. */
export interface OperationSchemas {
  /** Path parameters as one object schema. */
  readonly path: JsonSchema;
  /** Query parameters as one object schema; unknown parameters are rejected. */
  readonly query: JsonSchema;
  /** Query parameters sent as `name[key]=value` (OpenAPI `style: deepObject`). */
  readonly deepObjectQuery: readonly string[];
  readonly body: JsonSchema | null;
  readonly bodyRequired: boolean;
  /** Response body schema by status; null for a status without a JSON body. */
  readonly responses: Readonly<Record<string, JsonSchema | null>>;
}

/** The `$id` to register {@link components} under: `ajv.addSchema({ $id: componentsId, components })`. */
export const componentsId = "gorgias";

/** The spec's component schemas (annotations removed; internal `$ref`s kept). */
export const components = {
  schemas: {
    "Attachment": {
      "properties": {
        "content_type": {
          "type": "string"
        },
        "extra": {
          "type": [
            "object",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "public": {
          "type": "boolean"
        },
        "size": {
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "url": {
          "type": "string"
        }
      },
      "required": [
        "url",
        "content_type"
      ],
      "type": "object"
    },
    "Channel": {
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
      ],
      "type": "string"
    },
    "Customer": {
      "properties": {
        "channels": {
          "items": {
            "$ref": "#/components/schemas/CustomerChannel"
          },
          "type": "array"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "custom_fields": {
          "type": "object"
        },
        "data": {},
        "email": {
          "maxLength": 320,
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
        "firstname": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "integrations": {
          "additionalProperties": {
            "type": "object"
          },
          "type": [
            "object",
            "null"
          ]
        },
        "language": {
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
        },
        "name": {
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
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        }
      },
      "required": [
        "id",
        "created_datetime"
      ],
      "type": "object"
    },
    "CustomerChannel": {
      "properties": {
        "address": {
          "maxLength": 320,
          "type": "string"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "customer": {
          "type": [
            "object",
            "null"
          ]
        },
        "deleted_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "id": {
          "type": "integer"
        },
        "preferred": {
          "type": "boolean"
        },
        "type": {
          "type": "string"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "user": {
          "type": [
            "object",
            "null"
          ]
        }
      },
      "required": [
        "type",
        "address"
      ],
      "type": "object"
    },
    "CustomerCreate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "channels": {
          "items": {
            "$ref": "#/components/schemas/CustomerChannel"
          },
          "type": "array"
        },
        "custom_fields": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "id": {
                "minimum": 1,
                "type": "integer"
              },
              "value": {}
            },
            "required": [
              "id",
              "value"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "email": {
          "maxLength": 320,
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
        "firstname": {
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
        },
        "name": {
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
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "CustomerList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Customer"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "CustomerMerge": {
      "additionalProperties": false,
      "properties": {
        "channels": {
          "items": {
            "$ref": "#/components/schemas/CustomerChannel"
          },
          "type": "array"
        },
        "email": {
          "maxLength": 320,
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
        "firstname": {
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
        "lastname": {
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
        "note": {
          "type": [
            "string",
            "null"
          ]
        },
        "source_id": {
          "minimum": 1,
          "type": "integer"
        },
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "source_id"
      ],
      "type": "object"
    },
    "CustomerUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "channels": {
          "items": {
            "$ref": "#/components/schemas/CustomerChannel"
          },
          "type": "array"
        },
        "email": {
          "maxLength": 320,
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
        "firstname": {
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
        },
        "name": {
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
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "Datetime": {
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
      "type": "string"
    },
    "Error": {
      "properties": {
        "error": {
          "additionalProperties": true,
          "properties": {
            "data": {
              "additionalProperties": true,
              "type": "object"
            },
            "msg": {
              "type": "string"
            }
          },
          "required": [
            "msg"
          ],
          "type": "object"
        }
      },
      "required": [
        "error"
      ],
      "type": "object"
    },
    "Event": {
      "properties": {
        "context": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "data": {
          "additionalProperties": true,
          "type": [
            "object",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "object_id": {
          "type": "integer"
        },
        "object_type": {
          "enum": [
            "Account",
            "AccountSetting",
            "Customer",
            "CustomField",
            "CustomFieldCondition",
            "CustomUserAvailabilityStatus",
            "CustomerExternalData",
            "Integration",
            "Macro",
            "Order",
            "Role",
            "Rule",
            "SatisfactionSurvey",
            "Shopper",
            "ShopperAddress",
            "Subscription",
            "Tag",
            "Team",
            "TicketMessage",
            "Ticket",
            "User",
            "UserSetting",
            "View",
            "Widget"
          ],
          "type": "string"
        },
        "type": {
          "$ref": "#/components/schemas/EventType"
        },
        "uri": {
          "type": "string"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "uri",
        "type",
        "object_type",
        "object_id",
        "created_datetime"
      ],
      "type": "object"
    },
    "EventList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Event"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "EventType": {
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
        "ticket-closed",
        "ticket-reopened",
        "ticket-assigned",
        "ticket-unassigned",
        "ticket-team-assigned",
        "ticket-team-unassigned",
        "ticket-marked-spam",
        "ticket-unmarked-spam",
        "ticket-trashed",
        "ticket-untrashed",
        "ticket-merged",
        "ticket-split",
        "ticket-snoozed",
        "ticket-self-unsnoozed",
        "ticket-subject-updated",
        "ticket-customer-updated",
        "ticket-tags-added",
        "ticket-tags-removed",
        "ticket-message-failed",
        "customer-updated",
        "user-updated",
        "tag-deleted",
        "tag-merged",
        "macro-created",
        "macro-updated",
        "macro-deleted",
        "macro-applied",
        "integration-updated",
        "integration-deactivated",
        "integration-reactivated",
        "rule-created",
        "rule-updated",
        "rule-deleted",
        "rule-executed",
        "team-created",
        "team-updated",
        "team-deleted",
        "satisfaction-survey-sent",
        "satisfaction-survey-responded",
        "account-updated"
      ],
      "type": "string"
    },
    "Integration": {
      "properties": {
        "application_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "business_hours_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "http": {
          "anyOf": [
            {
              "$ref": "#/components/schemas/IntegrationHttp"
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "type": "integer"
        },
        "managed": {
          "type": "boolean"
        },
        "name": {
          "type": "string"
        },
        "type": {
          "$ref": "#/components/schemas/IntegrationType"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "uri": {
          "type": "string"
        },
        "user": {
          "properties": {
            "id": {
              "type": "integer"
            }
          },
          "type": [
            "object",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "type",
        "created_datetime"
      ],
      "type": "object"
    },
    "IntegrationCreate": {
      "additionalProperties": false,
      "properties": {
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "http": {
          "$ref": "#/components/schemas/IntegrationHttp"
        },
        "name": {
          "minLength": 1,
          "type": "string"
        },
        "type": {
          "enum": [
            "http"
          ],
          "type": "string"
        }
      },
      "required": [
        "name",
        "type",
        "http"
      ],
      "type": "object"
    },
    "IntegrationHttp": {
      "properties": {
        "form": {
          "additionalProperties": true,
          "type": [
            "object",
            "string",
            "null"
          ]
        },
        "headers": {
          "additionalProperties": {
            "type": "string"
          },
          "type": "object"
        },
        "hmac_secret": {
          "type": "string",
          "writeOnly": true
        },
        "id": {
          "readOnly": true,
          "type": "integer"
        },
        "method": {
          "enum": [
            "GET",
            "POST",
            "PUT",
            "PATCH",
            "DELETE",
            "HEAD"
          ],
          "type": "string"
        },
        "oauth2": {
          "properties": {
            "client_id": {
              "type": "string"
            },
            "client_secret": {
              "type": "string",
              "writeOnly": true
            },
            "scopes": {},
            "token_key": {
              "type": "string"
            },
            "token_location": {
              "type": "string"
            },
            "token_url": {
              "type": "string"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "request_content_type": {
          "enum": [
            "application/json",
            "application/x-www-form-urlencoded"
          ],
          "type": "string"
        },
        "response_content_type": {
          "enum": [
            "application/json"
          ],
          "type": "string"
        },
        "triggers": {
          "additionalProperties": {
            "type": "boolean"
          },
          "propertyNames": {
            "$ref": "#/components/schemas/IntegrationTrigger"
          },
          "type": "object"
        },
        "url": {
          "type": "string"
        }
      },
      "required": [
        "url",
        "method",
        "request_content_type",
        "response_content_type"
      ],
      "type": "object"
    },
    "IntegrationList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Integration"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "IntegrationTrigger": {
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
      ],
      "type": "string"
    },
    "IntegrationType": {
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
      ],
      "type": "string"
    },
    "IntegrationUpdate": {
      "additionalProperties": false,
      "properties": {
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "http": {
          "$ref": "#/components/schemas/IntegrationHttp"
        },
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ],
      "type": "object"
    },
    "Job": {
      "properties": {
        "cancel_requested_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "cancelled_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "ended_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "failed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "id": {
          "type": "integer"
        },
        "info": {
          "properties": {
            "progress_count": {
              "minimum": 0,
              "type": "integer"
            }
          },
          "type": "object"
        },
        "locked_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "params": {
          "$ref": "#/components/schemas/JobParams"
        },
        "scheduled_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "started_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "status": {
          "$ref": "#/components/schemas/JobStatus"
        },
        "type": {
          "$ref": "#/components/schemas/JobType"
        },
        "uri": {
          "type": "string"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "uri",
        "type",
        "status",
        "params",
        "info"
      ],
      "type": "object"
    },
    "JobCreate": {
      "additionalProperties": false,
      "properties": {
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "params": {
          "$ref": "#/components/schemas/JobParams"
        },
        "scheduled_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "type": {
          "$ref": "#/components/schemas/JobType"
        }
      },
      "required": [
        "type",
        "params"
      ],
      "type": "object"
    },
    "JobList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Job"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "JobParams": {
      "properties": {
        "apply_and_close": {
          "type": "boolean"
        },
        "context": {
          "type": "object"
        },
        "end_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "macro_id": {
          "type": "integer"
        },
        "start_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "ticket_ids": {
          "items": {
            "type": "integer"
          },
          "type": "array"
        },
        "updates": {
          "type": "object"
        },
        "url": {
          "type": "string"
        },
        "view": {
          "type": [
            "object",
            "null"
          ]
        },
        "view_id": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "JobStatus": {
      "enum": [
        "pending",
        "scheduled",
        "running",
        "done",
        "cancel_requested",
        "canceled",
        "errored",
        "fatal_errored"
      ],
      "type": "string"
    },
    "JobType": {
      "enum": [
        "applyMacro",
        "deleteTicket",
        "exportTicket",
        "importMacro",
        "exportMacro",
        "updateTicket",
        "exportTicketDrilldown",
        "exportConvertCampaignSalesDrilldown"
      ],
      "type": "string"
    },
    "JobUpdate": {
      "additionalProperties": false,
      "properties": {
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "params": {
          "$ref": "#/components/schemas/JobParams"
        },
        "scheduled_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "status": {
          "$ref": "#/components/schemas/JobStatus"
        }
      },
      "type": "object"
    },
    "ListMeta": {
      "properties": {
        "next_cursor": {
          "type": [
            "string",
            "null"
          ]
        },
        "prev_cursor": {
          "type": [
            "string",
            "null"
          ]
        },
        "total_resources": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "prev_cursor",
        "next_cursor"
      ],
      "type": "object"
    },
    "Macro": {
      "properties": {
        "actions": {
          "items": {
            "$ref": "#/components/schemas/MacroAction"
          },
          "type": "array"
        },
        "archived_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "external_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "intent": {
          "enum": [
            "discount/request",
            "exchange/request",
            "exchange/status",
            "feedback",
            "order/damaged",
            "order/cancel",
            "order/change",
            "order/wrong",
            "other/no_reply",
            "other/question",
            "other/thanks",
            "product/recommendation",
            "product/question",
            "refund/request",
            "refund/status",
            "return/request",
            "return/status",
            "shipping/change",
            "shipping/delivery-issue",
            "shipping/policy",
            "shipping/status",
            "stock/request",
            "subscription/cancel",
            "subscription/change",
            null
          ],
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
        "name": {
          "type": "string"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "uri": {
          "type": "string"
        },
        "usage": {
          "type": "integer"
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "created_datetime"
      ],
      "type": "object"
    },
    "MacroAction": {
      "properties": {
        "arguments": {
          "additionalProperties": true,
          "type": "object"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "type": {
          "enum": [
            "system",
            "user"
          ],
          "type": "string"
        }
      },
      "required": [
        "name",
        "title",
        "type",
        "arguments"
      ],
      "type": "object"
    },
    "MacroCreate": {
      "additionalProperties": false,
      "properties": {
        "actions": {
          "items": {
            "$ref": "#/components/schemas/MacroAction"
          },
          "type": "array"
        },
        "external_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "intent": {
          "enum": [
            "discount/request",
            "exchange/request",
            "exchange/status",
            "feedback",
            "order/damaged",
            "order/cancel",
            "order/change",
            "order/wrong",
            "other/no_reply",
            "other/question",
            "other/thanks",
            "product/recommendation",
            "product/question",
            "refund/request",
            "refund/status",
            "return/request",
            "return/status",
            "shipping/change",
            "shipping/delivery-issue",
            "shipping/policy",
            "shipping/status",
            "stock/request",
            "subscription/cancel",
            "subscription/change",
            null
          ],
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
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ],
      "type": "object"
    },
    "MacroList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Macro"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "MacroUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "actions": {
          "items": {
            "$ref": "#/components/schemas/MacroAction"
          },
          "type": "array"
        },
        "external_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "intent": {
          "enum": [
            "discount/request",
            "exchange/request",
            "exchange/status",
            "feedback",
            "order/damaged",
            "order/cancel",
            "order/change",
            "order/wrong",
            "other/no_reply",
            "other/question",
            "other/thanks",
            "product/recommendation",
            "product/question",
            "refund/request",
            "refund/status",
            "return/request",
            "return/status",
            "shipping/change",
            "shipping/delivery-issue",
            "shipping/policy",
            "shipping/status",
            "stock/request",
            "subscription/cancel",
            "subscription/change",
            null
          ],
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
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "type": "object"
    },
    "MessageParticipant": {
      "properties": {
        "channels": {
          "items": {
            "properties": {
              "address": {
                "type": "string"
              },
              "type": {
                "type": "string"
              }
            },
            "required": [
              "type",
              "address"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "email": {
          "maxLength": 320,
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
        "firstname": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "minimum": 0,
          "type": "integer"
        },
        "language": {
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
        },
        "name": {
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
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "MessageSource": {
      "properties": {
        "bcc": {
          "items": {
            "properties": {
              "address": {
                "type": "string"
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "type": "object"
          },
          "type": "array"
        },
        "cc": {
          "items": {
            "properties": {
              "address": {
                "type": "string"
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "type": "object"
          },
          "type": "array"
        },
        "extra": {},
        "from": {
          "properties": {
            "address": {
              "type": "string"
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "type": "object"
        },
        "to": {
          "items": {
            "properties": {
              "address": {
                "type": "string"
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "type": "object"
          },
          "type": "array"
        },
        "type": {
          "$ref": "#/components/schemas/MessageSourceType"
        }
      },
      "required": [
        "type"
      ],
      "type": "object"
    },
    "MessageSourceType": {
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
      ],
      "type": "string"
    },
    "NullableDatetime": {
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
      "type": [
        "string",
        "null"
      ]
    },
    "ObjectRef": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ],
      "type": "object"
    },
    "Rule": {
      "properties": {
        "code": {
          "type": "string"
        },
        "code_ast": {
          "type": [
            "object",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "event_types": {
          "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$",
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "name": {
          "type": "string"
        },
        "priority": {
          "type": "integer"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "code",
        "priority"
      ],
      "type": "object"
    },
    "RuleCreate": {
      "additionalProperties": false,
      "properties": {
        "code": {
          "minLength": 1,
          "type": "string"
        },
        "code_ast": {
          "type": [
            "object",
            "null"
          ]
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "event_types": {
          "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "minLength": 1,
          "type": "string"
        },
        "priority": {
          "type": "integer"
        }
      },
      "required": [
        "name",
        "code"
      ],
      "type": "object"
    },
    "RulePriorities": {
      "additionalProperties": false,
      "properties": {
        "priorities": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "id": {
                "minimum": 1,
                "type": "integer"
              },
              "priority": {
                "type": "integer"
              }
            },
            "required": [
              "id",
              "priority"
            ],
            "type": "object"
          },
          "minItems": 1,
          "type": "array"
        }
      },
      "required": [
        "priorities"
      ],
      "type": "object"
    },
    "RuleUpdate": {
      "additionalProperties": false,
      "properties": {
        "code": {
          "minLength": 1,
          "type": "string"
        },
        "code_ast": {
          "type": [
            "object",
            "null"
          ]
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "event_types": {
          "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$",
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "minLength": 1,
          "type": "string"
        },
        "priority": {
          "type": "integer"
        }
      },
      "type": "object"
    },
    "SatisfactionSurvey": {
      "properties": {
        "body_text": {
          "maxLength": 1000,
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "customer_id": {
          "type": "integer"
        },
        "id": {
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "score": {
          "maximum": 5,
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "scored_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "should_send_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "ticket_id": {
          "type": "integer"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "uri",
        "ticket_id",
        "customer_id"
      ],
      "type": "object"
    },
    "SatisfactionSurveyCreate": {
      "additionalProperties": false,
      "properties": {
        "body_text": {
          "maxLength": 1000,
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "score": {
          "maximum": 5,
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "scored_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "should_send_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id",
        "customer_id"
      ],
      "type": "object"
    },
    "SatisfactionSurveyUpdate": {
      "additionalProperties": false,
      "properties": {
        "body_text": {
          "maxLength": 1000,
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "score": {
          "maximum": 5,
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "scored_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "should_send_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "type": "object"
    },
    "SearchRequest": {
      "additionalProperties": false,
      "properties": {
        "query": {
          "type": "string"
        },
        "size": {
          "default": 10,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "type": {
          "$ref": "#/components/schemas/SearchType"
        }
      },
      "required": [
        "type",
        "query"
      ],
      "type": "object"
    },
    "SearchResult": {
      "properties": {
        "email": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "$ref": "#/components/schemas/SearchType"
        }
      },
      "required": [
        "id"
      ],
      "type": "object"
    },
    "SearchResults": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/SearchResult"
          },
          "type": "array"
        }
      },
      "required": [
        "data"
      ],
      "type": "object"
    },
    "SearchType": {
      "enum": [
        "customer",
        "customer_profile",
        "agent",
        "team",
        "tag",
        "integration"
      ],
      "type": "string"
    },
    "Tag": {
      "properties": {
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "decoration": {
          "properties": {
            "color": {
              "type": "string"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "deleted_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "description": {
          "maxLength": 1024,
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "name": {
          "maxLength": 256,
          "type": "string"
        },
        "uri": {
          "type": "string"
        },
        "usage": {
          "type": "integer"
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "created_datetime"
      ],
      "type": "object"
    },
    "TagCreate": {
      "additionalProperties": false,
      "properties": {
        "decoration": {
          "additionalProperties": false,
          "properties": {
            "color": {
              "type": "string"
            }
          },
          "type": "object"
        },
        "description": {
          "maxLength": 1024,
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "maxLength": 256,
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ],
      "type": "object"
    },
    "TagList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Tag"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "TagMerge": {
      "additionalProperties": false,
      "properties": {
        "destination_tag_id": {
          "minimum": 1,
          "type": "integer"
        },
        "source_tags_ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "minItems": 1,
          "type": "array"
        }
      },
      "required": [
        "destination_tag_id",
        "source_tags_ids"
      ],
      "type": "object"
    },
    "TagUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "decoration": {
          "additionalProperties": false,
          "properties": {
            "color": {
              "type": "string"
            }
          },
          "type": "object"
        },
        "description": {
          "maxLength": 1024,
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "maxLength": 256,
          "minLength": 1,
          "type": "string"
        }
      },
      "type": "object"
    },
    "Team": {
      "properties": {
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "decoration": {
          "$ref": "#/components/schemas/TeamDecoration"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "members": {
          "items": {
            "$ref": "#/components/schemas/TeamMember"
          },
          "type": "array"
        },
        "name": {
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "members"
      ],
      "type": "object"
    },
    "TeamCreate": {
      "additionalProperties": false,
      "properties": {
        "decoration": {
          "$ref": "#/components/schemas/TeamDecoration"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "members": {
          "items": {
            "$ref": "#/components/schemas/TeamMemberRef"
          },
          "type": "array"
        },
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ],
      "type": "object"
    },
    "TeamDecoration": {
      "properties": {
        "emoji": {
          "type": "string"
        }
      },
      "type": [
        "object",
        "null"
      ]
    },
    "TeamMember": {
      "properties": {
        "email": {
          "maxLength": 320,
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id"
      ],
      "type": "object"
    },
    "TeamMemberRef": {
      "properties": {
        "email": {
          "maxLength": 320,
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id"
      ],
      "type": "object"
    },
    "TeamUpdate": {
      "additionalProperties": false,
      "properties": {
        "decoration": {
          "$ref": "#/components/schemas/TeamDecoration"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "members": {
          "items": {
            "$ref": "#/components/schemas/TeamMemberRef"
          },
          "type": "array"
        },
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "type": "object"
    },
    "Ticket": {
      "properties": {
        "assignee_team": {
          "properties": {
            "id": {
              "type": "integer"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "id"
          ],
          "type": [
            "object",
            "null"
          ]
        },
        "assignee_team_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "assignee_user": {
          "properties": {
            "email": {
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
            "id": {
              "type": "integer"
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
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "id"
          ],
          "type": [
            "object",
            "null"
          ]
        },
        "assignee_user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "closed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "custom_fields": {
          "additionalProperties": {
            "properties": {
              "field": {
                "type": "object"
              },
              "id": {
                "type": "integer"
              },
              "prediction": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "value": {}
            },
            "type": "object"
          },
          "type": "object"
        },
        "customer": {
          "properties": {
            "channels": {
              "items": {
                "$ref": "#/components/schemas/CustomerChannel"
              },
              "type": "array"
            },
            "email": {
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
            "firstname": {
              "type": [
                "string",
                "null"
              ]
            },
            "id": {
              "type": "integer"
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
            },
            "name": {
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
            }
          },
          "required": [
            "id"
          ],
          "type": [
            "object",
            "null"
          ]
        },
        "events": {
          "items": {
            "type": "object"
          },
          "type": "array"
        },
        "excerpt": {
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
        "from_agent": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "imported": {
          "type": "boolean"
        },
        "integrations": {
          "items": {
            "type": "object"
          },
          "type": "array"
        },
        "is_unread": {
          "type": "boolean"
        },
        "language": {
          "type": [
            "string",
            "null"
          ]
        },
        "last_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "last_received_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "last_sent_message_not_delivered": {
          "type": "boolean"
        },
        "messages": {
          "items": {
            "$ref": "#/components/schemas/TicketMessage"
          },
          "type": "array"
        },
        "messages_count": {
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "priority": {
          "$ref": "#/components/schemas/TicketPriority"
        },
        "processed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "reply_options": {
          "additionalProperties": {
            "type": "object"
          },
          "type": "object"
        },
        "satisfaction_survey": {
          "type": [
            "object",
            "null"
          ]
        },
        "snooze_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "spam": {
          "type": "boolean"
        },
        "status": {
          "$ref": "#/components/schemas/TicketStatus"
        },
        "subject": {
          "maxLength": 998,
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
        "tags": {
          "items": {
            "$ref": "#/components/schemas/Tag"
          },
          "type": "array"
        },
        "trashed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "uri": {
          "type": "string"
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
      "required": [
        "id",
        "uri",
        "status",
        "channel",
        "via",
        "created_datetime"
      ],
      "type": "object"
    },
    "TicketCreate": {
      "additionalProperties": false,
      "properties": {
        "assignee_team": {
          "$ref": "#/components/schemas/ObjectRef"
        },
        "assignee_user": {
          "$ref": "#/components/schemas/ObjectRef"
        },
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "closed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "custom_fields": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "id": {
                "minimum": 1,
                "type": "integer"
              },
              "value": {}
            },
            "required": [
              "id",
              "value"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "customer": {
          "$ref": "#/components/schemas/TicketCustomerRef"
        },
        "external_id": {
          "maxLength": 255,
          "type": [
            "string",
            "null"
          ]
        },
        "from_agent": {
          "type": "boolean"
        },
        "imported": {
          "type": "boolean"
        },
        "language": {
          "type": [
            "string",
            "null"
          ]
        },
        "last_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "last_received_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "messages": {
          "items": {
            "$ref": "#/components/schemas/TicketMessageCreate"
          },
          "maxItems": 500,
          "minItems": 1,
          "type": "array"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "priority": {
          "$ref": "#/components/schemas/TicketPriority"
        },
        "snooze_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "spam": {
          "type": "boolean"
        },
        "split_from": {
          "minimum": 1,
          "type": "integer"
        },
        "status": {
          "$ref": "#/components/schemas/TicketStatus"
        },
        "subject": {
          "maxLength": 998,
          "type": [
            "string",
            "null"
          ]
        },
        "tags": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "decoration": {
                "properties": {
                  "color": {
                    "type": "string"
                  }
                },
                "type": [
                  "object",
                  "null"
                ]
              },
              "name": {
                "maxLength": 256,
                "type": "string"
              }
            },
            "required": [
              "name"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "trashed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
      "required": [
        "messages"
      ],
      "type": "object"
    },
    "TicketCustomerRef": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "email": {
          "maxLength": 320,
          "type": "string"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        },
        "name": {
          "type": "string"
        }
      },
      "type": "object"
    },
    "TicketList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Ticket"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "TicketMessage": {
      "properties": {
        "actions": {
          "items": {},
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "items": {
            "$ref": "#/components/schemas/Attachment"
          },
          "type": "array"
        },
        "auth_customer_identity": {
          "properties": {
            "identifier": {
              "type": "string"
            },
            "service": {
              "properties": {
                "id": {},
                "name": {
                  "type": "string"
                }
              },
              "type": "object"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "body_html": {
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
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deleted_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "external_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "failed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "from_agent": {
          "type": "boolean"
        },
        "headers": {
          "type": [
            "object",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "imported": {
          "type": "boolean"
        },
        "integration_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "intents": {
          "items": {
            "properties": {
              "is_user_feedback": {
                "type": "boolean"
              },
              "name": {
                "type": "string"
              },
              "rejected": {
                "type": "boolean"
              }
            },
            "type": "object"
          },
          "type": "array"
        },
        "is_retriable": {
          "type": "boolean"
        },
        "last_sending_error": {
          "properties": {
            "error": {
              "type": "string"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "macros": {
          "items": {
            "$ref": "#/components/schemas/ObjectRef"
          },
          "type": "array"
        },
        "message_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "meta": {},
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "processed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "public": {
          "type": "boolean"
        },
        "receiver": {
          "oneOf": [
            {
              "$ref": "#/components/schemas/MessageParticipant"
            },
            {
              "type": "null"
            }
          ]
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
        },
        "rule_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sender": {
          "$ref": "#/components/schemas/MessageParticipant"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "source": {
          "$ref": "#/components/schemas/MessageSource"
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
        "stripped_text": {
          "type": [
            "string",
            "null"
          ]
        },
        "subject": {
          "type": [
            "string",
            "null"
          ]
        },
        "ticket_id": {
          "type": "integer"
        },
        "uri": {
          "type": "string"
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
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
      "type": "object"
    },
    "TicketMessageCreate": {
      "additionalProperties": false,
      "properties": {
        "actions": {
          "items": {},
          "type": [
            "array",
            "null"
          ]
        },
        "attachments": {
          "items": {
            "$ref": "#/components/schemas/Attachment"
          },
          "type": "array"
        },
        "body_html": {
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
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deleted_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "external_id": {
          "maxLength": 255,
          "type": [
            "string",
            "null"
          ]
        },
        "failed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "from_agent": {
          "type": "boolean"
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
        "integration_id": {
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "last_sending_error": {
          "additionalProperties": false,
          "properties": {
            "error": {
              "type": "string"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "macros": {
          "items": {
            "$ref": "#/components/schemas/ObjectRef"
          },
          "type": "array"
        },
        "mention_ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "type": "array"
        },
        "message_id": {
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
        },
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "public": {
          "type": "boolean"
        },
        "receiver": {
          "$ref": "#/components/schemas/MessageParticipant"
        },
        "sender": {
          "$ref": "#/components/schemas/MessageParticipant"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "source": {
          "$ref": "#/components/schemas/MessageSource"
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
        "stripped_text": {
          "type": [
            "string",
            "null"
          ]
        },
        "subject": {
          "type": [
            "string",
            "null"
          ]
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
      "required": [
        "channel",
        "from_agent",
        "via"
      ],
      "type": "object"
    },
    "TicketMessageList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/TicketMessage"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "TicketMessageUpdate": {
      "additionalProperties": false,
      "properties": {
        "attachments": {
          "items": {
            "$ref": "#/components/schemas/Attachment"
          },
          "type": "array"
        },
        "body_html": {
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
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "external_id": {
          "maxLength": 255,
          "type": [
            "string",
            "null"
          ]
        },
        "failed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "from_agent": {
          "type": "boolean"
        },
        "headers": {
          "type": [
            "object",
            "null"
          ]
        },
        "integration_id": {
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "mention_ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "type": "array"
        },
        "message_id": {
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
        },
        "public": {
          "type": "boolean"
        },
        "receiver": {
          "$ref": "#/components/schemas/MessageParticipant"
        },
        "sender": {
          "$ref": "#/components/schemas/MessageParticipant"
        },
        "sent_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "source": {
          "$ref": "#/components/schemas/MessageSource"
        },
        "subject": {
          "type": [
            "string",
            "null"
          ]
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
      "required": [
        "channel",
        "from_agent",
        "via"
      ],
      "type": "object"
    },
    "TicketPriority": {
      "default": "normal",
      "enum": [
        "critical",
        "high",
        "normal",
        "low"
      ],
      "type": "string"
    },
    "TicketStatus": {
      "enum": [
        "open",
        "closed"
      ],
      "type": "string"
    },
    "TicketTagList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Tag"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "TicketTagsChange": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "type": "array"
        },
        "names": {
          "items": {
            "maxLength": 256,
            "type": "string"
          },
          "type": "array"
        }
      },
      "type": "object"
    },
    "TicketUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "assignee_team": {
          "additionalProperties": false,
          "properties": {
            "id": {
              "minimum": 1,
              "type": [
                "integer",
                "null"
              ]
            }
          },
          "required": [
            "id"
          ],
          "type": "object"
        },
        "assignee_user": {
          "additionalProperties": false,
          "properties": {
            "id": {
              "minimum": 1,
              "type": [
                "integer",
                "null"
              ]
            }
          },
          "required": [
            "id"
          ],
          "type": "object"
        },
        "channel": {
          "$ref": "#/components/schemas/Channel"
        },
        "closed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "custom_fields": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "id": {
                "minimum": 1,
                "type": "integer"
              },
              "value": {}
            },
            "required": [
              "id",
              "value"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "customer": {
          "$ref": "#/components/schemas/TicketCustomerRef"
        },
        "external_id": {
          "maxLength": 255,
          "type": [
            "string",
            "null"
          ]
        },
        "from_agent": {
          "type": "boolean"
        },
        "is_unread": {
          "type": "boolean"
        },
        "language": {
          "type": [
            "string",
            "null"
          ]
        },
        "last_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "last_received_message_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "meta": {
          "type": [
            "object",
            "null"
          ]
        },
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "priority": {
          "$ref": "#/components/schemas/TicketPriority"
        },
        "snooze_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "spam": {
          "type": "boolean"
        },
        "status": {
          "$ref": "#/components/schemas/TicketStatus"
        },
        "subject": {
          "maxLength": 998,
          "type": [
            "string",
            "null"
          ]
        },
        "tags": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "decoration": {
                "properties": {
                  "color": {
                    "type": "string"
                  }
                },
                "type": [
                  "object",
                  "null"
                ]
              },
              "name": {
                "maxLength": 256,
                "type": "string"
              }
            },
            "required": [
              "name"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "trashed_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
      "type": "object"
    },
    "User": {
      "properties": {
        "active": {
          "type": "boolean"
        },
        "bio": {
          "type": [
            "string",
            "null"
          ]
        },
        "client_id": {},
        "country": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "email": {
          "type": "string"
        },
        "external_id": {
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
        "id": {
          "type": "integer"
        },
        "language": {
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
          "properties": {
            "profile_picture_url": {
              "type": [
                "string",
                "null"
              ]
            },
            "sso": {
              "enum": [
                "google",
                "office365",
                null
              ],
              "type": [
                "string",
                "null"
              ]
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "role": {
          "properties": {
            "name": {
              "$ref": "#/components/schemas/UserRole"
            }
          },
          "required": [
            "name"
          ],
          "type": "object"
        },
        "timezone": {
          "type": [
            "string",
            "null"
          ]
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        }
      },
      "required": [
        "id",
        "email",
        "created_datetime"
      ],
      "type": "object"
    },
    "UserCreate": {
      "additionalProperties": false,
      "properties": {
        "active": {
          "type": "boolean"
        },
        "bio": {
          "type": "string"
        },
        "country": {
          "type": "string"
        },
        "email": {
          "maxLength": 320,
          "type": "string"
        },
        "external_id": {
          "type": "string"
        },
        "firstname": {
          "type": "string"
        },
        "language": {
          "type": "string"
        },
        "lastname": {
          "type": "string"
        },
        "meta": {
          "type": "object"
        },
        "name": {
          "type": "string"
        },
        "role": {
          "additionalProperties": false,
          "properties": {
            "name": {
              "$ref": "#/components/schemas/UserRole"
            }
          },
          "required": [
            "name"
          ],
          "type": "object"
        },
        "timezone": {
          "type": "string"
        }
      },
      "required": [
        "email",
        "name"
      ],
      "type": "object"
    },
    "UserList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/User"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "UserRole": {
      "enum": [
        "admin",
        "agent",
        "basic-agent",
        "bot",
        "internal-agent",
        "lite-agent",
        "observer-agent"
      ],
      "type": "string"
    },
    "UserUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
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
        "email": {
          "maxLength": 320,
          "type": "string"
        },
        "external_id": {
          "type": "string"
        },
        "firstname": {
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
        "lastname": {
          "type": [
            "string",
            "null"
          ]
        },
        "meta": {
          "type": "object"
        },
        "name": {
          "type": "string"
        },
        "new_password": {
          "type": "string"
        },
        "old_password": {
          "type": "string"
        },
        "password_confirmation": {
          "type": "string"
        },
        "role": {
          "additionalProperties": false,
          "properties": {
            "name": {
              "$ref": "#/components/schemas/UserRole"
            }
          },
          "required": [
            "name"
          ],
          "type": "object"
        },
        "timezone": {
          "type": "string"
        },
        "two_fa_code": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "type": "object"
    },
    "Via": {
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
      ],
      "type": "string"
    },
    "View": {
      "properties": {
        "category": {
          "enum": [
            "system",
            "user",
            null
          ],
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "decoration": {
          "properties": {
            "emoji": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "fields": {
          "items": {
            "enum": [
              "id",
              "details",
              "tags",
              "customer",
              "last_message",
              "name",
              "email",
              "created",
              "updated",
              "assignee",
              "assignee_team",
              "channel",
              "closed",
              "language",
              "last_received_message",
              "integrations",
              "snooze",
              "status",
              "subject",
              "priority"
            ],
            "type": "string"
          },
          "type": "array"
        },
        "filters": {
          "type": [
            "string",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "name": {
          "type": "string"
        },
        "order_by": {
          "default": "updated_datetime",
          "type": "string"
        },
        "order_dir": {
          "enum": [
            "asc",
            "desc"
          ],
          "type": "string"
        },
        "search": {
          "type": [
            "string",
            "null"
          ]
        },
        "shared_with_teams": {
          "items": {
            "type": "integer"
          },
          "type": "array"
        },
        "shared_with_users": {
          "items": {
            "type": "integer"
          },
          "type": "array"
        },
        "slug": {
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "enum": [
            "ticket-list"
          ],
          "type": "string"
        },
        "uri": {
          "type": "string"
        },
        "visibility": {
          "enum": [
            "public",
            "shared",
            "private"
          ],
          "type": "string"
        }
      },
      "required": [
        "id",
        "uri",
        "name",
        "created_datetime"
      ],
      "type": "object"
    },
    "ViewCreate": {
      "additionalProperties": false,
      "properties": {
        "decoration": {
          "additionalProperties": false,
          "properties": {
            "emoji": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "type": "object"
        },
        "fields": {
          "items": {
            "enum": [
              "id",
              "details",
              "tags",
              "customer",
              "last_message",
              "name",
              "email",
              "created",
              "updated",
              "assignee",
              "assignee_team",
              "channel",
              "closed",
              "language",
              "last_received_message",
              "integrations",
              "snooze",
              "status",
              "subject",
              "priority"
            ],
            "type": "string"
          },
          "type": "array"
        },
        "filters": {
          "$ref": "#/components/schemas/ViewFilter"
        },
        "name": {
          "type": "string"
        },
        "order_by": {
          "type": "string"
        },
        "order_dir": {
          "enum": [
            "asc",
            "desc"
          ],
          "type": "string"
        },
        "search": {
          "type": [
            "string",
            "null"
          ]
        },
        "shared_with_teams": {
          "items": {
            "type": "integer"
          },
          "maxItems": 100,
          "type": "array"
        },
        "shared_with_users": {
          "items": {
            "type": "integer"
          },
          "maxItems": 100,
          "type": "array"
        },
        "slug": {
          "type": "string"
        },
        "type": {
          "default": "ticket-list",
          "enum": [
            "ticket-list"
          ],
          "type": "string"
        },
        "visibility": {
          "enum": [
            "public",
            "shared",
            "private"
          ],
          "type": "string"
        }
      },
      "type": "object"
    },
    "ViewFilter": {
      "type": "string"
    },
    "ViewList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/View"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ListMeta"
        },
        "object": {
          "const": "list",
          "type": "string"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "object",
        "uri",
        "data",
        "meta"
      ],
      "type": "object"
    },
    "ViewUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "decoration": {
          "additionalProperties": false,
          "properties": {
            "emoji": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "type": "object"
        },
        "fields": {
          "items": {
            "enum": [
              "id",
              "details",
              "tags",
              "customer",
              "last_message",
              "name",
              "email",
              "created",
              "updated",
              "assignee",
              "assignee_team",
              "channel",
              "closed",
              "language",
              "last_received_message",
              "integrations",
              "snooze",
              "status",
              "subject",
              "priority"
            ],
            "type": "string"
          },
          "type": "array"
        },
        "filters": {
          "$ref": "#/components/schemas/ViewFilter"
        },
        "name": {
          "type": "string"
        },
        "order_by": {
          "type": "string"
        },
        "order_dir": {
          "enum": [
            "asc",
            "desc"
          ],
          "type": "string"
        },
        "search": {
          "type": [
            "string",
            "null"
          ]
        },
        "shared_with_teams": {
          "items": {
            "type": "integer"
          },
          "maxItems": 100,
          "type": "array"
        },
        "shared_with_users": {
          "items": {
            "type": "integer"
          },
          "maxItems": 100,
          "type": "array"
        },
        "slug": {
          "type": "string"
        },
        "type": {
          "default": "ticket-list",
          "enum": [
            "ticket-list"
          ],
          "type": "string"
        },
        "visibility": {
          "enum": [
            "public",
            "shared",
            "private"
          ],
          "type": "string"
        }
      },
      "type": "object"
    },
    "WebhookPayloadBase": {
      "properties": {
        "context": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "data": {
          "type": [
            "object",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "object_id": {
          "type": "integer"
        },
        "object_type": {
          "type": "string"
        },
        "type": {
          "type": "string"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "type",
        "object_type",
        "object_id",
        "created_datetime",
        "data"
      ],
      "type": "object"
    },
    "Widget": {
      "properties": {
        "app_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "context": {
          "$ref": "#/components/schemas/WidgetContext"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "id": {
          "type": "integer"
        },
        "integration_id": {
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "order": {
          "minimum": 0,
          "type": "integer"
        },
        "template": {
          "$ref": "#/components/schemas/WidgetTemplate"
        },
        "type": {
          "$ref": "#/components/schemas/WidgetType"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "uri": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "uri",
        "type",
        "context",
        "template",
        "order"
      ],
      "type": "object"
    },
    "WidgetContext": {
      "enum": [
        "ticket",
        "customer",
        "user"
      ],
      "type": "string"
    },
    "WidgetCreate": {
      "additionalProperties": false,
      "properties": {
        "app_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "context": {
          "$ref": "#/components/schemas/WidgetContext",
          "default": "ticket"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "integration_id": {
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "order": {
          "default": 0,
          "minimum": 0,
          "type": "integer"
        },
        "template": {
          "$ref": "#/components/schemas/WidgetTemplate"
        },
        "type": {
          "$ref": "#/components/schemas/WidgetType"
        }
      },
      "required": [
        "type",
        "template"
      ],
      "type": "object"
    },
    "WidgetTemplate": {
      "properties": {
        "type": {
          "type": "string"
        },
        "widgets": {
          "items": {
            "type": "object"
          },
          "type": "array"
        }
      },
      "required": [
        "type"
      ],
      "type": "object"
    },
    "WidgetType": {
      "enum": [
        "bigcommerce",
        "custom",
        "customer_external_data",
        "http",
        "magento2",
        "recharge",
        "shopify",
        "smile",
        "standalone",
        "yotpo",
        "klaviyo",
        "stripe",
        "woocommerce"
      ],
      "type": "string"
    },
    "WidgetUpdate": {
      "additionalProperties": false,
      "properties": {
        "app_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "context": {
          "$ref": "#/components/schemas/WidgetContext"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "integration_id": {
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "order": {
          "minimum": 0,
          "type": "integer"
        },
        "template": {
          "$ref": "#/components/schemas/WidgetTemplate"
        },
        "type": {
          "$ref": "#/components/schemas/WidgetType"
        }
      },
      "type": "object"
    }
  }
} as const satisfies { schemas: Record<string, JsonSchema>; };

/** Validator schemas per operation id. */
export const operationSchemas: Readonly<Record<string, OperationSchemas>> = {
  "listTickets": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc",
            "updated_datetime:asc",
            "updated_datetime:desc"
          ],
          "type": "string"
        },
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        },
        "view_id": {
          "minimum": 1,
          "type": "integer"
        },
        "rule_id": {
          "minimum": 1,
          "type": "integer"
        },
        "ticket_ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "maxItems": 100,
          "type": "array"
        },
        "external_id": {
          "type": "string"
        },
        "trashed": {
          "type": "boolean"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createTicket": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Ticket"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getTicket": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "relationships": {
          "items": {
            "enum": [
              "custom_fields"
            ],
            "type": "string"
          },
          "type": "array",
          "uniqueItems": true
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Ticket"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateTicket": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Ticket"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteTicket": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listMessages": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketMessageList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createTicketMessage": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "action": {
          "enum": [
            "force",
            "retry",
            "cancel"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketMessageCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/TicketMessage"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getTicketMessage": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id",
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketMessage"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateTicketMessage": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id",
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "action": {
          "enum": [
            "force",
            "retry",
            "cancel"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketMessageUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "202": {
        "$ref": "gorgias#/components/schemas/TicketMessage"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteTicketMessage": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id",
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listTicketTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketTagList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "setTicketTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "additionalProperties": false,
      "properties": {
        "ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "type": "array"
        },
        "names": {
          "items": {
            "maxLength": 256,
            "type": "string"
          },
          "type": "array"
        }
      },
      "type": "object"
    },
    "bodyRequired": true,
    "responses": {
      "202": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "addTicketTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketTagsChange"
    },
    "bodyRequired": true,
    "responses": {
      "201": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "removeTicketTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "ticket_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TicketTagsChange"
    },
    "bodyRequired": true,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listCustomers": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "name:asc",
            "created_datetime:asc",
            "created_datetime:desc",
            "updated_datetime:asc",
            "updated_datetime:desc"
          ],
          "type": "string"
        },
        "email": {
          "type": "string"
        },
        "external_id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "language": {
          "type": "string"
        },
        "timezone": {
          "type": "string"
        },
        "view_id": {
          "minimum": 1,
          "type": "integer"
        },
        "channel_type": {
          "type": "string"
        },
        "channel_address": {
          "maxLength": 320,
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomerList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createCustomer": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/CustomerCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Customer"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getCustomer": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "relationships": {
          "items": {
            "enum": [
              "custom_fields"
            ],
            "type": "string"
          },
          "type": "array",
          "uniqueItems": true
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Customer"
      },
      "301": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateCustomer": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/CustomerUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Customer"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteCustomer": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "mergeCustomers": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/CustomerMerge"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Customer"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listUsers": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "name:asc",
            "name:desc",
            "email:asc",
            "email:desc",
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "email": {
          "type": "string"
        },
        "external_id": {
          "type": "string"
        },
        "search": {
          "type": "string"
        },
        "roles": {
          "items": {
            "enum": [
              "admin",
              "agent",
              "basic-agent",
              "bot",
              "internal-agent",
              "lite-agent",
              "observer-agent"
            ],
            "type": "string"
          },
          "type": "array",
          "uniqueItems": true
        },
        "available_first": {
          "type": "boolean"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/UserList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createUser": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/UserCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/User"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getUser": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/User"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateUser": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/UserUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/User"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteUser": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc",
            "name:asc",
            "name:desc",
            "usage:asc,name:asc",
            "usage:desc,name:desc"
          ],
          "type": "string"
        },
        "search": {
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TagList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createTag": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TagCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Tag"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getTag": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Tag"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateTag": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TagUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Tag"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteTag": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "mergeTags": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TagMerge"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Tag"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listMacros": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "name:asc",
            "name:desc",
            "created_datetime:asc",
            "created_datetime:desc",
            "updated_datetime:asc",
            "updated_datetime:desc",
            "usage:asc",
            "usage:desc",
            "language:asc",
            "language:desc"
          ],
          "type": "string"
        },
        "search": {
          "type": "string"
        },
        "tags": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "languages": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "archived": {
          "type": "boolean"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/MacroList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createMacro": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/MacroCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Macro"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getMacro": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Macro"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateMacro": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/MacroUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Macro"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteMacro": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listViews": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/ViewList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createView": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/ViewCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/View"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getView": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/View"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateView": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/ViewUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/View"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteView": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listViewItems": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "view_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "view_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc",
            "updated_datetime:asc",
            "updated_datetime:desc",
            "last_message_datetime:asc",
            "last_message_datetime:desc",
            "last_received_message_datetime:asc",
            "last_received_message_datetime:desc",
            "closed_datetime:asc",
            "closed_datetime:desc",
            "snooze_datetime:asc",
            "snooze_datetime:desc",
            "priority:asc",
            "priority:desc"
          ],
          "type": "string"
        },
        "direction": {
          "enum": [
            "prev",
            "next"
          ],
          "type": "string"
        },
        "ignored_item": {
          "minimum": 1,
          "type": "integer"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listIntegrations": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "type": {
          "enum": [
            "http"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/IntegrationList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createIntegration": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/IntegrationCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Integration"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getIntegration": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Integration"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateIntegration": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/IntegrationUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Integration"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteIntegration": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listEvents": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "object_id": {
          "minimum": 1,
          "type": "integer"
        },
        "object_type": {
          "enum": [
            "Account",
            "Macro",
            "Tag",
            "Customer",
            "Team",
            "View",
            "Widget",
            "User",
            "TicketMessage",
            "Ticket",
            "Rule",
            "Integration",
            "SatisfactionSurvey"
          ],
          "type": "string"
        },
        "user_ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "type": "array"
        },
        "types": {
          "items": {
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
              "ticket-closed",
              "ticket-reopened",
              "ticket-assigned",
              "ticket-unassigned",
              "ticket-team-assigned",
              "ticket-team-unassigned",
              "ticket-marked-spam",
              "ticket-unmarked-spam",
              "ticket-trashed",
              "ticket-untrashed",
              "ticket-merged",
              "ticket-split",
              "ticket-snoozed",
              "ticket-self-unsnoozed",
              "ticket-subject-updated",
              "ticket-customer-updated",
              "ticket-tags-added",
              "ticket-tags-removed",
              "ticket-message-failed",
              "customer-updated",
              "user-updated",
              "tag-deleted",
              "tag-merged",
              "macro-created",
              "macro-updated",
              "macro-deleted",
              "macro-applied",
              "integration-updated",
              "integration-deactivated",
              "integration-reactivated",
              "rule-created",
              "rule-updated",
              "rule-deleted",
              "rule-executed",
              "team-created",
              "team-updated",
              "team-deleted",
              "satisfaction-survey-sent",
              "satisfaction-survey-responded",
              "account-updated"
            ],
            "type": "string"
          },
          "type": "array"
        },
        "created_datetime": {
          "additionalProperties": false,
          "properties": {
            "gt": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
            },
            "gte": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
            },
            "lt": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
            },
            "lte": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
            }
          },
          "type": "object"
        }
      }
    },
    "deepObjectQuery": [
      "created_datetime"
    ],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/EventList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getEvent": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Event"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "search": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/SearchRequest"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/SearchResults"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listTeams": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc",
            "name:asc",
            "name:desc"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "items": {
          "properties": {
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "decoration": {
              "properties": {
                "emoji": {
                  "type": "string"
                }
              },
              "type": [
                "object",
                "null"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "id": {
              "type": "integer"
            },
            "members": {
              "items": {
                "properties": {
                  "email": {
                    "maxLength": 320,
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "id": {
                    "type": "integer"
                  },
                  "meta": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "required": [
                  "id"
                ],
                "type": "object"
              },
              "type": "array"
            },
            "name": {
              "type": "string"
            },
            "uri": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "uri",
            "name",
            "members"
          ],
          "type": "object"
        },
        "type": "array"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createTeam": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TeamCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Team"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getTeam": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Team"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateTeam": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/TeamUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Team"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteTeam": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listWidgets": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc",
            "order:asc",
            "order:desc"
          ],
          "type": "string"
        },
        "integration_id": {
          "minimum": 1,
          "type": "integer"
        },
        "app_id": {
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "items": {
          "properties": {
            "app_id": {
              "type": [
                "string",
                "null"
              ]
            },
            "context": {
              "enum": [
                "ticket",
                "customer",
                "user"
              ],
              "type": "string"
            },
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "deactivated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "id": {
              "type": "integer"
            },
            "integration_id": {
              "minimum": 0,
              "type": [
                "integer",
                "null"
              ]
            },
            "order": {
              "minimum": 0,
              "type": "integer"
            },
            "template": {
              "properties": {
                "type": {
                  "type": "string"
                },
                "widgets": {
                  "items": {
                    "type": "object"
                  },
                  "type": "array"
                }
              },
              "required": [
                "type"
              ],
              "type": "object"
            },
            "type": {
              "enum": [
                "bigcommerce",
                "custom",
                "customer_external_data",
                "http",
                "magento2",
                "recharge",
                "shopify",
                "smile",
                "standalone",
                "yotpo",
                "klaviyo",
                "stripe",
                "woocommerce"
              ],
              "type": "string"
            },
            "updated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "uri": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "uri",
            "type",
            "context",
            "template",
            "order"
          ],
          "type": "object"
        },
        "type": "array"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createWidget": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/WidgetCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Widget"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getWidget": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Widget"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateWidget": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/WidgetUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Widget"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteWidget": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listJobs": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "status": {
          "enum": [
            "pending",
            "scheduled",
            "running",
            "done",
            "cancel_requested",
            "canceled",
            "errored",
            "fatal_errored"
          ],
          "type": "string"
        },
        "type": {
          "enum": [
            "applyMacro",
            "deleteTicket",
            "exportTicket",
            "importMacro",
            "exportMacro",
            "updateTicket",
            "exportTicketDrilldown",
            "exportConvertCampaignSalesDrilldown"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/JobList"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createJob": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/JobCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Job"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getJob": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Job"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateJob": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/JobUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Job"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "cancelJob": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listRules": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 100,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "items": {
          "properties": {
            "code": {
              "type": "string"
            },
            "code_ast": {
              "type": [
                "object",
                "null"
              ]
            },
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "deactivated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "event_types": {
              "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$",
              "type": [
                "string",
                "null"
              ]
            },
            "id": {
              "type": "integer"
            },
            "name": {
              "type": "string"
            },
            "priority": {
              "type": "integer"
            },
            "updated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "uri": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "uri",
            "name",
            "code",
            "priority"
          ],
          "type": "object"
        },
        "type": "array"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createRule": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/RuleCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/Rule"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getRule": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Rule"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateRule": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/RuleUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Rule"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "deleteRule": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "204": null,
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateRulePriorities": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/RulePriorities"
    },
    "bodyRequired": true,
    "responses": {
      "202": {
        "items": {
          "properties": {
            "code": {
              "type": "string"
            },
            "code_ast": {
              "type": [
                "object",
                "null"
              ]
            },
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "deactivated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "event_types": {
              "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$",
              "type": [
                "string",
                "null"
              ]
            },
            "id": {
              "type": "integer"
            },
            "name": {
              "type": "string"
            },
            "priority": {
              "type": "integer"
            },
            "updated_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "uri": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "uri",
            "name",
            "code",
            "priority"
          ],
          "type": "object"
        },
        "type": "array"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "listSatisfactionSurveys": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "limit": {
          "default": 30,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        },
        "order_by": {
          "default": "created_datetime:desc",
          "enum": [
            "created_datetime:asc",
            "created_datetime:desc"
          ],
          "type": "string"
        },
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "items": {
          "properties": {
            "body_text": {
              "maxLength": 1000,
              "type": [
                "string",
                "null"
              ]
            },
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "customer_id": {
              "type": "integer"
            },
            "id": {
              "type": "integer"
            },
            "meta": {
              "type": [
                "object",
                "null"
              ]
            },
            "score": {
              "maximum": 5,
              "minimum": 1,
              "type": [
                "integer",
                "null"
              ]
            },
            "scored_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "sent_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "should_send_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
            },
            "ticket_id": {
              "type": "integer"
            },
            "uri": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "uri",
            "ticket_id",
            "customer_id"
          ],
          "type": "object"
        },
        "type": "array"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "createSatisfactionSurvey": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/SatisfactionSurveyCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/SatisfactionSurvey"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "getSatisfactionSurvey": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/SatisfactionSurvey"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  },
  "updateSatisfactionSurvey": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/SatisfactionSurveyUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/SatisfactionSurvey"
      },
      "400": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "401": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "403": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "404": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "405": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "409": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "413": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "415": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "429": {
        "$ref": "gorgias#/components/schemas/Error"
      },
      "500": {
        "$ref": "gorgias#/components/schemas/Error"
      }
    }
  }
};
