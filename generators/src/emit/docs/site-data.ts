import type { SpecResponse, SpecSchema } from "../../load/spec-document.js";
import { componentSchema, dereference, resolveRef } from "../../model/json-schema.js";
import { missing, need } from "../../model/model-error.js";
import type { ApiModel, AreaModel, CoverageModel, EventModel, RateLimitModel } from "../../model/types.js";
import { webhookPost } from "../../model/webhook.js";
import { toolName } from "../mcp/tool-name.js";
import { buildScopeMatrix, type ScopeMatrix, type ScopeMatrixRow } from "../scopes/scope-matrix.js";
import { schemaFields, templateVariables, type SchemaField } from "./schema-fields.js";

/** Everything the documentation site renders, taken from the model. */
export interface SiteData {
  api: {
    title: string;
    version: string;
    /** Markdown. */
    description: string;
    serverUrl: string;
    apiVersion: string;
    versioningModel: string;
    changelog: { topic: string; change: string }[];
    repositoryUrl: string | null;
  };
  areas: AreaModel[];
  apiKeyNote: string;
  operations: (ScopeMatrixRow & { description: string; successStatus: number; /** The MCP tool that calls it. */ mcpTool: string })[];
  scopes: ScopeMatrix["scopes"];
  areaAccess: ScopeMatrix["areas"];
  auth: {
    basicDescription: string;
    oauthDescription: string;
    authorizationUrl: string;
    tokenUrl: string;
    accessTokenLifetimeSeconds: number;
    refreshTokenScope: string;
    refreshTokenExpires: boolean;
    scopeSeparator: string;
  };
  /** HTTP-integration deliveries, one per live trigger (the spec's top-level `webhooks`). */
  webhooks: {
    trigger: string;
    summary: string;
    description: string;
    area: string;
    /** API operations that fire it, and the ticket-context fields whose change it waits for (null: any call). */
    firedBy: { operationId: string; changes: string[] | null }[];
    /** The webhook's operationId in the spec's top-level `webhooks` map (the reference lists it under it). */
    operationId: string;
    /** The render context (the body of a whole-context form), flattened. */
    fields: SchemaField[];
    example: unknown;
  }[];
  /** The guide's events: `Event.type` values produced by operations, read through `GET /api/events`. */
  events: (EventModel & {
    /** Whether an HTTP-integration trigger has the same name (the event itself is still not pushed). */
    sameNameTrigger: boolean;
  })[];
  /** `Event.type`: its description and every value the spec lists as known (the type is open). */
  eventTypes: { description: string; known: string[] };
  httpIntegration: {
    description: string;
    fields: SchemaField[];
    templateVariables: string[];
    example: unknown;
    triggers: { description: string; values: string[] };
    /** The flat ticket the templates see (`{{ticket.<field>}}`). */
    context: { description: string; fields: SchemaField[] };
  };
  rateLimits: RateLimitModel & {
    overLimitRequestProcessed: boolean;
    usageHeaderDescription: string;
    retryAfterDescription: string;
  };
  pagination: {
    defaultPageSize: number;
    maxPageSize: number;
    parameters: { name: string; description: string; type: string; default: unknown; minimum: unknown; maximum: unknown }[];
    envelopeFields: SchemaField[];
    listOperations: string[];
    example: { operationId: string; value: unknown };
    /** Lists that link their neighbouring pages as relative URLs (`x-gorgias-pagination: view-items`). */
    linkedLists: { operations: string[]; metaDescription: string; metaFields: SchemaField[] };
  };
  limits: ApiModel["limits"] & { payloadTooLargeStatus: number };
  errors: { status: number; name: string; code: string; meaning: string; whatToDo: string; example: unknown }[];
  errorBody: { description: string; fields: SchemaField[] };
  /** How much of the live API the spec covers, by area, with each left-out operation's reason. */
  coverage: CoverageModel;
}

/** Component names the site reads beyond the model's own fields. */
const HTTP_INTEGRATION_SCHEMA = "IntegrationHttp";
const TRIGGER_SCHEMA = "IntegrationTrigger";
const CONTEXT_SCHEMA = "TicketHttpIntegrationContext";
const EVENT_TYPE_SCHEMA = "EventType";
const ERROR_SCHEMA = "Error";

const renderedBySite = (name: string): string => `missing ${name}, which the documentation site renders`;

function schemaComponent(model: ApiModel, name: string): SpecSchema {
  return componentSchema(model.document, name) ?? missing("components.schemas", renderedBySite(name));
}

