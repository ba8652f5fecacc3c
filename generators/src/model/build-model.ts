import type { LoadedSpec } from "../load/load-spec.js";
import type { SpecDocument, SpecInfo } from "../load/spec-document.js";
import { resolveRef } from "./json-schema.js";
import { missing, need } from "./model-error.js";
import { buildOperation, HTTP_METHODS } from "./operation.js";
import { buildScopes, readBasicDescription, readOAuthScheme } from "./security.js";
import type { ApiModel, AreaModel, ErrorModel, OperationModel, RateLimitModel } from "./types.js";
import { buildEvents } from "./event.js";
import { buildWebhooks } from "./webhook.js";
import { buildCoverage } from "./coverage.js";

/** Builds the one model of the API that every emitter reads. */
export function buildApiModel(spec: LoadedSpec): ApiModel {
  const { document } = spec;
  const info: Partial<SpecInfo> = document.info ?? {};
  const areas = buildAreas(document);
  const areasByTag = new Map(areas.map((a) => [a.name, a]));

  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef(document, rawItem);
    const shared = item.parameters ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) operations.push(buildOperation(document, path, method, op, shared, areasByTag));
    }
  }
  assertUnique(operations.map((o) => o.id), "operationId");
  assertUnique(operations.map((o) => `${o.client.resource}.${o.client.method}`), "x-gorgias-client resource.method");

  const oauth = readOAuthScheme(document);
  const extOauth = document["x-gorgias-oauth"] ?? missing("root", "missing x-gorgias-oauth");
  const versioning = info["x-gorgias-versioning"] ?? missing("info", "missing x-gorgias-versioning");
  const server = document.servers?.[0];
  need(server?.url, "root", "missing servers[0].url");

  return {
    title: String(info.title ?? missing("info", "missing title")),
    version: String(info.version ?? missing("info", "missing version")),
    description: String(info.description ?? "").trim(),
    changelog: versioning.changelog ?? [],
    serverUrl: String(server.url),
    areas,
    operations,
    scopes: buildScopes(oauth, operations),
    webhooks: buildWebhooks(document, operations, areasByTag),
    events: buildEvents(document, operations, areasByTag),
    rateLimits: readRateLimits(document),
    limits: readLimits(document),
    oauth: {
      authorizationUrl: oauth.authorizationUrl,
      tokenUrl: oauth.tokenUrl,
      accessTokenLifetimeSeconds: Number(extOauth.accessTokenLifetimeSeconds ?? missing("x-gorgias-oauth", "missing accessTokenLifetimeSeconds")),
      refreshTokenScope: String(extOauth.refreshTokenScope ?? missing("x-gorgias-oauth", "missing refreshTokenScope")),
      scopeSeparator: String(extOauth.scopeSeparator ?? " "),
    },
    auth: { basicDescription: readBasicDescription(document), oauthDescription: oauth.description },
    errors: buildErrors(document, operations),
    schemas: document.components?.schemas ?? {},
    coverage: buildCoverage(document, areas, operations),
    document,
  };
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    need(!seen.has(value), "operations", `duplicate ${what} "${value}"`);
    seen.add(value);
  }
}

function buildAreas(document: SpecDocument): AreaModel[] {
  return (document.tags ?? []).map((tag) => {
    const id = tag["x-gorgias-id"];
    need(typeof id === "string", `tag ${String(tag.name)}`, "missing x-gorgias-id");
    return { id, name: String(tag.name), description: String(tag.description ?? "") };
  });
}

function readRateLimits(document: SpecDocument): RateLimitModel {
  const raw = document["x-gorgias-rate-limits"];
  need(raw, "root", "missing x-gorgias-rate-limits");
  const limits = raw.limits;
  need(Array.isArray(limits) && limits.length > 0, "x-gorgias-rate-limits", "missing limits");
  for (const auth of ["apiKey", "oauth2"] as const) {
    for (const plan of ["standard", "enterprise"] as const) {
      need(limits.some((l) => l.auth === auth && l.plan === plan), "x-gorgias-rate-limits", `no limit for ${auth} on the ${plan} plan`);
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
    limits: limits.map((l) => ({ auth: l.auth, plan: l.plan, requests: l.requests, windowSeconds: l.windowSeconds })),
  };
}

function readLimits(document: SpecDocument): ApiModel["limits"] {
  const raw = document["x-gorgias-limits"] ?? missing("root", "missing x-gorgias-limits");
  return {
    ticketSubjectMaxLength: Number(raw.ticketSubjectMaxLength),
    defaultPageSize: Number(raw.defaultPageSize),
    maxPageSize: Number(raw.maxPageSize),
  };
}

/** The shared error responses, keyed by the status operations use them for. */
function buildErrors(document: SpecDocument, operations: OperationModel[]): ErrorModel[] {
  const byStatus = new Map<number, ErrorModel>();
  for (const op of operations) {
    for (const response of op.responses) {
      if (response.status < 400 || !response.componentName || byStatus.has(response.status)) continue;
      const where = `components.responses.${response.componentName}`;
      const node = document.components?.responses?.[response.componentName];
      need(node, where, "is not declared");
      const component = resolveRef(document, node);
      const whatToDo = component["x-gorgias-what-to-do"];
      need(typeof whatToDo === "string", where, "missing x-gorgias-what-to-do");
      byStatus.set(response.status, {
        status: response.status,
        name: response.componentName,
        meaning: String(component.description ?? ""),
        whatToDo,
        example: component.content?.["application/json"]?.example ?? null,
      });
    }
  }
  return [...byStatus.values()].sort((a, b) => a.status - b.status);
}
