import data from "./generated/site-data.gen.json" with { type: "json" };

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/** One property of a schema, flattened (`data.customer.email`). */
export interface SchemaField {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

export interface SiteOperation {
  operationId: string;
  area: string;
  areaName: string;
  method: string;
  path: string;
  summary: string;
  /** Markdown. */
  description: string;
  clientMethod: string;
  access: string;
  scope: string | null;
  scopes: string[];
  scopeByType: Record<string, string> | null;
  webhook: string | null;
  sideEffects: { effect: string; phrase: string }[];
  provenance: string;
  pagination: string;
  live: { method: string; path: string; note: string } | null;
  inferred: string[];
  successStatus: number;
  mcpTool: string;
}

export interface SiteScope {
  scope: string;
  description: string;
  resource: string | null;
  access: string | null;
  deprecated: boolean;
  operations: { operationId: string; method: string; path: string; access: string; forTypes: string[] | null }[];
  events: string[];
}

export interface SiteWebhook {
  event: string;
  summary: string;
  description: string;
  area: string;
  objectType: string;
  triggeredBy: string[];
  liveHttpTrigger: boolean;
  operationId: string;
  fields: SchemaField[];
  example: unknown;
}

export interface RateLimitRule {
  auth: string;
  plan: string;
  requests: number;
  windowSeconds: number;
}

/** The facts the site renders, as `generators/src/emit/docs` emits them (the compiler checks the JSON against this). */
export interface SiteData {
  api: {
    title: string;
    version: string;
    description: string;
    serverUrl: string;
    apiVersion: string;
    versioningModel: string;
    changelog: { topic: string; change: string }[];
    repositoryUrl: string | null;
  };
  areas: { id: string; name: string; description: string }[];
  apiKeyNote: string;
  operations: SiteOperation[];
  scopes: SiteScope[];
  areaAccess: { area: string; name: string; read: { operations: string[]; scopes: string[] }; write: { operations: string[]; scopes: string[] } }[];
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
  webhooks: SiteWebhook[];
  httpIntegration: {
    description: string;
    fields: SchemaField[];
    templateVariables: string[];
    example: unknown;
    triggers: { description: string; values: { trigger: string; guideEvent: boolean; liveTrigger: boolean }[] };
  };
  rateLimits: {
    algorithm: string;
    appliesTo: string;
    sharedAcrossIntegrations: boolean;
    usageHeader: string;
    usageHeaderFormat: string;
    retryAfterHeader: string;
    overLimitStatus: number;
    overLimitRequestProcessed: boolean;
    usageHeaderDescription: string;
    retryAfterDescription: string;
    limits: RateLimitRule[];
  };
  pagination: {
    defaultPageSize: number;
    maxPageSize: number;
    parameters: { name: string; description: string; type: string; default: unknown; minimum: unknown; maximum: unknown }[];
    envelopeFields: SchemaField[];
    listOperations: string[];
    example: { operationId: string; value: unknown };
  };
  limits: { ticketSubjectMaxLength: number; defaultPageSize: number; maxPageSize: number; payloadTooLargeStatus: number };
  errors: { status: number; name: string; code: string; meaning: string; whatToDo: string; example: unknown }[];
  errorBody: { description: string; fields: SchemaField[] };
}

/** The generated site data (`src/generated/site-data.gen.json`). */
export const siteData: SiteData = data;