function responseComponent(model: ApiModel, name: string): SpecResponse {
  const node = model.document.components?.responses?.[name];
  need(node, "components.responses", renderedBySite(name));
  return resolveRef(model.document, node);
}

const isString = (value: unknown): value is string => typeof value === "string";

function oneLine(text: unknown): string {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}

/** `TooManyRequests` → `Too Many Requests`: the status code's reason phrase as the spec names it. */
function reasonPhrase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2");
}

function webhookOperationId(model: ApiModel, trigger: string): string {
  const id = webhookPost(model.document, trigger).operationId;
  return typeof id === "string" ? id : missing(`webhook ${trigger}`, "missing operationId");
}

function buildEventTypes(model: ApiModel): SiteData["eventTypes"] {
  const schema = schemaComponent(model, EVENT_TYPE_SCHEMA);
  const branches = (schema.anyOf ?? []).map((b) => resolveRef(model.document, b));
  const known = [...(schema.enum ?? []), ...branches.flatMap((b) => b.enum ?? [])];
  need(known.length > 0 && known.every(isString), `components.schemas.${EVENT_TYPE_SCHEMA}`, "must list its known values as strings");
  return { description: String(schema.description ?? "").trim(), known };
}

function buildRateLimits(model: ApiModel): SiteData["rateLimits"] {
  const raw = model.document["x-gorgias-rate-limits"] ?? missing("root", "missing x-gorgias-rate-limits");
  const overLimitRequestProcessed = raw.overLimitRequestProcessed;
  need(typeof overLimitRequestProcessed === "boolean", "x-gorgias-rate-limits", "missing overLimitRequestProcessed");
  const overLimit = model.errors.find((e) => e.status === model.rateLimits.overLimitStatus);
  need(overLimit, "x-gorgias-rate-limits", `no shared response for the over-limit status ${model.rateLimits.overLimitStatus}`);
  const headers = responseComponent(model, overLimit.name).headers ?? {};
  const headerDescription = (name: string): string => {
    const header = headers[name];
    need(header, `components.responses.${overLimit.name}`, `missing the ${name} header`);
    return oneLine(resolveRef(model.document, header).description);
  };
  return {
    ...model.rateLimits,
    overLimitRequestProcessed,
    usageHeaderDescription: headerDescription(model.rateLimits.usageHeader),
    retryAfterDescription: headerDescription(model.rateLimits.retryAfterHeader),
  };
}

function buildPagination(model: ApiModel): SiteData["pagination"] {
  const lists = model.operations.filter((op) => op.pagination === "cursor");
  const first = lists[0] ?? missing("operations", "no cursor-paginated list operation");
  const parameters = ["limit", "cursor"].map((name) => {
    const p =
      first.parameters.find((param) => param.name === name && param.in === "query") ??
      missing(`operation ${first.id}`, `a cursor list must take the "${name}" query parameter`);
    const schema = p.schema;
    return {
      name,
      description: oneLine(p.description),
      type: String(schema.type ?? "any"),
      default: schema.default ?? null,
      minimum: schema.minimum ?? null,
      maximum: schema.maximum ?? null,
    };
  });
  const examples = lists
    .flatMap((op) => (op.success.examples[0] ? [{ operationId: op.id, value: op.success.examples[0].value }] : []))
    .sort((a, b) => JSON.stringify(a.value).length - JSON.stringify(b.value).length);
  return {
    defaultPageSize: model.limits.defaultPageSize,
    maxPageSize: model.limits.maxPageSize,
    parameters,
    envelopeFields: schemaFields(first.success.schema ?? {}, { maxDepth: 2, opaque: ["data"] }),
    listOperations: lists.map((op) => op.id),
    example: examples[0] ?? missing("operations", "no cursor list has a success example"),
    linkedLists: buildLinkedLists(model),
  };
}

/** The lists paged by `meta.next_items` links, and the fields of that meta (from the first such list). */
function buildLinkedLists(model: ApiModel): SiteData["pagination"]["linkedLists"] {
  const lists = model.operations.filter((op) => op.pagination === "view-items");
  const first = lists[0] ?? missing("operations", "no view-items list operation");
  const meta = first.success.schema?.properties?.meta ?? missing(`operation ${first.id}`, "a view-items list must return a meta");
  return {
    operations: lists.map((op) => op.id),
    metaDescription: oneLine(String(meta.description ?? "")),
    metaFields: schemaFields(meta, { maxDepth: 1 }),
  };
}

