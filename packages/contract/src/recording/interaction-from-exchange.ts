import { operationSite, parametersOf, type OperationSite } from "../changes/compare-operation.js";
import { pointerJoin } from "../changes/json-pointer.js";
import { isRecord, resolveRef, typeOfValue, viewSchema, type Located, type SchemaView } from "../changes/schema-view.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";
import type { IndexedOperation } from "../spec/operation-index.js";
import type { ContractInteraction, RecordedValue, ValueKind } from "./consumer-contract.js";
import { sortScalars } from "./contract-file.js";
import type { ObservedExchange } from "./observed-exchange.js";

/**
 * Turns one observed exchange into an interaction: query names and body field paths with the
 * kinds of their values, plus the values of closed-enum fields (found through `operation`'s
 * schemas in `document`; without them, kinds only).
 */
export function interactionFromExchange(exchange: ObservedExchange, document: OpenApiDocument, operation: IndexedOperation | undefined): ContractInteraction {
  const site = operation && operationSite(document, operation.method, operation.path, operation.operation);
  const interaction: ContractInteraction = {
    operationId: exchange.operationId,
    method: exchange.method.toLowerCase(),
    path: exchange.path,
    query: recordQuery(exchange.query, document, site),
    statuses: [exchange.status],
  };
  if (exchange.body !== undefined) interaction.body = recordBody(exchange.body, document, site);
  return interaction;
}

function recordQuery(query: Record<string, string | string[]>, document: OpenApiDocument, site: OperationSite | undefined): Record<string, RecordedValue> {
  const parameters = site ? parametersOf(document, site) : new Map();
  const out: Record<string, RecordedValue> = {};
  for (const [name, sent] of Object.entries(query)) {
    const raw = Array.isArray(sent) ? sent : [sent];
    const parameter = parameters.get(`query:${name}`);
    let view = parameter?.schema ? viewSchema(document, parameter.schema.value, parameter.schema.pointer) : undefined;
    if (view?.items && view.types?.has("array")) view = viewSchema(document, view.items.value, view.items.pointer);
    const recorded: RecordedValue = { kinds: [...new Set(raw.map(kindOfQueryValue))].sort() };
    const enumValues = view?.enumValues;
    if (enumValues) {
      // Query values arrive as text: keep the enum's own value for each one that names it.
      const values = raw.flatMap((text) => enumValues.filter((v) => String(v) === text && isScalar(v)) as (string | number | boolean)[]);
      if (values.length > 0) recorded.values = sortScalars(values);
    }
    out[name] = recorded;
  }
  return out;
}

/** The kind a query value's spelling shows: `42` integer, `1.5` number, `true` boolean, anything else string. */
export function kindOfQueryValue(text: string): ValueKind {
  if (/^-?\d+$/.test(text)) return "integer";
  if (/^-?\d+\.\d+$/.test(text)) return "number";
  if (text === "true" || text === "false") return "boolean";
  return "string";
}

function recordBody(body: unknown, document: OpenApiDocument, site: OperationSite | undefined): Record<string, RecordedValue> {
  const schema = site ? requestSchema(document, site) : undefined;
  const fields = new Map<string, { kinds: Set<ValueKind>; values: (string | number | boolean)[] | undefined }>();
  const visit = (value: unknown, view: SchemaView | undefined, path: string): void => {
    if (Array.isArray(value) && value.length > 0) {
      const items = view?.items ? viewSchema(document, view.items.value, view.items.pointer) : undefined;
      for (const item of value) visit(item, items, `${path}[]`);
      return;
    }
    if (isRecord(value) && Object.keys(value).length > 0) {
      // A schema with no named properties is a free-form map: its keys are data, so they become `*`.
      const isMap = view !== undefined && view.properties.size === 0 && view.types?.has("object") === true;
      for (const [key, child] of Object.entries(value)) {
        const childSchema = view?.properties.get(key);
        visit(child, childSchema ? viewSchema(document, childSchema.value, childSchema.pointer) : undefined, `${path ? `${path}.` : ""}${isMap ? "*" : key}`);
      }
      return;
    }
    const field = fields.get(path) ?? { kinds: new Set<ValueKind>(), values: [] };
    field.kinds.add(typeOfValue(value));
    // Only a closed enum's own values are kept: anything else could be personal data.
    const inEnum = view?.enumValues?.some((v) => JSON.stringify(v) === JSON.stringify(value)) === true && isScalar(value);
    field.values = inEnum && field.values ? [...field.values, value as string | number | boolean] : undefined;
    fields.set(path, field);
  };
  visit(body, schema, "");
  const out: Record<string, RecordedValue> = {};
  for (const [path, field] of fields) out[path] = field.values && field.values.length > 0 ? { kinds: [...field.kinds].sort(), values: sortScalars(field.values) } : { kinds: [...field.kinds].sort() };
  return out;
}

/** The JSON request body schema of an operation, viewed. */
export function requestSchema(document: OpenApiDocument, site: OperationSite): SchemaView | undefined {
  const body: Located = resolveRef(document, site.operation.requestBody, pointerJoin(site.pointer, "requestBody"));
  if (!isRecord(body.value) || !isRecord(body.value.content)) return undefined;
  const media = body.value.content["application/json"];
  if (!isRecord(media) || !("schema" in media)) return undefined;
  return viewSchema(document, media.schema, pointerJoin(body.pointer, "content", "application/json", "schema"));
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
