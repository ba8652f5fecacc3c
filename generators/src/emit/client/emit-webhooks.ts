import type { ApiModel } from "../../model/types.js";
import { resolveRef } from "../../model/json-schema.js";
import { ModelError } from "../../model/model-error.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

type Obj = Record<string, unknown>;

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
  const document = model.document as Obj;
  const rawWebhooks = (document.webhooks as Obj | undefined) ?? {};
  const webhooks = [...model.webhooks].sort((a, b) => a.event.localeCompare(b.event));
  const definitions: Record<string, unknown> = {};
  const pending: string[] = [];
  const schemas: Record<string, unknown> = {};

  const strip = (node: unknown, where: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, where));
    if (node === null || typeof node !== "object") return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node as Obj)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (!CHECKED.has(key)) throw new ModelError(where, `payload schema uses "${key}", which the client's webhook validator does not check`);
      if (key === "$ref") {
        const ref = String(value);
        const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
        if (!match) throw new ModelError(where, `payload schema reference "${ref}" is not a component schema`);
        if (!(match[1]! in definitions) && !pending.includes(match[1]!)) pending.push(match[1]!);
        out.$ref = match[1];
      } else if (key === "properties") {
        out.properties = Object.fromEntries(Object.entries(value as Obj).map(([k, v]) => [k, strip(v, where)]));
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
    const item = resolveRef<Obj>(document, rawWebhooks[webhook.event]);
    const body = resolveRef<Obj>(document, (item.post as Obj).requestBody);
    const schema = ((body.content as Obj)["application/json"] as Obj).schema;
    schemas[webhook.event] = strip(schema, where);
    while (pending.length > 0) {
      const name = pending.shift()!;
      definitions[name] = null;
      definitions[name] = strip(resolveRef(document, { $ref: `#/components/schemas/${name}` }), `${where} (schema ${name})`);
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
import type { webhooks } from "./schema.gen.js";

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