function buildHttpIntegration(model: ApiModel): SiteData["httpIntegration"] {
  const http = schemaComponent(model, HTTP_INTEGRATION_SCHEMA);
  const trigger = schemaComponent(model, TRIGGER_SCHEMA);
  const where = `components.schemas.${TRIGGER_SCHEMA}`;
  const values = trigger.enum ?? missing(where, "missing enum");
  need(values.every(isString), where, "enum must list strings");
  const context = schemaComponent(model, CONTEXT_SCHEMA);
  return {
    description: String(http.description ?? "").trim(),
    fields: schemaFields(dereference(model.document, http), { maxDepth: 2 }),
    templateVariables: templateVariables(http),
    example: http.example ?? null,
    triggers: { description: String(trigger.description ?? "").trim(), values },
    context: { description: String(context.description ?? "").trim(), fields: schemaFields(dereference(model.document, context), { maxDepth: 1 }) },
  };
}

/** Builds the site data: the scope matrix plus every fact the site's pages render. */
export function buildSiteData(model: ApiModel): SiteData {
  const matrix = buildScopeMatrix(model);
  const byId = new Map(model.operations.map((op) => [op.id, op]));
  const info = model.document.info;
  const versioning = info?.["x-gorgias-versioning"] ?? missing("info", "missing x-gorgias-versioning");
  const extOauth = model.document["x-gorgias-oauth"] ?? missing("root", "missing x-gorgias-oauth");
  const refreshTokenExpires = extOauth.refreshTokenExpires;
  need(typeof refreshTokenExpires === "boolean", "x-gorgias-oauth", "missing refreshTokenExpires");
  const extLimits = model.document["x-gorgias-limits"] ?? missing("root", "missing x-gorgias-limits");
  const repositoryUrl = info?.contact?.url;
  const httpIntegration = buildHttpIntegration(model);
  const triggers = new Set(model.webhooks.map((w) => w.trigger));
  const errorSchema = schemaComponent(model, ERROR_SCHEMA);
  const operation = (id: string) => byId.get(id) ?? missing("operations", `the scope matrix lists an unknown operation ${id}`);

  return {
    api: {
      title: model.title,
      version: model.version,
      description: model.description,
      serverUrl: model.serverUrl,
      apiVersion: String(versioning.apiVersion ?? missing("x-gorgias-versioning", "missing apiVersion")),
      versioningModel: String(versioning.model ?? missing("x-gorgias-versioning", "missing model")),
      changelog: model.changelog,
      repositoryUrl: typeof repositoryUrl === "string" ? repositoryUrl : null,
    },
    areas: model.areas,
    apiKeyNote: matrix.apiKeyNote,
    operations: matrix.operations.map((row) => ({
      ...row,
      description: operation(row.operationId).description,
      successStatus: operation(row.operationId).success.status,
      mcpTool: toolName(row.operationId),
    })),
    scopes: matrix.scopes,
    areaAccess: matrix.areas,
    auth: {
      basicDescription: model.auth.basicDescription,
      oauthDescription: model.auth.oauthDescription,
      authorizationUrl: model.oauth.authorizationUrl,
      tokenUrl: model.oauth.tokenUrl,
      accessTokenLifetimeSeconds: model.oauth.accessTokenLifetimeSeconds,
      refreshTokenScope: model.oauth.refreshTokenScope,
      refreshTokenExpires,
      scopeSeparator: model.oauth.scopeSeparator,
    },
    webhooks: model.webhooks.map((w) => ({
      trigger: w.trigger,
      summary: w.summary,
      description: w.description,
      area: w.area,
      firedBy: w.firedBy,
      operationId: webhookOperationId(model, w.trigger),
      fields: schemaFields(w.payloadSchema, { maxDepth: 2 }),
      example: w.example,
    })),
    events: model.events.map((e) => ({
      event: e.event,
      summary: e.summary,
      description: e.description,
      area: e.area,
      objectType: e.objectType,
      producedBy: e.producedBy,
      sameNameTrigger: triggers.has(e.event),
    })),
    eventTypes: buildEventTypes(model),
    httpIntegration,
    rateLimits: buildRateLimits(model),
    pagination: buildPagination(model),
    limits: {
      ...model.limits,
      payloadTooLargeStatus: Number(extLimits.payloadTooLargeStatus ?? missing("x-gorgias-limits", "missing payloadTooLargeStatus")),
    },
    errors: model.errors.map((e) => ({
      status: e.status,
      name: e.name,
      code: reasonPhrase(e.name),
      meaning: oneLine(e.meaning),
      whatToDo: oneLine(e.whatToDo),
      example: e.example,
    })),
    errorBody: { description: String(errorSchema.description ?? "").trim(), fields: schemaFields(dereference(model.document, errorSchema)) },
    coverage: model.coverage,
  };
}
