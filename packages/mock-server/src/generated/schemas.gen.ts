/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

import type { JsonSchema } from "@gorgias-kit/spec/schemas";

/** What the validators need for one operation. Named schemas are `$ref`s into the `components` of `@gorgias-kit/spec/schemas`. */
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
  "listTicketMessages": {
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
      "properties": {}
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
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
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
          "default": "created_datetime:desc",
          "enum": [
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
  "deleteCustomers": {
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
      "$ref": "gorgias#/components/schemas/IdList"
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
  "mergeCustomers": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "source_id": {
          "minimum": 1,
          "type": "integer"
        },
        "target_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "source_id",
        "target_id"
      ]
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
          "default": "name:asc",
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
          "default": "created_datetime:desc",
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
  "deleteTags": {
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
      "$ref": "gorgias#/components/schemas/IdList"
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
      "properties": {
        "destination_tag_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "destination_tag_id"
      ]
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
      "202": {
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
          "default": "usage",
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
          "type": "string"
        },
        "ticket_id": {
          "minimum": 1,
          "type": "integer"
        },
        "message_id": {
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "number_predictions": {
          "minimum": 0,
          "type": "integer"
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
        "$ref": "gorgias#/components/schemas/ViewItemList"
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
  "searchViewItems": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "view_id": {
          "minimum": 0,
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
    "body": {
      "$ref": "gorgias#/components/schemas/ViewItemsSearch"
    },
    "bodyRequired": true,
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
            "created_datetime:desc",
            "created_datetime"
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
      "201": {
        "oneOf": [
          {
            "properties": {
              "data": {
                "items": {
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
                    }
                  },
                  "required": [
                    "id"
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
          {
            "items": {
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
                }
              },
              "required": [
                "id"
              ],
              "type": "object"
            },
            "type": "array"
          }
        ]
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
  "listVoiceCalls": {
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
        "$ref": "gorgias#/components/schemas/VoiceCallList"
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
  "getVoiceCall": {
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
        "$ref": "gorgias#/components/schemas/VoiceCall"
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
  "listVoiceCallEvents": {
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
        "call_id": {
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
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
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
  "getVoiceCallEvent": {
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
        "$ref": "gorgias#/components/schemas/VoiceCallEvent"
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
  "listVoiceCallRecordings": {
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
        "call_id": {
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
            "call_id": {
              "type": "integer"
            },
            "created_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": "string"
            },
            "deleted_by_user_id": {
              "type": [
                "integer",
                "null"
              ]
            },
            "deleted_datetime": {
              "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$",
              "type": [
                "string",
                "null"
              ]
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
  "getVoiceCallRecording": {
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
        "$ref": "gorgias#/components/schemas/VoiceCallRecording"
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
  "deleteVoiceCallRecording": {
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
  "getAccount": {
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
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Account"
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
  "listAccountSettings": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "type": {
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/AccountSettingList"
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
  "createAccountSetting": {
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
      "$ref": "gorgias#/components/schemas/AccountSettingWrite"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/AccountSetting"
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
  "updateAccountSetting": {
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
      "$ref": "gorgias#/components/schemas/AccountSettingWrite"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/AccountSetting"
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
  "listCustomFields": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "object_type": {
          "enum": [
            "Ticket",
            "Customer"
          ],
          "type": "string"
        },
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
          "default": "priority:asc",
          "enum": [
            "priority:asc",
            "priority:desc"
          ],
          "type": "string"
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
      ]
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomFieldList"
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
  "updateCustomFields": {
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
      "$ref": "gorgias#/components/schemas/CustomFieldBulkUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomFieldArray"
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
  "createCustomField": {
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
      "$ref": "gorgias#/components/schemas/CustomFieldCreate"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "$ref": "gorgias#/components/schemas/CustomField"
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
  "getCustomField": {
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
        "$ref": "gorgias#/components/schemas/CustomField"
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
  "updateCustomField": {
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
      "$ref": "gorgias#/components/schemas/CustomFieldUpdate"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomField"
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
  "listTicketCustomFieldValues": {
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
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketCustomFieldValueList"
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
  "setTicketCustomFieldValues": {
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
      "$ref": "gorgias#/components/schemas/CustomFieldValueSet"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketCustomFieldValueList"
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
  "updateTicketCustomFieldValue": {
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
    "body": {
      "$ref": "gorgias#/components/schemas/CustomFieldScalar"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/TicketCustomFieldValue"
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
  "deleteTicketCustomFieldValue": {
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
  "listCustomerCustomFieldValues": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "customer_id"
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
        "$ref": "gorgias#/components/schemas/CustomerCustomFieldValueList"
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
  "setCustomerCustomFieldValues": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "customer_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/CustomFieldValueSet"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomerCustomFieldValueList"
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
  "updateCustomerCustomFieldValue": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "customer_id",
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
      "$ref": "gorgias#/components/schemas/CustomFieldScalar"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/CustomerCustomFieldValue"
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
  "deleteCustomerCustomFieldValue": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        },
        "id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "customer_id",
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
  "setCustomerData": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "customer_id": {
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "customer_id"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/CustomerDataSet"
    },
    "bodyRequired": true,
    "responses": {
      "202": null,
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
  "archiveMacros": {
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
      "$ref": "gorgias#/components/schemas/MacroIdBatch"
    },
    "bodyRequired": true,
    "responses": {
      "207": {
        "$ref": "gorgias#/components/schemas/MacroArchiveResults"
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
  "unarchiveMacros": {
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
      "$ref": "gorgias#/components/schemas/MacroIdBatch"
    },
    "bodyRequired": true,
    "responses": {
      "207": {
        "$ref": "gorgias#/components/schemas/MacroUnarchiveResults"
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
  },
  "uploadFiles": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "type": {
          "default": "attachment",
          "enum": [
            "attachment",
            "public_attachment",
            "profile_picture",
            "widget_picture"
          ],
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/FileUpload"
    },
    "bodyRequired": true,
    "responses": {
      "201": {
        "items": {
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
  "downloadFile": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "file_type": {
          "minLength": 1,
          "type": "string"
        },
        "domain_hash": {
          "minLength": 1,
          "type": "string"
        },
        "resource_name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "file_type",
        "domain_hash",
        "resource_name"
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
      "307": null,
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
  "queryReportingStats": {
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
          "maximum": 10000,
          "minimum": 1,
          "type": "integer"
        },
        "cursor": {
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/ReportingStatsRequest"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/ReportingStats"
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
  "getStatistic": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/StatisticRequest"
    },
    "bodyRequired": true,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/Statistic"
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
  "downloadStatistic": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "name"
      ]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "deepObjectQuery": [],
    "body": {
      "$ref": "gorgias#/components/schemas/StatisticRequest"
    },
    "bodyRequired": true,
    "responses": {
      "200": null,
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
  "searchMetricCards": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "category": {
          "minLength": 1,
          "type": "string"
        },
        "status": {
          "enum": [
            "published",
            "deprecated"
          ],
          "type": "string"
        },
        "q": {
          "minLength": 1,
          "type": "string"
        },
        "include": {
          "const": "deprecated",
          "type": "string"
        }
      }
    },
    "deepObjectQuery": [],
    "body": null,
    "bodyRequired": false,
    "responses": {
      "200": {
        "$ref": "gorgias#/components/schemas/MetricCardList"
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
  "getMetricCard": {
    "path": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "slug": {
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "slug"
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
        "$ref": "gorgias#/components/schemas/MetricCard"
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
  }
};
