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
import type { ChangelogEntry, LiveDifference, RateLimitRule } from "../model/types.js";
import type { Access, Pagination, Provenance, SideEffect } from "../model/vocabulary.js";

// The bundled spec as the generators read it: Redocly's OpenAPI 3.1 types, plus the project's
// `x-gorgias-*` extensions (spec/README.md, "Vocabulary"), declared here and nowhere else.
// The types say what a well-formed spec holds; the model builder still checks each fact it
// needs and throws a ModelError naming the place when the spec lacks it.

export type { Referenced } from "@redocly/openapi-core";

/** The HTTP methods a path item may hold an operation under, lower-case as OpenAPI spells them. */
export type SpecMethod = "get" | "put" | "post" | "delete" | "patch";

/** A JSON Schema of the spec; the only extensions on schemas are free-form lists (`IntegrationTrigger`). */
export interface SpecSchema extends Oas3_1Schema {
  /** The trigger values the guide names as webhook events. */
  "x-gorgias-guide-events"?: string[];
  /** The trigger values the live API pushes to HTTP integrations. */
  "x-gorgias-live-triggers"?: string[];
}

/** The facts every operation states (`x-gorgias-*` on an operation). */
export interface OperationExtensions {
  "x-gorgias-access"?: Access;
  /** The event the operation triggers (a key of the top-level `webhooks`), or null. */
  "x-gorgias-webhook"?: string | null;
  "x-gorgias-side-effects"?: SideEffect[];
  "x-gorgias-provenance"?: Provenance;
  "x-gorgias-pagination"?: Pagination;
  /** The typed client's `resource.method` for the operation. */
  "x-gorgias-client"?: { resource: string; method: string };
  /** Search only: searched type → OAuth scope. */
  "x-gorgias-scope-by-type"?: Record<string, string>;
  /** Facts on this operation that sources only infer. */
  "x-gorgias-inferred"?: string[];
  "x-gorgias-live"?: LiveDifference;
  /** Provenance `live`: the documentation pages the operation's facts come from, `; `-separated. */
  "x-gorgias-source"?: string;
}

/** The fact a webhook's `post` operation states beside the operation facts. */
export interface WebhookOperationExtensions {
  /** The object the event is about, e.g. `Ticket`. */
  "x-gorgias-object-type"?: string;
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
}
