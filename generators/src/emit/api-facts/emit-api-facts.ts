import type { ApiModel } from "../../model/types.js";
import { ModelError } from "../../model/model-error.js";
import { formatTypeScript, tsHeader, type GeneratedFile } from "../generated-file.js";

/**
 * `packages/spec/src/generated/api-facts.gen.ts`: the facts about the API as a whole that the
 * client and the mock server both follow (rate limits, OAuth scopes and endpoints), emitted once.
 */
export function emitApiFacts(model: ApiModel): GeneratedFile[] {
  return [{ path: "packages/spec/src/generated/api-facts.gen.ts", contents: renderApiFacts(model) }];
}

function renderApiFacts(model: ApiModel): string {
  const rl = model.rateLimits;
  // The client's limiter and the mock's bucket implement exactly this algorithm and header format.
  if (rl.algorithm !== "leaky-bucket") {
    throw new ModelError("x-gorgias-rate-limits", `algorithm "${rl.algorithm}" is not one the client and mock implement (leaky-bucket)`);
  }
  if (!/^\{used\}\/\{limit\}$/.test(rl.usageHeaderFormat)) {
    throw new ModelError("x-gorgias-rate-limits", `usageHeaderFormat "${rl.usageHeaderFormat}" is not "{used}/{limit}"`);
  }
  const policy = {
    algorithm: rl.algorithm,
    appliesTo: rl.appliesTo,
    sharedAcrossIntegrations: rl.sharedAcrossIntegrations,
    usageHeader: rl.usageHeader,
    usageHeaderFormat: rl.usageHeaderFormat,
    retryAfterHeader: rl.retryAfterHeader,
    overLimitStatus: rl.overLimitStatus,
    limits: [...rl.limits].sort((a, b) => `${a.auth}/${a.plan}`.localeCompare(`${b.auth}/${b.plan}`)),
  };
  const scopes = model.scopes.map((s) => ({ name: s.name, resource: s.resource, access: s.access, description: oneLine(s.description) }));
  const oauth = {
    serverUrl: model.serverUrl,
    authorizePath: relativeTo(model.serverUrl, model.oauth.authorizationUrl, "authorizationUrl"),
    tokenPath: relativeTo(model.serverUrl, model.oauth.tokenUrl, "tokenUrl"),
    scopeSeparator: model.oauth.scopeSeparator,
    refreshTokenScope: model.oauth.refreshTokenScope,
    accessTokenLifetimeSeconds: model.oauth.accessTokenLifetimeSeconds,
  };
  if (!scopes.some((s) => s.name === oauth.refreshTokenScope)) {
    throw new ModelError("x-gorgias-oauth", `refreshTokenScope "${oauth.refreshTokenScope}" is not a declared scope`);
  }
  return formatTypeScript(
    "api-facts.gen.ts",
    `${tsHeader()}
/** The account's rate limit as the spec states it (\`x-gorgias-rate-limits\`). */
export const rateLimitPolicy = ${JSON.stringify(policy, null, 2)} as const;

export type RateLimitAuth = (typeof rateLimitPolicy.limits)[number]["auth"];
export type Plan = (typeof rateLimitPolicy.limits)[number]["plan"];

/** Every OAuth scope the oauth2 scheme declares: the resource and access it covers (null for identity scopes), and what it grants. */
export const scopes = ${JSON.stringify(scopes, null, 2)} as const;

/** The OAuth 2.0 endpoints (paths on the account's origin, \`serverUrl\` with the subdomain filled in) and token facts. */
export const oauthFacts = ${JSON.stringify(oauth, null, 2)} as const;
`,
  );
}

function relativeTo(serverUrl: string, url: string, field: string): string {
  if (!url.startsWith(serverUrl + "/")) {
    throw new ModelError("components.securitySchemes.oauth2", `${field} "${url}" is not on the server URL ${serverUrl}`);
  }
  return url.slice(serverUrl.length);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
