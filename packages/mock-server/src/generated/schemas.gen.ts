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
          "$ref": "gorgias#/components/schemas/Tag"
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
            "$ref": "gorgias#/components/schemas/EventType"
          },
          "type": "array"
        },
        "created_datetime": {
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
            "$ref": "gorgias#/components/schemas/SearchResults"
          },
          {
            "items": {
              "$ref": "gorgias#/components/schemas/SearchResult"
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
          "$ref": "gorgias#/components/schemas/VoiceCallEvent"
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
          "$ref": "gorgias#/components/schemas/VoiceCallRecording"
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
          "$ref": "gorgias#/components/schemas/CustomFieldObjectType"
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
          "$ref": "gorgias#/components/schemas/Team"
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
          "$ref": "gorgias#/components/schemas/Widget"
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
          "$ref": "gorgias#/components/schemas/JobStatus"
        },
        "type": {
          "$ref": "gorgias#/components/schemas/JobType"
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
          "$ref": "gorgias#/components/schemas/Rule"
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
          "$ref": "gorgias#/components/schemas/Rule"
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
          "$ref": "gorgias#/components/schemas/SatisfactionSurvey"
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
          "$ref": "gorgias#/components/schemas/FileUploadType"
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
          "$ref": "gorgias#/components/schemas/File"
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
