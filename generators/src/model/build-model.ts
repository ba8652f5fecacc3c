import type { LoadedSpec } from "../load/load-spec.js";
import { resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import { buildOperation, HTTP_METHODS } from "./operation.js";
import { buildScopes, readBasicDescription, readOAuthScheme } from "./security.js";
import type { ApiModel, AreaModel, ErrorModel, JsonSchema, OperationModel, RateLimitModel } from "./types.js";
import { buildWebhooks } from "./webhook.js";

type Obj = Record<string, unknown>;

/** Builds the one model of the API that every emitter reads. */
export function buildApiModel(spec: LoadedSpec): ApiModel {
  const document = spec.document as Obj;
  const info = (document.info as Obj | undefined) ?? {};
  const areas = buildAreas(document);
  const areasByTag = new Map(areas.map((a) => [a.name, a]));

  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries((document.paths as Obj | undefined) ?? {})) {
    const item = resolveRef<Obj>(document, rawItem);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Obj | undefined;
      if (op) operations.push(buildOperation(document, path, method, op, shared, areasByTag));
    }
  }
  assertUnique(operations.map((o) => o.id), "operationId");
  assertUnique(operations.map((o) => `${o.client.resource}.${o.client.method}`), "x-gorgias-client resource.method");

  const oauth = readOAuthScheme(document);
  const extOauth = (document["x-gorgias-oauth"] as Obj | undefined) ?? need("root", "missing x-gorgias-oauth");
  const versioning = (info["x-gorgias-versioning"] as Obj | undefined) ?? need("info", "missing x-gorgias-versioning");
  const servers = (document.servers as Obj[] | undefined) ?? [];
  if (!servers[0]?.url) need("root", "missing servers[0].url");

  return {
    title: String(info.title ?? need("info", "missing title")),
    version: String(info.version ?? need("info", "missing version")),
    description: String(info.description ?? "").trim(),
    changelog: (versioning.changelog as { topic: string; change: string }[] | undefined) ?? [],
    serverUrl: String(servers[0]!.url),
    areas,
    operations,
    scopes: buildScopes(oauth, operations),
    webhooks: buildWebhooks(document, operations, areasByTag),
    rateLimits: readRateLimits(document),
    limits: readLimits(document),
    oauth: {
      authorizationUrl: oauth.authorizationUrl,
      tokenUrl: oauth.tokenUrl,
      accessTokenLifetimeSeconds: Number(extOauth.accessTokenLifetimeSeconds ?? need("x-gorgias-oauth", "missing accessTokenLifetimeSeconds")),
      refreshTokenScope: String(extOauth.refreshTokenScope ?? need("x-gorgias-oauth", "missing refreshTokenScope")),
      scopeSeparator: String(extOauth.scopeSeparator ?? " "),
    },
    auth: { basicDescription: readBasicDescription(document), oauthDescription: oauth.description },
    errors: buildErrors(document, operations),
    schemas: (((document.components as Obj | undefined)?.schemas as Record<string, JsonSchema>) ?? {}),
    document: spec.document,
  };
}

function need(where: string, fact: string): never {
  throw new ModelError(where, fact);
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) need(`operations`, `duplicate ${what} "${value}"`);
    seen.add(value);
  }
}

function buildAreas(document: Obj): AreaModel[] {
  const tags = (document.tags as Obj[] | undefined) ?? [];
  return tags.map((tag) => {
    if (typeof tag["x-gorgias-id"] !== "string") need(`tag ${String(tag.name)}`, "missing x-gorgias-id");
    return { id: tag["x-gorgias-id"] as string, name: String(tag.name), description: String(tag.description ?? "") };
  });
}

function readRateLimits(document: Obj): RateLimitModel {
  const raw = document["x-gorgias-rate-limits"] as RateLimitModel | undefined;
  if (!raw) need("root", "missing x-gorgias-rate-limits");
  if (!Array.isArray(raw.limits) || raw.limits.length === 0) need("x-gorgias-rate-limits", "missing limits");
  for (const auth of ["apiKey", "oauth2"] as const) {
    for (const plan of ["standard", "enterprise"] as const) {
      if (!raw.limits.some((l) => l.auth === auth && l.plan === plan)) need("x-gorgias-rate-limits", `no limit for ${auth} on the ${plan} plan`);
    }
  }
  return {
    algorithm: raw.algorithm,
    appliesTo: raw.appliesTo,
    sharedAcrossIntegrations: raw.sharedAcrossIntegrations,
    usageHeader: raw.usageHeader,
    usageHeaderFormat: raw.usageHeaderFormat,
    retryAfterHeader: raw.retryAfterHeader,
    overLimitStatus: raw.overLimitStatus,
    limits: raw.limits.map((l) => ({ auth: l.auth, plan: l.plan, requests: l.requests, windowSeconds: l.windowSeconds })),
  };
}

function readLimits(document: Obj): ApiModel["limits"] {
  const raw = (document["x-gorgias-limits"] as Obj | undefined) ?? need("root", "missing x-gorgias-limits");
  return {
    ticketSubjectMaxLength: Number(raw.ticketSubjectMaxLength),
    defaultPageSize: Number(raw.defaultPageSize),
    maxPageSize: Number(raw.maxPageSize),
  };
}

/** The shared error responses, keyed by the status operations use them for. */
function buildErrors(document: Obj, operations: OperationModel[]): ErrorModel[] {
  const byStatus = new Map<number, ErrorModel>();
  for (const op of operations) {
    for (const response of op.responses) {
      if (response.status < 400 || !response.componentName || byStatus.has(response.status)) continue;
      const component = resolveRef<Obj>(document, { $ref: `#/components/responses/${response.componentName}` });
      const media = (component.content as Record<string, Obj> | undefined)?.["application/json"];
      const whatToDo = component["x-gorgias-what-to-do"];
      if (typeof whatToDo !== "string") need(`components.responses.${response.componentName}`, "missing x-gorgias-what-to-do");
      byStatus.set(response.status, {
        status: response.status,
        name: response.componentName,
        meaning: String(component.description ?? ""),
        whatToDo,
        example: media?.example ?? null,
      });
    }
  }
  return [...byStatus.values()].sort((a, b) => a.status - b.status);
}

