/**
 * JSON Schema (2020-12) of a consumer contract file. Also shipped as
 * `@gorgias-kit/contract/gorgias-contract.schema.json` (a test keeps the two identical) for
 * other tools.
 */
export const CONTRACT_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gorgias-kit.dev/schemas/gorgias-contract.schema.json",
  title: "Gorgias consumer contract",
  description: "What one consumer of the Gorgias API relies on: per interaction, the operation, the query parameters and body fields it sends (kinds, never values, except closed-enum values) and the statuses it relies on.",
  type: "object",
  additionalProperties: false,
  required: ["format", "consumer", "interactions"],
  properties: {
    format: { const: "gorgias-contract/1" },
    consumer: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 200 },
    interactions: { type: "array", items: { $ref: "#/$defs/interaction" } },
  },
  $defs: {
    interaction: {
      type: "object",
      additionalProperties: false,
      required: ["operationId", "method", "path", "query", "statuses"],
      properties: {
        operationId: { type: "string", minLength: 1 },
        method: { enum: ["get", "put", "post", "delete", "patch", "head", "options"] },
        path: { type: "string", pattern: "^/" },
        query: { type: "object", additionalProperties: { $ref: "#/$defs/recordedValue" } },
        body: { type: "object", additionalProperties: { $ref: "#/$defs/recordedValue" } },
        statuses: { type: "array", minItems: 1, uniqueItems: true, items: { type: "integer", minimum: 100, maximum: 599 } },
      },
    },
    recordedValue: {
      type: "object",
      additionalProperties: false,
      required: ["kinds"],
      properties: {
        kinds: { type: "array", minItems: 1, uniqueItems: true, items: { enum: ["string", "integer", "number", "boolean", "null", "object", "array"] } },
        values: { type: "array", uniqueItems: true, items: { type: ["string", "number", "boolean"] } },
      },
    },
  },
} as const;
