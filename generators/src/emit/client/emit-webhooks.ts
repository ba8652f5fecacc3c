import type { ApiModel } from "../../model/types.js";
import { componentSchema, isObject } from "../../model/json-schema.js";
import { ModelError } from "../../model/model-error.js";
import { webhookPayload } from "../../model/webhook.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

/** Keywords the client's delivery validator checks (packages/client/src/runtime/schema-validator.ts). */
const CHECKED = new Set([
  "type", "properties", "required", "items", "allOf", "anyOf", "oneOf", "enum", "const", "additionalProperties",
  "propertyNames", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "$ref",
]);
/** Keywords that only annotate: dropped from the context schemas, ignored by the validator. `format` is documented, not enforced. */
const ANNOTATIONS = new Set([
  "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "format", "uniqueItems",
]);
/** Where a context schema's `$ref`s point: the component schemas of `@gorgias-kit/spec/schemas`, which the validator resolves them in. */
const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

/**
 * `webhooks.gen.ts`: the HTTP-integration triggers and the schema of what their deliveries carry
 * (the render context), the guide's events (read through `GET /api/events`), and the schemas
 * `parseDelivery` validates against. The components they reference are not repeated here:
 * the validator reads them from `@gorgias-kit/spec/schemas`.
 */
export function renderWebhooks(model: ApiModel): string {
  const { document } = model;
  const webhooks = [...model.webhooks].sort((a, b) => a.trigger.localeCompare(b.trigger));
  const checked = new Set<string>();
  const pending: string[] = [];
  const schemas: Record<string, unknown> = {};

  // Refuses a keyword the validator would silently skip, in the payload schema and every component it reaches.
  const strip = (node: unknown, where: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, where));
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (!CHECKED.has(key)) throw new ModelError(where, `payload schema uses "${key}", which the client's delivery validator does not check`);
      if (key === "$ref") {
        const ref = String(value);
        const [, name] = COMPONENT_REF.exec(ref) ?? [];
        if (name === undefined) throw new ModelError(where, `payload schema reference "${ref}" is not a component schema`);
        if (!checked.has(name) && !pending.includes(name)) pending.push(name);
        out.$ref = ref;
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
    const where = `webhook ${webhook.trigger}`;
    schemas[webhook.trigger] = strip(webhookPayload(document, webhook.trigger).schema, where);
    for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
      checked.add(name);
      const schema = componentSchema(document, name);
      if (!schema) throw new ModelError(`${where} (schema ${name})`, "the referenced component schema is not declared");
      strip(schema, `${where} (schema ${name})`);
    }
  }
  const triggers = webhooks.map((w) => ({ trigger: w.trigger, summary: w.summary, firedBy: w.firedBy.map((r) => r.operationId) }));
  const events = model.events.map((e) => ({ event: e.event, objectType: e.objectType, summary: e.summary, producedBy: e.producedBy }));
  const payloadTypes = webhooks
    .map((w) => `  ${JSON.stringify(w.trigger)}: webhooks[${JSON.stringify(w.trigger)}]["post"]["requestBody"]["content"]["application/json"];`)
    .join("\n");

  return formatTypeScript(
    "webhooks.gen.ts",
    `${tsHeader()}
import type { webhooks } from "@gorgias-kit/spec/types";

/**
 * The HTTP-integration triggers (\`http.triggers\` keys): each fires the integration's own request,
 * with the operations of the API that fire it (none: only Gorgias itself does).
 */
export const deliveryTriggers = ${JSON.stringify(triggers, null, 2)} as const;

export type DeliveryTrigger = (typeof deliveryTriggers)[number]["trigger"];

/** The render context of each trigger (the body of a whole-context form), as openapi-typescript types it. */
export interface DeliveryContexts {
${payloadTypes}
}

/**
 * Validation schemas of each trigger's render context (JSON Schema keywords the client checks;
 * annotations dropped). A \`$ref\` (\`#/components/schemas/X\`) names a component schema of
 * \`@gorgias-kit/spec/schemas\`.
 */
export const deliveryContextSchemas: Readonly<Record<DeliveryTrigger, unknown>> = ${JSON.stringify(schemas, null, 2)};

/**
 * The guide's events: \`Event.type\` values that \`GET /api/events\` returns, with the operations that
 * produce them. Gorgias does not push them; follow them with \`client.events.stream()\`.
 */
export const guideEvents = ${JSON.stringify(events, null, 2)} as const;

export type GuideEvent = (typeof guideEvents)[number]["event"];
`,
  );
}
