/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** JSON Schema (2020-12) as OpenAPI 3.1 uses it. */
export type JsonSchema = { readonly [keyword: string]: unknown; };

/** The `$id` to register {@link components} under: `ajv.addSchema({ $id: componentsId, components })`; refs from outside read `${componentsId}#/components/schemas/X`. */
export const componentsId = "gorgias";

/** The spec's component schemas (annotations removed; internal `#/components/schemas/X` refs kept). */
export const components = {
  schemas: {
    "Account": {
      "properties": {
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "domain": {
          "type": "string"
        },
        "settings": {
          "items": {
            "$ref": "#/components/schemas/AccountSetting"
          },
          "type": "array"
        },
        "status": {
          "properties": {
            "status": {
              "type": "string"
            }
          },
          "required": [
            "status"
          ],
          "type": "object"
        }
      },
      "required": [
        "domain",
        "status",
        "created_datetime",
        "deactivated_datetime",
        "settings"
      ],
      "type": "object"
    },
    "AccountSetting": {
      "properties": {
        "data": {
          "type": "object"
        },
        "id": {
          "type": "integer"
        },
        "type": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "type",
        "data"
      ],
      "type": "object"
    },
    "AccountSettingList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/AccountSetting"
          },
          "type": "array"
        }
      },
      "required": [
        "data"
      ],
      "type": "object"
    },
    "AccountSettingWrite": {
      "additionalProperties": false,
      "properties": {
        "data": {
          "type": "object"
        },
        "type": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "type"
      ],
      "type": "object"
    },
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
      "anyOf": [
        {
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
        {
          "type": "string"
        }
      ]
    },
    "CustomField": {
      "properties": {
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "definition": {
          "$ref": "#/components/schemas/CustomFieldDefinition"
        },
        "description": {
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
        "id": {
          "type": "integer"
        },
        "label": {
          "type": "string"
        },
        "managed_type": {
          "$ref": "#/components/schemas/CustomFieldManagedType"
        },
        "object_type": {
          "$ref": "#/components/schemas/CustomFieldObjectType"
        },
        "priority": {
          "type": "integer"
        },
        "required": {
          "type": "boolean"
        },
        "requirement_type": {
          "enum": [
            "visible",
            "required",
            "conditional"
          ],
          "type": "string"
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        }
      },
      "required": [
        "id",
        "object_type",
        "label",
        "definition",
        "priority",
        "required",
        "created_datetime"
      ],
      "type": "object"
    },
    "CustomFieldArray": {
      "items": {
        "$ref": "#/components/schemas/CustomField"
      },
      "type": "array"
    },
    "CustomFieldBulkUpdate": {
      "items": {
        "additionalProperties": false,
        "properties": {
          "deactivated_datetime": {
            "$ref": "#/components/schemas/NullableDatetime"
          },
          "definition": {
            "$ref": "#/components/schemas/CustomFieldDefinition"
          },
          "description": {
            "maxLength": 1024,
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
          "id": {
            "minimum": 1,
            "type": "integer"
          },
          "label": {
            "maxLength": 255,
            "minLength": 1,
            "type": "string"
          },
          "managed_type": {
            "$ref": "#/components/schemas/CustomFieldManagedType"
          },
          "object_type": {
            "$ref": "#/components/schemas/CustomFieldObjectType"
          },
          "priority": {
            "maximum": 5000,
            "minimum": 0,
            "type": "integer"
          },
          "required": {
            "type": "boolean"
          },
          "requirement_type": {
            "enum": [
              "visible",
              "required",
              "conditional"
            ],
            "type": "string"
          }
        },
        "required": [
          "id"
        ],
        "type": "object"
      },
      "minItems": 1,
      "type": "array"
    },
    "CustomFieldCreate": {
      "additionalProperties": false,
      "properties": {
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "definition": {
          "$ref": "#/components/schemas/CustomFieldDefinition"
        },
        "description": {
          "maxLength": 1024,
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
        "label": {
          "maxLength": 255,
          "minLength": 1,
          "type": "string"
        },
        "managed_type": {
          "$ref": "#/components/schemas/CustomFieldManagedType"
        },
        "object_type": {
          "$ref": "#/components/schemas/CustomFieldObjectType"
        },
        "priority": {
          "maximum": 5000,
          "minimum": 0,
          "type": "integer"
        },
        "required": {
          "type": "boolean"
        }
      },
      "required": [
        "object_type",
        "label",
        "definition"
      ],
      "type": "object"
    },
    "CustomFieldDefinition": {
      "properties": {
        "data_type": {
          "enum": [
            "text",
            "number",
            "boolean"
          ],
          "type": "string"
        },
        "input_settings": {
          "properties": {
            "choices": {
              "items": {
                "type": [
                  "string",
                  "boolean"
                ]
              },
              "type": "array"
            },
            "default": {
              "type": [
                "string",
                "boolean",
                "null"
              ]
            },
            "input_type": {
              "enum": [
                "input",
                "dropdown",
                "input_number"
              ],
              "type": "string"
            },
            "max": {
              "type": [
                "number",
                "string",
                "null"
              ]
            },
            "min": {
              "type": [
                "number",
                "string",
                "null"
              ]
            },
            "placeholder": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "input_type"
          ],
          "type": "object"
        }
      },
      "required": [
        "data_type"
      ],
      "type": "object"
    },
    "CustomFieldList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/CustomField"
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
    "CustomFieldManagedType": {
      "enum": [
        "contact_reason",
        "product",
        "resolution",
        "ai_intent",
        "ai_outcome",
        "ai_sales",
        "ai_discount",
        "ai_journey",
        "managed_sentiment",
        "call_status",
        "customer_type",
        null
      ],
      "type": [
        "string",
        "null"
      ]
    },
    "CustomFieldObjectType": {
      "enum": [
        "Ticket",
        "Customer"
      ],
      "type": "string"
    },
    "CustomFieldScalar": {
      "type": [
        "string",
        "integer",
        "boolean"
      ]
    },
    "CustomFieldUpdate": {
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "deactivated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "definition": {
          "$ref": "#/components/schemas/CustomFieldDefinition"
        },
        "description": {
          "maxLength": 1024,
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
        "label": {
          "maxLength": 255,
          "minLength": 1,
          "type": "string"
        },
        "managed_type": {
          "$ref": "#/components/schemas/CustomFieldManagedType"
        },
        "object_type": {
          "$ref": "#/components/schemas/CustomFieldObjectType"
        },
        "priority": {
          "maximum": 5000,
          "minimum": 0,
          "type": "integer"
        },
        "required": {
          "type": "boolean"
        }
      },
      "type": "object"
    },
    "CustomFieldValueSet": {
      "items": {
        "additionalProperties": false,
        "properties": {
          "id": {
            "minimum": 1,
            "type": "integer"
          },
          "value": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "required": [
          "id",
          "value"
        ],
        "type": "object"
      },
      "type": "array"
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
    "CustomerChannelCreate": {
      "additionalProperties": false,
      "properties": {
        "address": {
          "maxLength": 320,
          "type": "string"
        },
        "preferred": {
          "type": "boolean"
        },
        "type": {
          "type": "string"
        }
      },
      "required": [
        "type",
        "address",
        "preferred"
      ],
      "type": "object"
    },
    "CustomerCreate": {
      "additionalProperties": false,
      "properties": {
        "channels": {
          "items": {
            "$ref": "#/components/schemas/CustomerChannelCreate"
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
      "required": [
        "channels"
      ],
      "type": "object"
    },
    "CustomerCustomFieldValue": {
      "properties": {
        "field": {
          "$ref": "#/components/schemas/CustomField"
        },
        "value": {}
      },
      "required": [
        "field",
        "value"
      ],
      "type": "object"
    },
    "CustomerCustomFieldValueList": {
      "items": {
        "$ref": "#/components/schemas/CustomerCustomFieldValue"
      },
      "type": "array"
    },
    "CustomerDataSet": {
      "additionalProperties": false,
      "properties": {
        "data": {
          "type": "object"
        },
        "version": {
          "$ref": "#/components/schemas/NullableDatetime"
        }
      },
      "required": [
        "data"
      ],
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
          "anyOf": [
            {
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
            {
              "type": "string"
            }
          ]
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
      "anyOf": [
        {
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
        {
          "type": "string"
        }
      ]
    },
    "File": {
      "properties": {
        "content_type": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "size": {
          "oneOf": [
            {
              "minimum": 0,
              "type": "integer"
            },
            {
              "pattern": "^[0-9]+$",
              "type": "string"
            }
          ]
        },
        "url": {
          "format": "uri",
          "type": "string"
        }
      },
      "required": [
        "content_type",
        "name",
        "size",
        "url"
      ],
      "type": "object"
    },
    "FileUpload": {
      "additionalProperties": {
        "contentMediaType": "application/octet-stream",
        "type": "string"
      },
      "minProperties": 1,
      "properties": {
        "file": {
          "contentMediaType": "application/octet-stream",
          "type": "string"
        }
      },
      "type": "object"
    },
    "FileUploadType": {
      "default": "attachment",
      "enum": [
        "attachment",
        "public_attachment",
        "profile_picture",
        "widget_picture"
      ],
      "type": "string"
    },
    "HttpIntegrationDelivery": {
      "properties": {
        "message": {
          "$ref": "#/components/schemas/TicketMessage"
        },
        "ticket": {
          "$ref": "#/components/schemas/TicketHttpIntegrationContext"
        }
      },
      "required": [
        "ticket"
      ],
      "type": "object"
    },
    "IdList": {
      "additionalProperties": false,
      "properties": {
        "ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "minItems": 1,
          "type": "array",
          "uniqueItems": true
        }
      },
      "required": [
        "ids"
      ],
      "type": "object"
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
        "business_hours_id": {
          "minimum": 1,
          "type": [
            "integer",
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
          "default": "GET",
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
          "default": "application/json",
          "enum": [
            "application/json",
            "application/x-www-form-urlencoded"
          ],
          "type": "string"
        },
        "response_content_type": {
          "default": "application/json",
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
        "ticket-updated",
        "ticket-message-created",
        "ticket-message-failed",
        "ticket-self-unsnoozed",
        "ticket-assignment-updated",
        "ticket-status-updated",
        "ticket-handed-over"
      ],
      "type": "string"
    },
    "IntegrationType": {
      "anyOf": [
        {
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
        {
          "type": "string"
        }
      ]
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
    "MacroArchiveResults": {
      "properties": {
        "data": {
          "items": {
            "properties": {
              "error": {
                "properties": {
                  "data": {
                    "properties": {
                      "rules": {
                        "items": {
                          "type": "string"
                        },
                        "type": "array"
                      }
                    },
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
              },
              "id": {
                "type": "integer"
              },
              "status": {
                "enum": [
                  "archived",
                  "not_found",
                  "already_archived",
                  "macro_used"
                ],
                "type": "string"
              }
            },
            "required": [
              "id",
              "status"
            ],
            "type": "object"
          },
          "type": "array"
        }
      },
      "required": [
        "data"
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
    "MacroIdBatch": {
      "additionalProperties": false,
      "properties": {
        "ids": {
          "items": {
            "minimum": 1,
            "type": "integer"
          },
          "maxItems": 30,
          "minItems": 1,
          "type": "array",
          "uniqueItems": true
        }
      },
      "required": [
        "ids"
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
    "MacroUnarchiveResults": {
      "properties": {
        "data": {
          "items": {
            "properties": {
              "id": {
                "type": "integer"
              },
              "status": {
                "enum": [
                  "unarchived",
                  "not_found",
                  "already_not_archived"
                ],
                "type": "string"
              }
            },
            "required": [
              "id",
              "status"
            ],
            "type": "object"
          },
          "type": "array"
        }
      },
      "required": [
        "data"
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
      "anyOf": [
        {
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
        {
          "type": "string"
        }
      ]
    },
    "MetricCard": {
      "properties": {
        "aliases": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "api": {
          "properties": {
            "dimensions": {
              "items": {
                "type": "string"
              },
              "type": "array"
            },
            "filters": {
              "items": {
                "properties": {
                  "member": {
                    "type": "string"
                  },
                  "values": {
                    "items": {
                      "type": "string"
                    },
                    "type": "array"
                  }
                },
                "type": "object"
              },
              "type": "array"
            },
            "measures": {
              "items": {
                "type": "string"
              },
              "type": "array"
            },
            "scope": {
              "type": "string"
            }
          },
          "type": [
            "object",
            "null"
          ]
        },
        "category": {
          "type": "string"
        },
        "definition_revised_at": {
          "type": [
            "string",
            "null"
          ]
        },
        "public": {
          "properties": {
            "computation_logic": {
              "items": {
                "type": "string"
              },
              "type": "array"
            },
            "definition": {
              "type": "string"
            },
            "formula": {
              "type": "string"
            }
          },
          "type": "object"
        },
        "related": {
          "items": {
            "$ref": "#/components/schemas/MetricCardLink"
          },
          "type": "array"
        },
        "replaces": {
          "items": {
            "$ref": "#/components/schemas/MetricCardLink"
          },
          "type": "array"
        },
        "slug": {
          "type": "string"
        },
        "status": {
          "enum": [
            "published",
            "deprecated"
          ],
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "used_in_reports": {
          "items": {
            "type": "string"
          },
          "type": "array"
        }
      },
      "required": [
        "slug",
        "category",
        "title",
        "status"
      ],
      "type": "object"
    },
    "MetricCardLink": {
      "properties": {
        "slug": {
          "type": "string"
        },
        "url": {
          "type": "string"
        }
      },
      "required": [
        "slug"
      ],
      "type": "object"
    },
    "MetricCardList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/MetricCard"
          },
          "type": "array"
        }
      },
      "required": [
        "data"
      ],
      "type": "object"
    },
    "NullableDatetime": {
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
      "type": [
        "string",
        "null"
      ]
    },
    "NullableIdRef": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "minimum": 0,
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
    "ReportingFilter": {
      "properties": {
        "member": {
          "type": "string"
        },
        "operator": {
          "enum": [
            "one-of",
            "not-one-of",
            "all-of",
            "afterDate",
            "beforeDate",
            "set",
            "inDateRange",
            "contains"
          ],
          "type": "string"
        },
        "values": {
          "items": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "number"
              },
              {
                "type": "object"
              }
            ]
          },
          "type": "array"
        }
      },
      "required": [
        "member",
        "operator",
        "values"
      ],
      "type": "object"
    },
    "ReportingQuery": {
      "properties": {
        "dimensions": {
          "items": {
            "minLength": 1,
            "type": "string"
          },
          "type": "array"
        },
        "filters": {
          "items": {
            "$ref": "#/components/schemas/ReportingFilter"
          },
          "type": "array"
        },
        "measures": {
          "items": {
            "minLength": 1,
            "type": "string"
          },
          "type": "array"
        },
        "order": {
          "items": {
            "items": {
              "type": "string"
            },
            "maxItems": 2,
            "minItems": 2,
            "prefixItems": [
              {
                "minLength": 1,
                "type": "string"
              },
              {
                "enum": [
                  "asc",
                  "desc"
                ],
                "type": "string"
              }
            ],
            "type": "array"
          },
          "type": "array"
        },
        "scope": {
          "enum": [
            "tickets-closed",
            "tickets-created",
            "tickets-open",
            "tickets-replied",
            "one-touch-tickets",
            "zero-touch-tickets",
            "satisfaction-surveys",
            "resolution-time",
            "messages-sent",
            "first-response-time",
            "human-first-response-time",
            "response-time",
            "messages-per-ticket",
            "ticket-handle-time",
            "online-time",
            "tags",
            "auto-qa",
            "messages-received",
            "messages-sent-per-macro",
            "automation-rate",
            "workload-tickets",
            "automated-interactions",
            "ticket-fields",
            "voice-calls",
            "voice-agent-events",
            "ticket-sla",
            "knowledge-insights",
            "voice-calls-summary",
            "voice-queue-exposure",
            "user-availability-tracking",
            "convert-campaign-events",
            "convert-order-conversion",
            "convert-campaign-order-events",
            "help-center",
            "ai-sales-agent-orders",
            "ai-sales-agent-conversations",
            "overall-automation-rate",
            "ai-agent-automated-interactions",
            "overall-automated-interactions",
            "handover-interactions",
            "ai-sales-agent-orders-performance",
            "ai-sales-agent-discounts",
            "ai-sales-agent-activity",
            "ai-sales-agent-buy-through-rate",
            "ai-sales-agent-conversion-rate",
            "ai-agent-coverage-rate",
            "ai-agent-success-rate",
            "overall-time-saved-by-agent",
            "ai-agent-time-saved",
            "ai-agent-tickets-closed",
            "ai-agent-ticket-fields",
            "overall-decrease-in-resolution-time",
            "ai-agent-decrease-in-resolution-time",
            "flow-dataset",
            "ai-agent-csat",
            "overall-decrease-in-first-response-time",
            "ai-agent-decrease-in-first-response-time",
            "revenue"
          ],
          "type": "string"
        },
        "time_dimensions": {
          "items": {
            "properties": {
              "dimension": {
                "minLength": 1,
                "type": "string"
              },
              "granularity": {
                "enum": [
                  "hour",
                  "day",
                  "week",
                  "month"
                ],
                "type": "string"
              }
            },
            "required": [
              "dimension",
              "granularity"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "timezone": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "scope",
        "filters",
        "timezone"
      ],
      "type": "object"
    },
    "ReportingRow": {
      "additionalProperties": true,
      "type": "object"
    },
    "ReportingStats": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/ReportingRow"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ReportingStatsMeta"
        },
        "object": {
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
    "ReportingStatsMeta": {
      "properties": {
        "limit": {
          "type": [
            "integer",
            "null"
          ]
        },
        "next_cursor": {
          "type": [
            "string",
            "null"
          ]
        },
        "offset": {
          "type": [
            "integer",
            "null"
          ]
        },
        "prev_cursor": {
          "type": [
            "string",
            "null"
          ]
        },
        "scope": {
          "type": "string"
        },
        "total": {
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
    "ReportingStatsRequest": {
      "properties": {
        "query": {
          "$ref": "#/components/schemas/ReportingQuery"
        }
      },
      "required": [
        "query"
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
          "default": "",
          "type": "string"
        },
        "size": {
          "default": 10,
          "maximum": 50,
          "minimum": 1,
          "type": "integer"
        },
        "type": {
          "$ref": "#/components/schemas/SearchType"
        }
      },
      "required": [
        "type"
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
        "customer_channel",
        "customer_channel_email",
        "customer_channel_phone",
        "customers_by_phone",
        "agent",
        "team",
        "tag",
        "integration"
      ],
      "type": "string"
    },
    "Statistic": {
      "properties": {
        "data": {
          "additionalProperties": true,
          "type": "object"
        },
        "meta": {
          "properties": {
            "end_datetime": {
              "$ref": "#/components/schemas/Datetime"
            },
            "previous_end_datetime": {
              "$ref": "#/components/schemas/Datetime"
            },
            "previous_start_datetime": {
              "$ref": "#/components/schemas/Datetime"
            },
            "start_datetime": {
              "$ref": "#/components/schemas/Datetime"
            }
          },
          "required": [
            "start_datetime",
            "end_datetime"
          ],
          "type": "object"
        }
      },
      "required": [
        "data",
        "meta"
      ],
      "type": "object"
    },
    "StatisticRequest": {
      "properties": {
        "filters": {
          "properties": {
            "agents": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            },
            "campaigns": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            },
            "channels": {
              "items": {
                "type": "string"
              },
              "type": "array"
            },
            "integrations": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            },
            "period": {
              "properties": {
                "end_datetime": {
                  "$ref": "#/components/schemas/Datetime"
                },
                "start_datetime": {
                  "$ref": "#/components/schemas/Datetime"
                }
              },
              "required": [
                "start_datetime",
                "end_datetime"
              ],
              "type": "object"
            },
            "score": {
              "items": {
                "maximum": 5,
                "minimum": 1,
                "type": "integer"
              },
              "type": "array"
            },
            "tags": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            }
          },
          "required": [
            "period"
          ],
          "type": "object"
        }
      },
      "required": [
        "filters"
      ],
      "type": "object"
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
          "$ref": "#/components/schemas/NullableIdRef"
        },
        "assignee_user": {
          "$ref": "#/components/schemas/NullableIdRef"
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
    "TicketCustomFieldValue": {
      "properties": {
        "field": {
          "$ref": "#/components/schemas/CustomField"
        },
        "id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "prediction": {},
        "value": {}
      },
      "required": [
        "field",
        "id",
        "prediction",
        "value"
      ],
      "type": "object"
    },
    "TicketCustomFieldValueList": {
      "items": {
        "$ref": "#/components/schemas/TicketCustomFieldValue"
      },
      "type": "array"
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
    "TicketHttpIntegrationContext": {
      "properties": {
        "assignee_team_id": {
          "type": [
            "integer",
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
          "$ref": "#/components/schemas/Datetime"
        },
        "custom_fields": {
          "type": [
            "object",
            "null"
          ]
        },
        "customer_id": {
          "type": "integer"
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
        "meta": {},
        "opened_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
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
          "type": [
            "string",
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
        "via": {
          "$ref": "#/components/schemas/Via"
        }
      },
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
          "enum": [
            "fr",
            "en",
            null
          ],
          "type": [
            "string",
            "null"
          ]
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
              "$ref": "#/components/schemas/UserRoleWritable"
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
        "name",
        "role"
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
      "anyOf": [
        {
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
        {
          "type": "string"
        }
      ]
    },
    "UserRoleWritable": {
      "enum": [
        "admin",
        "agent",
        "basic-agent",
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
          "enum": [
            "fr",
            "en",
            null
          ],
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
              "$ref": "#/components/schemas/UserRoleWritable"
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
            "$ref": "#/components/schemas/ViewSharedTeam"
          },
          "type": "array"
        },
        "shared_with_users": {
          "items": {
            "$ref": "#/components/schemas/ViewSharedUser"
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
          "default": [],
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
          "default": "",
          "type": "string"
        },
        "order_by": {
          "default": "updated_datetime",
          "type": "string"
        },
        "order_dir": {
          "default": "desc",
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
          "default": "public",
          "enum": [
            "public",
            "shared",
            "private"
          ],
          "type": "string"
        }
      },
      "required": [
        "slug"
      ],
      "type": "object"
    },
    "ViewFilter": {
      "type": "string"
    },
    "ViewItemList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/Ticket"
          },
          "type": "array"
        },
        "meta": {
          "$ref": "#/components/schemas/ViewItemsMeta"
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
    "ViewItemsMeta": {
      "properties": {
        "current_cursor": {
          "type": [
            "string",
            "null"
          ]
        },
        "next_items": {
          "type": [
            "string",
            "null"
          ]
        },
        "prev_items": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "current_cursor",
        "next_items",
        "prev_items"
      ],
      "type": "object"
    },
    "ViewItemsSearch": {
      "additionalProperties": false,
      "properties": {
        "view": {
          "additionalProperties": false,
          "properties": {
            "category": {
              "type": [
                "string",
                "null"
              ]
            },
            "fields": {
              "items": {
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
            "type": {
              "const": "ticket-list",
              "type": "string"
            }
          },
          "type": "object"
        }
      },
      "required": [
        "view"
      ],
      "type": "object"
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
    "ViewSharedTeam": {
      "properties": {
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
        "id": {
          "type": "integer"
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
    "ViewSharedUser": {
      "properties": {
        "id": {
          "type": "integer"
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
        }
      },
      "required": [
        "id"
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
    "VoiceCall": {
      "properties": {
        "country_destination": {
          "type": [
            "string",
            "null"
          ]
        },
        "country_source": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "customer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "direction": {
          "enum": [
            "inbound",
            "outbound"
          ],
          "type": "string"
        },
        "duration": {
          "type": [
            "integer",
            "null"
          ]
        },
        "external_id": {
          "type": "string"
        },
        "has_call_recording": {
          "type": "boolean"
        },
        "has_voicemail": {
          "type": "boolean"
        },
        "id": {
          "type": "integer"
        },
        "initiated_by_agent_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "integration_id": {
          "type": "integer"
        },
        "last_answered_by_agent_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "phone_number_destination": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone_number_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "phone_number_source": {
          "type": [
            "string",
            "null"
          ]
        },
        "provider": {
          "type": "string"
        },
        "started_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "status": {
          "enum": [
            "answered",
            "connected",
            "in-progress",
            "initiated",
            "queued",
            "ringing",
            "ending",
            "busy",
            "canceled",
            "completed",
            "failed",
            "no-answer",
            "missed"
          ],
          "type": "string"
        },
        "termination_status": {
          "enum": [
            "answered",
            "cancelled",
            "missed",
            "abandoned",
            "callback-requested",
            null
          ],
          "type": [
            "string",
            "null"
          ]
        },
        "ticket_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "updated_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        }
      },
      "required": [
        "id",
        "integration_id",
        "external_id",
        "provider",
        "status",
        "direction",
        "created_datetime"
      ],
      "type": "object"
    },
    "VoiceCallEvent": {
      "properties": {
        "account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "call_id": {
          "type": "integer"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "customer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "id": {
          "type": "integer"
        },
        "meta": {
          "type": [
            "object",
            "string",
            "null"
          ]
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
        "id",
        "type",
        "call_id",
        "created_datetime"
      ],
      "type": "object"
    },
    "VoiceCallList": {
      "properties": {
        "data": {
          "items": {
            "$ref": "#/components/schemas/VoiceCall"
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
    "VoiceCallRecording": {
      "properties": {
        "call_id": {
          "type": "integer"
        },
        "created_datetime": {
          "$ref": "#/components/schemas/Datetime"
        },
        "deleted_by_user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "deleted_datetime": {
          "$ref": "#/components/schemas/NullableDatetime"
        },
        "duration": {
          "type": [
            "integer",
            "null"
          ]
        },
        "error_code": {
          "enum": [
            "RECORDING_IS_PRIVATE",
            null
          ],
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
        "id": {
          "type": "integer"
        },
        "transcription_status": {
          "enum": [
            "requested",
            "completed",
            "failed",
            "recording_too_short",
            "recording_too_long",
            "low_quality_transcription",
            null
          ],
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "enum": [
            "call-recording",
            "voicemail"
          ],
          "type": "string"
        },
        "url": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "call_id",
        "type",
        "created_datetime"
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
