/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/**
 * The complete input schema of each tool: every field and constraint the API states, without
 * descriptions. The manifest shows agents a compact view of it; the server validates against it,
 * so a field the manifest leaves out is still accepted and an unknown one is still refused. A
 * `$ref` to `${componentsId}#/components/schemas/X` names a schema of `@gorgias-kit/spec/schemas`:
 * register those components with the validator first.
 */
export const inputValidationSchemas: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "list_tickets": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "updated_datetime:asc",
          "updated_datetime:desc"
        ],
        "default": "created_datetime:desc"
      },
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "view_id": {
        "type": "integer",
        "minimum": 1
      },
      "rule_id": {
        "type": "integer",
        "minimum": 1
      },
      "ticket_ids": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      },
      "external_id": {
        "type": "string"
      },
      "trashed": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "create_ticket": {
    "type": "object",
    "properties": {
      "messages": {
        "type": "array",
        "minItems": 1,
        "maxItems": 500,
        "items": {
          "$ref": "gorgias#/components/schemas/TicketMessageCreate"
        }
      },
      "customer": {
        "$ref": "gorgias#/components/schemas/TicketCustomerRef"
      },
      "subject": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 998
      },
      "channel": {
        "$ref": "gorgias#/components/schemas/Channel"
      },
      "via": {
        "$ref": "gorgias#/components/schemas/Via"
      },
      "status": {
        "$ref": "gorgias#/components/schemas/TicketStatus"
      },
      "priority": {
        "$ref": "gorgias#/components/schemas/TicketPriority"
      },
      "from_agent": {
        "type": "boolean"
      },
      "spam": {
        "type": "boolean"
      },
      "imported": {
        "type": "boolean"
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 255
      },
      "language": {
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
      "assignee_user": {
        "$ref": "gorgias#/components/schemas/NullableIdRef"
      },
      "assignee_team": {
        "$ref": "gorgias#/components/schemas/NullableIdRef"
      },
      "custom_fields": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "value"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "value": {}
          }
        }
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "maxLength": 256
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
            }
          }
        }
      },
      "split_from": {
        "type": "integer",
        "minimum": 1
      },
      "created_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "updated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "opened_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "closed_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "trashed_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "snooze_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "last_message_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "last_received_message_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "messages"
    ],
    "additionalProperties": false
  },
  "get_ticket": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "relationships": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "custom_fields"
          ]
        },
        "uniqueItems": true
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_ticket": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "subject": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 998
      },
      "channel": {
        "$ref": "gorgias#/components/schemas/Channel"
      },
      "via": {
        "$ref": "gorgias#/components/schemas/Via"
      },
      "status": {
        "$ref": "gorgias#/components/schemas/TicketStatus"
      },
      "priority": {
        "$ref": "gorgias#/components/schemas/TicketPriority"
      },
      "from_agent": {
        "type": "boolean"
      },
      "spam": {
        "type": "boolean"
      },
      "is_unread": {
        "type": "boolean"
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 255
      },
      "language": {
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
      "customer": {
        "$ref": "gorgias#/components/schemas/TicketCustomerRef"
      },
      "assignee_user": {
        "$ref": "#/$defs/assignee_user"
      },
      "assignee_team": {
        "$ref": "#/$defs/assignee_user"
      },
      "custom_fields": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "value"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "value": {}
          }
        }
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "maxLength": 256
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
            }
          }
        }
      },
      "updated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "opened_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "closed_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "trashed_datetime": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$"
      },
      "snooze_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "last_message_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "last_received_message_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false,
    "$defs": {
      "assignee_user": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          }
        }
      }
    }
  },
  "delete_ticket": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_messages": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ],
        "default": "created_datetime:desc"
      },
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  },
  "list_ticket_messages": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "create_ticket_message": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "action": {
        "type": "string",
        "enum": [
          "force",
          "retry",
          "cancel"
        ]
      },
      "channel": {
        "$ref": "gorgias#/components/schemas/Channel"
      },
      "via": {
        "$ref": "gorgias#/components/schemas/Via"
      },
      "from_agent": {
        "type": "boolean"
      },
      "public": {
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
      "sender": {
        "$ref": "gorgias#/components/schemas/MessageParticipant"
      },
      "receiver": {
        "$ref": "gorgias#/components/schemas/MessageParticipant"
      },
      "source": {
        "$ref": "gorgias#/components/schemas/MessageSource"
      },
      "attachments": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/Attachment"
        }
      },
      "macros": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/ObjectRef"
        }
      },
      "mention_ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
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
        ],
        "maxLength": 255
      },
      "integration_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1
      },
      "headers": {
        "type": [
          "object",
          "null"
        ]
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "actions": {
        "type": [
          "array",
          "null"
        ],
        "items": {}
      },
      "last_sending_error": {
        "type": [
          "object",
          "null"
        ],
        "additionalProperties": false,
        "properties": {
          "error": {
            "type": "string"
          }
        }
      },
      "created_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "sent_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "failed_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "opened_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "deleted_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "imported": {
        "type": "boolean"
      }
    },
    "required": [
      "ticket_id",
      "channel",
      "from_agent",
      "via"
    ],
    "additionalProperties": false
  },
  "get_ticket_message": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "ticket_id",
      "id"
    ],
    "additionalProperties": false
  },
  "update_ticket_message": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "action": {
        "type": "string",
        "enum": [
          "force",
          "retry",
          "cancel"
        ]
      },
      "channel": {
        "$ref": "gorgias#/components/schemas/Channel"
      },
      "via": {
        "$ref": "gorgias#/components/schemas/Via"
      },
      "from_agent": {
        "type": "boolean"
      },
      "public": {
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
      "sender": {
        "$ref": "gorgias#/components/schemas/MessageParticipant"
      },
      "receiver": {
        "$ref": "gorgias#/components/schemas/MessageParticipant"
      },
      "source": {
        "$ref": "gorgias#/components/schemas/MessageSource"
      },
      "attachments": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/Attachment"
        }
      },
      "mention_ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
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
        ],
        "maxLength": 255
      },
      "integration_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1
      },
      "headers": {
        "type": [
          "object",
          "null"
        ]
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "sent_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "failed_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "ticket_id",
      "id",
      "channel",
      "from_agent",
      "via"
    ],
    "additionalProperties": false
  },
  "delete_ticket_message": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "ticket_id",
      "id"
    ],
    "additionalProperties": false
  },
  "list_ticket_tags": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "set_ticket_tags": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
      },
      "names": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 256
        }
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "add_ticket_tags": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
      },
      "names": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 256
        }
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "remove_ticket_tags": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
      },
      "names": {
        "type": "array",
        "items": {
          "type": "string",
          "maxLength": 256
        }
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "list_customers": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "updated_datetime:asc",
          "updated_datetime:desc"
        ],
        "default": "created_datetime:desc"
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
        "type": "integer",
        "minimum": 1
      },
      "channel_type": {
        "type": "string"
      },
      "channel_address": {
        "type": "string",
        "maxLength": 320
      }
    },
    "additionalProperties": false
  },
  "create_customer": {
    "type": "object",
    "properties": {
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
          "$ref": "gorgias#/components/schemas/CustomerChannelCreate"
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "custom_fields": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "value"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "value": {}
          }
        }
      }
    },
    "required": [
      "channels"
    ],
    "additionalProperties": false
  },
  "delete_customers": {
    "type": "object",
    "properties": {
      "ids": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "required": [
      "ids"
    ],
    "additionalProperties": false
  },
  "get_customer": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "relationships": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "custom_fields"
          ]
        },
        "uniqueItems": true
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_customer": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
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
          "$ref": "gorgias#/components/schemas/CustomerChannel"
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_customer": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "merge_customers": {
    "type": "object",
    "properties": {
      "source_id": {
        "type": "integer",
        "minimum": 1
      },
      "target_id": {
        "type": "integer",
        "minimum": 1
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
          "$ref": "gorgias#/components/schemas/CustomerChannel"
        }
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      }
    },
    "required": [
      "source_id",
      "target_id"
    ],
    "additionalProperties": false
  },
  "list_users": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "name:asc",
          "name:desc",
          "email:asc",
          "email:desc",
          "created_datetime:asc",
          "created_datetime:desc",
          "role.name:asc",
          "role.name:desc"
        ],
        "default": "name:asc"
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
        "type": "array",
        "items": {
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
        "uniqueItems": true
      },
      "available_first": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "create_user": {
    "type": "object",
    "properties": {
      "email": {
        "type": "string",
        "maxLength": 320
      },
      "name": {
        "type": "string"
      },
      "firstname": {
        "type": "string"
      },
      "lastname": {
        "type": "string"
      },
      "role": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "gorgias#/components/schemas/UserRoleWritable"
          }
        }
      },
      "active": {
        "type": "boolean"
      },
      "bio": {
        "type": "string"
      },
      "country": {
        "type": "string"
      },
      "language": {
        "type": [
          "string",
          "null"
        ],
        "enum": [
          "fr",
          "en",
          null
        ]
      },
      "timezone": {
        "type": "string"
      },
      "external_id": {
        "type": "string"
      },
      "meta": {
        "type": "object"
      }
    },
    "required": [
      "email",
      "name",
      "role"
    ],
    "additionalProperties": false
  },
  "get_user": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_user": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 0
      },
      "email": {
        "type": "string",
        "maxLength": 320
      },
      "name": {
        "type": "string"
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
      "role": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "gorgias#/components/schemas/UserRoleWritable"
          }
        }
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
        ],
        "enum": [
          "fr",
          "en",
          null
        ]
      },
      "timezone": {
        "type": "string"
      },
      "external_id": {
        "type": "string"
      },
      "meta": {
        "type": "object"
      },
      "old_password": {
        "type": "string"
      },
      "new_password": {
        "type": "string"
      },
      "password_confirmation": {
        "type": "string"
      },
      "two_fa_code": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_user": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_tags": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "name:asc",
          "name:desc",
          "usage:asc,name:asc",
          "usage:desc,name:desc",
          "created_datetime",
          "name",
          "usage"
        ],
        "default": "created_datetime:desc"
      },
      "search": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "create_tag": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
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
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "color": {
            "type": "string"
          }
        }
      }
    },
    "required": [
      "name"
    ],
    "additionalProperties": false
  },
  "delete_tags": {
    "type": "object",
    "properties": {
      "ids": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "required": [
      "ids"
    ],
    "additionalProperties": false
  },
  "get_tag": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_tag": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string",
        "minLength": 1,
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
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "color": {
            "type": "string"
          }
        }
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_tag": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "merge_tags": {
    "type": "object",
    "properties": {
      "destination_tag_id": {
        "type": "integer",
        "minimum": 1
      },
      "source_tags_ids": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "required": [
      "destination_tag_id",
      "source_tags_ids"
    ],
    "additionalProperties": false
  },
  "list_macros": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
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
          "language:desc",
          "relevance:asc",
          "relevance:desc",
          "name",
          "created_datetime",
          "updated_datetime",
          "usage",
          "relevance",
          "language"
        ],
        "default": "usage"
      },
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "message_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1
      },
      "number_predictions": {
        "type": "integer",
        "minimum": 0
      },
      "search": {
        "type": "string"
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "languages": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "archived": {
        "type": "boolean"
      }
    },
    "additionalProperties": false
  },
  "create_macro": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/MacroAction"
        }
      },
      "intent": {
        "type": [
          "string",
          "null"
        ],
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
        ]
      },
      "language": {
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
      }
    },
    "required": [
      "name"
    ],
    "additionalProperties": false
  },
  "get_macro": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_macro": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/MacroAction"
        }
      },
      "intent": {
        "type": [
          "string",
          "null"
        ],
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
        ]
      },
      "language": {
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
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_macro": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_views": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ],
        "default": "created_datetime:desc"
      }
    },
    "additionalProperties": false
  },
  "create_view": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "default": ""
      },
      "slug": {
        "type": "string"
      },
      "type": {
        "type": "string",
        "enum": [
          "ticket-list"
        ],
        "default": "ticket-list"
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "shared",
          "private"
        ],
        "default": "public"
      },
      "decoration": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "emoji": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "fields": {
        "type": "array",
        "default": [],
        "items": {
          "type": "string",
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
          ]
        }
      },
      "filters": {
        "$ref": "gorgias#/components/schemas/ViewFilter"
      },
      "order_by": {
        "type": "string",
        "default": "updated_datetime"
      },
      "order_dir": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ],
        "default": "desc"
      },
      "search": {
        "type": [
          "string",
          "null"
        ]
      },
      "shared_with_teams": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "integer"
        }
      },
      "shared_with_users": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "integer"
        }
      }
    },
    "required": [
      "slug"
    ],
    "additionalProperties": false
  },
  "get_view": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_view": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string"
      },
      "slug": {
        "type": "string"
      },
      "type": {
        "type": "string",
        "enum": [
          "ticket-list"
        ],
        "default": "ticket-list"
      },
      "visibility": {
        "type": "string",
        "enum": [
          "public",
          "shared",
          "private"
        ]
      },
      "decoration": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "emoji": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "fields": {
        "type": "array",
        "items": {
          "type": "string",
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
          ]
        }
      },
      "filters": {
        "$ref": "gorgias#/components/schemas/ViewFilter"
      },
      "order_by": {
        "type": "string"
      },
      "order_dir": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ]
      },
      "search": {
        "type": [
          "string",
          "null"
        ]
      },
      "shared_with_teams": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "integer"
        }
      },
      "shared_with_users": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "integer"
        }
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_view": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_view_items": {
    "type": "object",
    "properties": {
      "view_id": {
        "type": "integer",
        "minimum": 1
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
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
        ]
      },
      "direction": {
        "type": "string",
        "enum": [
          "prev",
          "next"
        ]
      },
      "ignored_item": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "view_id"
    ],
    "additionalProperties": false
  },
  "search_view_items": {
    "type": "object",
    "properties": {
      "view_id": {
        "type": "integer",
        "minimum": 0
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
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
        ]
      },
      "direction": {
        "type": "string",
        "enum": [
          "prev",
          "next"
        ]
      },
      "ignored_item": {
        "type": "integer",
        "minimum": 1
      },
      "view": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "type": {
            "type": "string",
            "const": "ticket-list"
          },
          "category": {
            "type": [
              "string",
              "null"
            ]
          },
          "fields": {
            "type": "array",
            "items": {
              "type": "string"
            }
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
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ]
          },
          "search": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      }
    },
    "required": [
      "view_id",
      "view"
    ],
    "additionalProperties": false
  },
  "list_integrations": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ]
      },
      "type": {
        "type": "string",
        "enum": [
          "email",
          "gmail",
          "outlook",
          "app",
          "aircall",
          "facebook",
          "gorgias_chat",
          "phone",
          "sms",
          "twitter",
          "yotpo",
          "whatsapp",
          "http",
          "shopify",
          "recharge",
          "smile",
          "smooch_inside",
          "smooch",
          "magento2",
          "zendesk",
          "klaviyo",
          "bigcommerce",
          "alloy",
          "ecom"
        ]
      }
    },
    "additionalProperties": false
  },
  "create_integration": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "type": {
        "type": "string",
        "enum": [
          "http"
        ]
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "business_hours_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1
      },
      "http": {
        "type": "object",
        "required": [
          "url",
          "method",
          "request_content_type",
          "response_content_type"
        ],
        "properties": {
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
            ],
            "default": "GET"
          },
          "request_content_type": {
            "type": "string",
            "enum": [
              "application/json",
              "application/x-www-form-urlencoded"
            ],
            "default": "application/json"
          },
          "response_content_type": {
            "type": "string",
            "enum": [
              "application/json"
            ],
            "default": "application/json"
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
              "$ref": "gorgias#/components/schemas/IntegrationTrigger"
            },
            "additionalProperties": {
              "type": "boolean"
            }
          }
        }
      }
    },
    "required": [
      "name",
      "type",
      "http"
    ],
    "additionalProperties": false
  },
  "get_integration": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_integration": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "http": {
        "type": "object",
        "required": [
          "url",
          "method",
          "request_content_type",
          "response_content_type"
        ],
        "properties": {
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
            ],
            "default": "GET"
          },
          "request_content_type": {
            "type": "string",
            "enum": [
              "application/json",
              "application/x-www-form-urlencoded"
            ],
            "default": "application/json"
          },
          "response_content_type": {
            "type": "string",
            "enum": [
              "application/json"
            ],
            "default": "application/json"
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
              "$ref": "gorgias#/components/schemas/IntegrationTrigger"
            },
            "additionalProperties": {
              "type": "boolean"
            }
          }
        }
      }
    },
    "required": [
      "id",
      "name"
    ],
    "additionalProperties": false
  },
  "delete_integration": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_events": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "created_datetime"
        ],
        "default": "created_datetime:desc"
      },
      "object_id": {
        "type": "integer",
        "minimum": 1
      },
      "object_type": {
        "type": "string",
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
        ]
      },
      "user_ids": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 1
        }
      },
      "types": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/EventType"
        }
      },
      "created_datetime": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "gt": {
            "$ref": "gorgias#/components/schemas/Datetime"
          },
          "gte": {
            "$ref": "gorgias#/components/schemas/Datetime"
          },
          "lt": {
            "$ref": "gorgias#/components/schemas/Datetime"
          },
          "lte": {
            "$ref": "gorgias#/components/schemas/Datetime"
          }
        }
      }
    },
    "additionalProperties": false
  },
  "get_event": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "search": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "gorgias#/components/schemas/SearchType"
      },
      "query": {
        "type": "string",
        "default": ""
      },
      "size": {
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "default": 10
      }
    },
    "required": [
      "type"
    ],
    "additionalProperties": false
  },
  "list_voice_calls": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  },
  "get_voice_call": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_voice_call_events": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "call_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  },
  "get_voice_call_event": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_voice_call_recordings": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "call_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  },
  "get_voice_call_recording": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_voice_call_recording": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "get_account": {
    "type": "object",
    "properties": {},
    "additionalProperties": false
  },
  "list_account_settings": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "create_account_setting": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "minLength": 1
      },
      "data": {
        "type": "object"
      }
    },
    "required": [
      "type"
    ],
    "additionalProperties": false
  },
  "update_account_setting": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "type": {
        "type": "string",
        "minLength": 1
      },
      "data": {
        "type": "object"
      }
    },
    "required": [
      "id",
      "type"
    ],
    "additionalProperties": false
  },
  "list_custom_fields": {
    "type": "object",
    "properties": {
      "object_type": {
        "$ref": "gorgias#/components/schemas/CustomFieldObjectType"
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "priority:asc",
          "priority:desc"
        ],
        "default": "priority:asc"
      },
      "search": {
        "type": "string"
      },
      "archived": {
        "type": "boolean"
      }
    },
    "required": [
      "object_type"
    ],
    "additionalProperties": false
  },
  "update_custom_fields": {
    "type": "object",
    "properties": {
      "body": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "object_type": {
              "$ref": "gorgias#/components/schemas/CustomFieldObjectType"
            },
            "label": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            },
            "description": {
              "type": [
                "string",
                "null"
              ],
              "maxLength": 1024
            },
            "external_id": {
              "type": [
                "string",
                "null"
              ]
            },
            "priority": {
              "type": "integer",
              "minimum": 0,
              "maximum": 5000
            },
            "required": {
              "type": "boolean"
            },
            "requirement_type": {
              "type": "string",
              "enum": [
                "visible",
                "required",
                "conditional"
              ]
            },
            "managed_type": {
              "$ref": "gorgias#/components/schemas/CustomFieldManagedType"
            },
            "definition": {
              "$ref": "gorgias#/components/schemas/CustomFieldDefinition"
            },
            "deactivated_datetime": {
              "$ref": "gorgias#/components/schemas/NullableDatetime"
            }
          }
        }
      }
    },
    "required": [
      "body"
    ],
    "additionalProperties": false
  },
  "create_custom_field": {
    "type": "object",
    "properties": {
      "object_type": {
        "$ref": "gorgias#/components/schemas/CustomFieldObjectType"
      },
      "label": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1024
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "priority": {
        "type": "integer",
        "minimum": 0,
        "maximum": 5000
      },
      "required": {
        "type": "boolean"
      },
      "managed_type": {
        "$ref": "gorgias#/components/schemas/CustomFieldManagedType"
      },
      "definition": {
        "$ref": "gorgias#/components/schemas/CustomFieldDefinition"
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "object_type",
      "label",
      "definition"
    ],
    "additionalProperties": false
  },
  "get_custom_field": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_custom_field": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "object_type": {
        "$ref": "gorgias#/components/schemas/CustomFieldObjectType"
      },
      "label": {
        "type": "string",
        "minLength": 1,
        "maxLength": 255
      },
      "description": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1024
      },
      "external_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "priority": {
        "type": "integer",
        "minimum": 0,
        "maximum": 5000
      },
      "required": {
        "type": "boolean"
      },
      "managed_type": {
        "$ref": "gorgias#/components/schemas/CustomFieldManagedType"
      },
      "definition": {
        "$ref": "gorgias#/components/schemas/CustomFieldDefinition"
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_ticket_custom_field_values": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "ticket_id"
    ],
    "additionalProperties": false
  },
  "set_ticket_custom_field_values": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "body": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "value"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "value": {
              "type": [
                "string",
                "number",
                "boolean"
              ]
            }
          }
        }
      }
    },
    "required": [
      "ticket_id",
      "body"
    ],
    "additionalProperties": false
  },
  "update_ticket_custom_field_value": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "body": {
        "type": [
          "string",
          "integer",
          "boolean"
        ]
      }
    },
    "required": [
      "ticket_id",
      "id",
      "body"
    ],
    "additionalProperties": false
  },
  "delete_ticket_custom_field_value": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "ticket_id",
      "id"
    ],
    "additionalProperties": false
  },
  "list_customer_custom_field_values": {
    "type": "object",
    "properties": {
      "customer_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "customer_id"
    ],
    "additionalProperties": false
  },
  "set_customer_custom_field_values": {
    "type": "object",
    "properties": {
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "body": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "value"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "value": {
              "type": [
                "string",
                "number",
                "boolean"
              ]
            }
          }
        }
      }
    },
    "required": [
      "customer_id",
      "body"
    ],
    "additionalProperties": false
  },
  "update_customer_custom_field_value": {
    "type": "object",
    "properties": {
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "body": {
        "type": [
          "string",
          "integer",
          "boolean"
        ]
      }
    },
    "required": [
      "customer_id",
      "id",
      "body"
    ],
    "additionalProperties": false
  },
  "delete_customer_custom_field_value": {
    "type": "object",
    "properties": {
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "customer_id",
      "id"
    ],
    "additionalProperties": false
  },
  "set_customer_data": {
    "type": "object",
    "properties": {
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "data": {
        "type": "object"
      },
      "version": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "customer_id",
      "data"
    ],
    "additionalProperties": false
  },
  "archive_macros": {
    "type": "object",
    "properties": {
      "ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 30,
        "uniqueItems": true,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "required": [
      "ids"
    ],
    "additionalProperties": false
  },
  "unarchive_macros": {
    "type": "object",
    "properties": {
      "ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 30,
        "uniqueItems": true,
        "items": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "required": [
      "ids"
    ],
    "additionalProperties": false
  },
  "list_teams": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "name:asc",
          "name:desc"
        ],
        "default": "created_datetime:desc"
      }
    },
    "additionalProperties": false
  },
  "create_team": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "decoration": {
        "$ref": "gorgias#/components/schemas/TeamDecoration"
      },
      "members": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/TeamMemberRef"
        }
      }
    },
    "required": [
      "name"
    ],
    "additionalProperties": false
  },
  "get_team": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_team": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "decoration": {
        "$ref": "gorgias#/components/schemas/TeamDecoration"
      },
      "members": {
        "type": "array",
        "items": {
          "$ref": "gorgias#/components/schemas/TeamMemberRef"
        }
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_team": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_widgets": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc",
          "order:asc",
          "order:desc"
        ],
        "default": "created_datetime:desc"
      },
      "integration_id": {
        "type": "integer",
        "minimum": 1
      },
      "app_id": {
        "type": "string"
      }
    },
    "additionalProperties": false
  },
  "create_widget": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "gorgias#/components/schemas/WidgetType"
      },
      "context": {
        "type": "string",
        "enum": [
          "ticket",
          "customer",
          "user"
        ],
        "default": "ticket"
      },
      "template": {
        "$ref": "gorgias#/components/schemas/WidgetTemplate"
      },
      "order": {
        "type": "integer",
        "minimum": 0,
        "default": 0
      },
      "integration_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0
      },
      "app_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "type",
      "template"
    ],
    "additionalProperties": false
  },
  "get_widget": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_widget": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "type": {
        "$ref": "gorgias#/components/schemas/WidgetType"
      },
      "context": {
        "$ref": "gorgias#/components/schemas/WidgetContext"
      },
      "template": {
        "$ref": "gorgias#/components/schemas/WidgetTemplate"
      },
      "order": {
        "type": "integer",
        "minimum": 0
      },
      "integration_id": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0
      },
      "app_id": {
        "type": [
          "string",
          "null"
        ]
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_widget": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_jobs": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ],
        "default": "created_datetime:desc"
      },
      "status": {
        "$ref": "gorgias#/components/schemas/JobStatus"
      },
      "type": {
        "$ref": "gorgias#/components/schemas/JobType"
      }
    },
    "additionalProperties": false
  },
  "create_job": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "gorgias#/components/schemas/JobType"
      },
      "params": {
        "$ref": "gorgias#/components/schemas/JobParams"
      },
      "scheduled_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      }
    },
    "required": [
      "type",
      "params"
    ],
    "additionalProperties": false
  },
  "get_job": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_job": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "params": {
        "$ref": "gorgias#/components/schemas/JobParams"
      },
      "scheduled_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "status": {
        "$ref": "gorgias#/components/schemas/JobStatus"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "cancel_job": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "list_rules": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 100
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ],
        "default": "created_datetime:desc"
      }
    },
    "additionalProperties": false
  },
  "create_rule": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "code": {
        "type": "string",
        "minLength": 1
      },
      "code_ast": {
        "type": [
          "object",
          "null"
        ]
      },
      "event_types": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$"
      },
      "priority": {
        "type": "integer"
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "name",
      "code"
    ],
    "additionalProperties": false
  },
  "get_rule": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_rule": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "code": {
        "type": "string",
        "minLength": 1
      },
      "code_ast": {
        "type": [
          "object",
          "null"
        ]
      },
      "event_types": {
        "type": [
          "string",
          "null"
        ],
        "pattern": "^(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded)(,(ticket-created|ticket-updated|ticket-message-created|ticket-assigned|ticket-self-unsnoozed|satisfaction-survey-responded))*$"
      },
      "priority": {
        "type": "integer"
      },
      "deactivated_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "delete_rule": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_rule_priorities": {
    "type": "object",
    "properties": {
      "priorities": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "priority"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "minimum": 1
            },
            "priority": {
              "type": "integer"
            }
          }
        }
      }
    },
    "required": [
      "priorities"
    ],
    "additionalProperties": false
  },
  "list_satisfaction_surveys": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "order_by": {
        "type": "string",
        "enum": [
          "created_datetime:asc",
          "created_datetime:desc"
        ],
        "default": "created_datetime:desc"
      },
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "additionalProperties": false
  },
  "create_satisfaction_survey": {
    "type": "object",
    "properties": {
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "score": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1,
        "maximum": 5
      },
      "body_text": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1000
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "created_datetime": {
        "$ref": "gorgias#/components/schemas/Datetime"
      },
      "scored_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "sent_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "should_send_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "ticket_id",
      "customer_id"
    ],
    "additionalProperties": false
  },
  "get_satisfaction_survey": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "update_satisfaction_survey": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "minimum": 1
      },
      "ticket_id": {
        "type": "integer",
        "minimum": 1
      },
      "customer_id": {
        "type": "integer",
        "minimum": 1
      },
      "score": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 1,
        "maximum": 5
      },
      "body_text": {
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1000
      },
      "meta": {
        "type": [
          "object",
          "null"
        ]
      },
      "created_datetime": {
        "$ref": "gorgias#/components/schemas/Datetime"
      },
      "scored_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "sent_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      },
      "should_send_datetime": {
        "$ref": "gorgias#/components/schemas/NullableDatetime"
      }
    },
    "required": [
      "id"
    ],
    "additionalProperties": false
  },
  "query_reporting_stats": {
    "type": "object",
    "properties": {
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "default": 30
      },
      "cursor": {
        "type": "string"
      },
      "query": {
        "$ref": "gorgias#/components/schemas/ReportingQuery"
      }
    },
    "required": [
      "query"
    ],
    "additionalProperties": false
  },
  "get_statistic": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "filters": {
        "type": "object",
        "required": [
          "period"
        ],
        "properties": {
          "period": {
            "type": "object",
            "required": [
              "start_datetime",
              "end_datetime"
            ],
            "properties": {
              "start_datetime": {
                "$ref": "gorgias#/components/schemas/Datetime"
              },
              "end_datetime": {
                "$ref": "gorgias#/components/schemas/Datetime"
              }
            }
          },
          "agents": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "channels": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "campaigns": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "integrations": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "score": {
            "type": "array",
            "items": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5
            }
          }
        }
      }
    },
    "required": [
      "name",
      "filters"
    ],
    "additionalProperties": false
  },
  "search_metric_cards": {
    "type": "object",
    "properties": {
      "category": {
        "type": "string",
        "minLength": 1
      },
      "status": {
        "type": "string",
        "enum": [
          "published",
          "deprecated"
        ]
      },
      "q": {
        "type": "string",
        "minLength": 1
      },
      "include": {
        "type": "string",
        "const": "deprecated"
      }
    },
    "additionalProperties": false
  },
  "get_metric_card": {
    "type": "object",
    "properties": {
      "slug": {
        "type": "string",
        "minLength": 1
      }
    },
    "required": [
      "slug"
    ],
    "additionalProperties": false
  }
};
