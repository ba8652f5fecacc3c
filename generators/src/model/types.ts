import type { Referenced, SpecDocument, SpecParameter, SpecSchema } from "../load/spec-document.js";
import type { Access, Pagination, Provenance, SideEffect } from "./vocabulary.js";

export type { Access, Pagination, Provenance, SideEffect } from "./vocabulary.js";

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) with its `$ref`s inlined. The keywords the emitters
 * read are typed (the spec's lint checks their shape); any other keyword is unknown.
 */
export interface JsonSchema {
  [keyword: string]: unknown;
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: { [name: string]: JsonSchema };
  required?: string[];
  items?: boolean | JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  readOnly?: boolean;
  writeOnly?: boolean;
  minProperties?: number;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

export interface AreaModel {
  /** Stable id from the tag's `x-gorgias-id`, e.g. `ticket-messages`. */
  id: string;
  /** The tag name, e.g. `Ticket messages`. */
  name: string;
  description: string;
}

export interface ParameterModel {
  name: string;
  in: "path" | "query";
  /** How the value is serialized when the spec says (`deepObject`: `name[key]=value`); null for the default. */
  style: NonNullable<SpecParameter["style"]> | null;
  required: boolean;
  description: string;
  /** Fully dereferenced schema. */
  schema: JsonSchema;
  /** The schema as the spec writes it, `$ref`s kept: for an emitter that references components rather than inlining them. */
  schemaAsWritten: Referenced<SpecSchema>;
  example: unknown;
}

/** The request body media types the model reads: JSON, or files as a multipart form (an upload). */
export type RequestMediaType = "application/json" | "multipart/form-data";

export interface RequestBodyModel {
  required: boolean;
  /** How the body is sent: JSON, or a multipart form whose parts are files. */
  mediaType: RequestMediaType;
  /** `#/components/schemas/X` name when the body is a named schema. */
  schemaName: string | null;
  /** Fully dereferenced schema. */
  schema: JsonSchema;
  /** The schema as the spec writes it, `$ref`s kept: for an emitter that references components rather than inlining them. */
  schemaAsWritten: Referenced<SpecSchema>;
  examples: NamedExample[];
}

export interface NamedExample {
  name: string;
  summary: string;
  value: unknown;
}

export interface ResponseModel {
  status: number;
  description: string;
  /** The media type of the body (`application/json`, or another such as `text/csv`); null when there is no body. */
  mediaType: string | null;
  /** Shared response component this status points to, e.g. `NotFound`. */
  componentName: string | null;
  schemaName: string | null;
  schema: JsonSchema | null;
  /** The JSON body's schema as the spec writes it, `$ref`s kept; null when there is none. */
  schemaAsWritten: Referenced<SpecSchema> | null;
  headers: string[];
  examples: NamedExample[];
}

/**
 * The guide's form of an operation whose live form differs (`x-gorgias-guide`): the operation
 * holds the live method and path, this the guide's row and how it differs.
 */
export interface GuideForm {
  method: HttpMethod;
  path: string;
  note: string;
}

export interface OperationModel {
  id: string;
  method: HttpMethod;
  path: string;
  area: string;
  summary: string;
  description: string;
  access: Access;
  /** The one OAuth scope this operation needs; null when it depends on the request (search). */
  scope: string | null;
  /** Every OAuth scope that can authorise the call (one, except for search). */
  scopes: string[];
  /** Search only: searched type → scope. */
  scopeByType: Record<string, string> | null;
  /** The guide event this operation produces (`x-gorgias-event`, an `Event.type` readable through `GET /api/events`), or null. */
  event: string | null;
  sideEffects: SideEffect[];
  provenance: Provenance;
  pagination: Pagination;
  client: { resource: string; method: string };
  /** The guide's form where it differs from the live one; null when the guide's row is this operation. */
  guide: GuideForm | null;
  /** Titles of the docs pages the operation's facts come from (`x-gorgias-source`). */
  sources: string[];
  inferred: string[];
  parameters: ParameterModel[];
  requestBody: RequestBodyModel | null;
  responses: ResponseModel[];
  /** The 2xx response a successful call returns; for an operation that documents none, its redirect (a file download's 307). */
  success: ResponseModel;
  /** For paged lists (any pagination but `none`): the schema name of one item of `data`. */
  itemSchemaName: string | null;
}

export interface ScopeModel {
  name: string;
  description: string;
  /** `tickets` for `tickets:read`; null for identity scopes such as `openid`. */
  resource: string | null;
  access: Access | null;
  deprecated: boolean;
  /** Operations this scope authorises, in spec order. */
  operations: string[];
  /** Why the scope authorises no operation; null when it authorises some. */
  withoutOperations: { reason: string; source: string } | null;
}

/** One area's coverage of the live API. */
export interface AreaCoverage {
  area: string;
  name: string;
  /** Live operations of the area: those described plus those left out. */
  liveOperations: number;
  /** Operations the description has in the area. */
  described: number;
  /** How many of them the guide names (its method table or its prose). */
  fromGuide: number;
  /** The docs pages its operations' facts come from, in first-seen order. */
  sources: string[];
  leftOut: { method: string; path: string; reason: string; source: string }[];
}

/** How much of the live API the description covers (`x-gorgias-coverage`). */
export interface CoverageModel {
  description: string;
  liveOperations: number;
  described: number;
  source: string;
  areas: AreaCoverage[];
}

/** One of the guide's events: an `Event.type` value (`x-gorgias-events` on the `EventType` schema). */
export interface EventModel {
  event: string;
  summary: string;
  description: string;
  area: string;
  objectType: string;
  /** Operations whose `x-gorgias-event` names this event. */
  producedBy: string[];
}

/** When an operation fires a delivery trigger: always, or only when one of these ticket-context fields changes. */
export interface FiringRule {
  operationId: string;
  /** Fields of the trigger's ticket context whose change fires it; null: every successful call. */
  changes: string[] | null;
}

/** A delivery of an HTTP integration, one per live trigger (the top-level `webhooks` map). */
export interface WebhookModel {
  /** The trigger key (`IntegrationTrigger`), e.g. `ticket-created`. */
  trigger: string;
  summary: string;
  description: string;
  area: string;
  /** API operations that fire it; empty when only Gorgias itself does (a failed send, time). */
  firedBy: FiringRule[];
  /** Dereferenced schema of the render context (the body of a whole-context form). */
  payloadSchema: JsonSchema;
  example: unknown;
}

export interface RateLimitRule {
  auth: "apiKey" | "oauth2";
  plan: "standard" | "enterprise";
  requests: number;
  windowSeconds: number;
}

export interface RateLimitModel {
  algorithm: string;
  appliesTo: string;
  sharedAcrossIntegrations: boolean;
  usageHeader: string;
  usageHeaderFormat: string;
  retryAfterHeader: string;
  overLimitStatus: number;
  limits: RateLimitRule[];
}

export interface ErrorModel {
  status: number;
  /** Shared response component name, e.g. `TooManyRequests`. */
  name: string;
  /** What it means (the response's description). */
  meaning: string;
  /** What a caller should do about it (`x-gorgias-what-to-do`). */
  whatToDo: string;
  example: unknown;
}

export interface ChangelogEntry {
  topic: string;
  change: string;
}

export interface ApiModel {
  title: string;
  version: string;
  description: string;
  changelog: ChangelogEntry[];
  serverUrl: string;
  areas: AreaModel[];
  operations: OperationModel[];
  scopes: ScopeModel[];
  /** HTTP-integration deliveries, one per live trigger. */
  webhooks: WebhookModel[];
  /** The guide's events, produced by operations and read through `GET /api/events`. */
  events: EventModel[];
  rateLimits: RateLimitModel;
  limits: { ticketSubjectMaxLength: number; defaultPageSize: number; maxPageSize: number };
  oauth: {
    authorizationUrl: string;
    tokenUrl: string;
    accessTokenLifetimeSeconds: number;
    refreshTokenScope: string;
    scopeSeparator: string;
  };
  auth: { basicDescription: string; oauthDescription: string };
  errors: ErrorModel[];
  /** Named component schemas as bundled (internal `$ref`s kept). */
  schemas: { [name: string]: Referenced<SpecSchema> };
  coverage: CoverageModel;
  /** The bundled OpenAPI document, for artifacts that publish or render it whole. */
  document: SpecDocument;
}
