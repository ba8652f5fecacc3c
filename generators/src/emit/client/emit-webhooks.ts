import type { ApiModel } from "../../model/types.js";
import { componentSchema, isObject } from "../../model/json-schema.js";
import { ModelError } from "../../model/model-error.js";
import { webhookPayload } from "../../model/webhook.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

/** Keywords the client's payload validator checks (packages/client/src/runtime/schema-validator.ts). */
const CHECKED = new Set([
  "type", "properties", "required", "items", "allOf", "anyOf", "oneOf", "enum", "const", "additionalProperties",
  "propertyNames", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "$ref",
]);
/** Keywords that only annotate: dropped from the validation schemas. `format` is documented, not enforced. */
const ANNOTATIONS = new Set([
  "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "format", "uniqueItems",
]);

/** `webhooks.gen.ts`: the events, their payload types and the schemas `parseWebhook` validates against. */
export function renderWebhooks(model: ApiModel): string {
  const { document } = model;
  const webhooks = [...model.webhooks].sort((a, b) => a.event.localeCompare(b.event));
  const definitions: Record<string, unknown> = {};
  const pending: string[] = [];
  const schemas: Record<string, unknown> = {};

  const strip = (node: unknown, where: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, where));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (!CHECKED.has(key)) throw new ModelError(where, `payload schema uses "${key}", which the client's webhook validator does not check`);
      if (key === "$ref") {
        const ref = String(value);
        const [, name] = /^#\/components\/schemas\/([^/]+)$/.exec(ref) ?? [];
        if (name === undefined) throw new ModelError(where, `payload schema reference "${ref}" is not a component schema`);
        if (!(name in definitions) && !pending.includes(name)) pending.push(name);
        out.$ref = name;
      } else if (key === "properties") {
        out.properties = Object.fromEntries(Object.entries(isObject(value) ? value : {}).map(([k, v]) => [k, strip(v, where)]));
      } else if (key === "enum" || key === "const" || key === "required") {
        out[key] = value;
      } else {
        out[key] = strip(value, where);
      }
    }
    return out;
  };

  for (const webhook of webhooks) {
    const where = `webhook ${webhook.event}`;
    schemas[webhook.event] = strip(webhookPayload(document, webhook.event).schema, where);
    for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
      definitions[name] = null;
      const schema = componentSchema(document, name);
      if (!schema) throw new ModelError(`${where} (schema ${name})`, "the referenced component schema is not declared");
      definitions[name] = strip(schema, `${where} (schema ${name})`);
    }
  }
  const sortedDefinitions = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  const events = webhooks.map((w) => ({ event: w.event, objectType: w.objectType, summary: w.summary, triggeredBy: w.triggeredBy }));
  const payloadTypes = webhooks
    .map((w) => `  ${JSON.stringify(w.event)}: webhooks[${JSON.stringify(w.event)}]["post"]["requestBody"]["content"]["application/json"];`)
    .join("\n");

  return formatTypeScript(
    "webhooks.gen.ts",
    `${tsHeader()}
import type { webhooks } from "@gorgias-kit/spec/types";

/** Every webhook event the spec declares, with the object it is about and the operations that trigger it. */
export const webhookEvents = ${JSON.stringify(events, null, 2)} as const;

export type WebhookEvent = (typeof webhookEvents)[number]["event"];

/** The payload of each event, as openapi-typescript types it from the spec's \`webhooks\`. */
export interface WebhookPayloads {
${payloadTypes}
}

/**
 * Validation schemas of each payload (JSON Schema keywords the client checks; annotations dropped).
 * A \`$ref\` names an entry of {@link webhookSchemaDefinitions}.
 */
export const webhookPayloadSchemas: Readonly<Record<WebhookEvent, unknown>> = ${JSON.stringify(schemas, null, 2)};

/** Component schemas the payload schemas reference, by name. */
export const webhookSchemaDefinitions: Readonly<Record<string, unknown>> = ${JSON.stringify(sortedDefinitions, null, 2)};
`,
  );
}
