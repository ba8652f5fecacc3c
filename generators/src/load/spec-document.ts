import type {
  Oas3_1Definition,
  Oas3_1Schema,
  Oas3ComponentsBase,
  Oas3Info,
  Oas3MediaType,
  Oas3Operation,
  Oas3Parameter,
  Oas3PathItem,
  Oas3RequestBody,
  Oas3Response,
  Oas3Tag,
  Referenced,
} from "@redocly/openapi-core";
import type { ChangelogEntry, GuideForm, RateLimitRule } from "../model/types.js";
import type { Access, Pagination, Provenance, SideEffect } from "../model/vocabulary.js";

// The bundled spec as the generators read it: Redocly's OpenAPI 3.1 types, plus the project's
// `x-gorgias-*` extensions (spec/README.md, "Vocabulary"), declared here and nowhere else.
// The types say what a well-formed spec holds; the model builder still checks each fact it
// needs and throws a ModelError naming the place when the spec lacks it.

export type { Referenced } from "@redocly/openapi-core";

/** The HTTP methods a path item may hold an operation under, lower-case as OpenAPI spells them. */
export type SpecMethod = "get" | "put" | "post" | "delete" | "patch";

/** One guide event as `x-gorgias-events` on the `EventType` schema states it. */
export interface SpecGuideEvent {
  summary?: string;
  /** Tag name of the area the event belongs to. */
  area?: string;
  objectType?: string;
  description?: string;
}

/** A JSON Schema of the spec; the one schema extension the generators read is the guide's events on `EventType`. */
export interface SpecSchema extends Oas3_1Schema {
  /** The guide's events (on `EventType` only), by event name. */
  "x-gorgias-events"?: Record<string, SpecGuideEvent>;
}

/** The facts every operation states (`x-gorgias-*` on an operation). */
export interface OperationExtensions {
  "x-gorgias-access"?: Access;
  /** The guide event the operation produces (a key of `EventType`'s `x-gorgias-events`), or null. */
  "x-gorgias-event"?: string | null;
  "x-gorgias-side-effects"?: SideEffect[];
  "x-gorgias-provenance"?: Provenance;
  "x-gorgias-pagination"?: Pagination;
  /** The typed client's `resource.method` for the operation. */
  "x-gorgias-client"?: { resource: string; method: string };
  /** Search only: searched type → OAuth scope. */
  "x-gorgias-scope-by-type"?: Record<string, string>;
  /** Facts on this operation that sources only infer. */
  "x-gorgias-inferred"?: string[];
  /** The guide's form where it differs from this (live) operation. */
  "x-gorgias-guide"?: GuideForm;
  /** The docs page title, or titles, the operation's facts come from. */
  "x-gorgias-source"?: string | string[];
}

/** The fact a delivery webhook's `post` operation states beside the operation facts. */
export interface WebhookOperationExtensions {
  /** The operations that fire the trigger, possibly none; `changes` limits one to calls that change those context fields. */
  "x-gorgias-fired-by"?: { operationId: string; changes?: string[] }[];
}

export interface SpecOperation extends Omit<Oas3Operation<SpecSchema>, "responses">, OperationExtensions, WebhookOperationExtensions {
  /** By status; a shared response is a `$ref` to `#/components/responses/...` (Redocly's type leaves the reference out). */
  responses: { [status: string]: Referenced<SpecResponse> };
}

export type SpecParameter = Oas3Parameter<SpecSchema>;
export type SpecMediaType = Oas3MediaType<SpecSchema>;
export type SpecRequestBody = Oas3RequestBody<SpecSchema>;

export interface SpecPathItem extends Omit<Oas3PathItem<SpecSchema>, SpecMethod> {
  get?: SpecOperation;
  put?: SpecOperation;
  post?: SpecOperation;
  delete?: SpecOperation;
  patch?: SpecOperation;
}

/** A shared response component; error responses say what a caller should do. */
export interface SpecResponse extends Oas3Response<SpecSchema> {
  "x-gorgias-what-to-do"?: string;
}

export interface SpecComponents extends Omit<Oas3ComponentsBase<SpecSchema>, "responses"> {
  responses?: { [name: string]: Referenced<SpecResponse> };
}

export interface SpecTag extends Oas3Tag {
  /** Stable area id, e.g. `ticket-messages`. */
  "x-gorgias-id"?: string;
}

export interface VersioningExtension {
  model?: string;
  apiVersion?: string;
  changelog?: ChangelogEntry[];
}

export interface SpecInfo extends Oas3Info {
  "x-gorgias-versioning"?: VersioningExtension;
}

export interface RateLimitsExtension {
  algorithm: string;
  appliesTo: string;
  sharedAcrossIntegrations: boolean;
  usageHeader: string;
  usageHeaderFormat: string;
  retryAfterHeader: string;
  overLimitStatus: number;
  /** Whether the API still processes a request it answers with the over-limit status. */
  overLimitRequestProcessed?: boolean;
  limits?: RateLimitRule[];
}

export interface LimitsExtension {
  ticketSubjectMaxLength: number;
  defaultPageSize: number;
  maxPageSize: number;
  payloadTooLargeStatus?: number;
}

/** A live operation the description leaves out, and why (`x-gorgias-coverage.leftOut`). */
export interface LeftOutOperation {
  method: string;
  path: string;
  /** The area (a tag's `x-gorgias-id`) it belongs to. */
  area: string;
  reason: string;
  source: string;
}

/** How much of the live API the description covers (`x-gorgias-coverage`). */
export interface CoverageExtension {
  description: string;
  /** How many operations the live API has. */
  liveOperations: number;
  source: string;
  leftOut?: LeftOutOperation[];
}

/** Why a declared scope authorises no operation (the oauth2 scheme's `x-gorgias-scopes-without-operations`). */
export interface ScopeWithoutOperations {
  reason: string;
  source: string;
}

export interface OAuthExtension {
  accessTokenLifetimeSeconds?: number;
  refreshTokenScope?: string;
  refreshTokenExpires?: boolean;
  /** @default " " */
  scopeSeparator?: string;
}

/** The bundled OpenAPI 3.1 document (every `$ref` local, `#/components/...`). */
export interface SpecDocument extends Omit<Oas3_1Definition, "info" | "tags" | "paths" | "webhooks" | "components"> {
  info?: SpecInfo;
  tags?: SpecTag[];
  paths?: { [path: string]: Referenced<SpecPathItem> };
  webhooks?: { [event: string]: Referenced<SpecPathItem> };
  components?: SpecComponents;
  "x-gorgias-rate-limits"?: RateLimitsExtension;
  "x-gorgias-limits"?: LimitsExtension;
  "x-gorgias-oauth"?: OAuthExtension;
  "x-gorgias-coverage"?: CoverageExtension;
}
