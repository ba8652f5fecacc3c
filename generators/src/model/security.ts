import type { SpecDocument } from "../load/spec-document.js";
import { isObject, resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { OperationModel, ScopeModel } from "./types.js";
import { ACCESS, isOneOf } from "./vocabulary.js";

export interface OAuthScheme {
  /** The per-account URL template (`https://{subdomain}.gorgias.com/oauth/authorize`). */
  authorizationUrl: string;
  /** The per-account URL template of the token endpoint. */
  tokenUrl: string;
  scopes: Record<string, string>;
  /** Why a scope authorises no operation, by scope (`x-gorgias-scopes-without-operations`). */
  withoutOperations: Record<string, { reason: string; source: string }>;
  description: string;
}

/** The flow URLs that `x-gorgias-url-templates` must give as templates. */
const TEMPLATED_FLOW_URLS = ["authorizationUrl", "tokenUrl", "refreshUrl"] as const;

/**
 * Reads the oauth2 scheme. The flow URLs are concrete example URIs (an OpenAPI flow URL must be a
 * URI, so it cannot hold `{subdomain}`); the per-account templates live in
 * `x-gorgias-url-templates`, and each flow URL must be its template with one subdomain filled in.
 */
export function readOAuthScheme(document: SpecDocument): OAuthScheme {
  const where = "components.securitySchemes.oauth2";
  const node = document.components?.securitySchemes?.oauth2;
  const scheme = node === undefined ? undefined : resolveRef(document, node);
  const flow = scheme && "flows" in scheme ? scheme.flows.authorizationCode : undefined;
  if (!scheme || !flow) throw new ModelError(where, "missing the authorizationCode flow");
  if (typeof flow.authorizationUrl !== "string" || typeof flow.tokenUrl !== "string") {
    throw new ModelError(where, "missing authorizationUrl or tokenUrl");
  }
  const templates = scheme["x-gorgias-url-templates"];
  if (!isStringRecord(templates)) throw new ModelError(where, "missing x-gorgias-url-templates (the per-account URL of each flow URL)");
  const templateOf = (field: (typeof TEMPLATED_FLOW_URLS)[number], url: string): string => {
    const template = templates[field];
    if (template === undefined) throw new ModelError(`${where}.x-gorgias-url-templates`, `missing the template of ${field}`);
    if (!fillsTemplate(template, url)) {
      throw new ModelError(`${where}.flows.authorizationCode.${field}`, `"${url}" is not its template "${template}" with one subdomain filled in`);
    }
    return template;
  };
  if (flow.refreshUrl !== undefined) templateOf("refreshUrl", flow.refreshUrl);
  return {
    authorizationUrl: templateOf("authorizationUrl", flow.authorizationUrl),
    tokenUrl: templateOf("tokenUrl", flow.tokenUrl),
    scopes: flow.scopes ?? {},
    withoutOperations: readScopesWithoutOperations(scheme["x-gorgias-scopes-without-operations"]),
    description: String(scheme.description ?? "").trim(),
  };
}

function readScopesWithoutOperations(value: unknown): OAuthScheme["withoutOperations"] {
  const where = "components.securitySchemes.oauth2.x-gorgias-scopes-without-operations";
  if (value === undefined) return {};
  if (!isObject(value)) throw new ModelError(where, "must map scopes to {reason, source}");
  const reasons: OAuthScheme["withoutOperations"] = {};
  for (const [scope, entry] of Object.entries(value)) {
    if (!isObject(entry) || typeof entry.reason !== "string" || typeof entry.source !== "string") throw new ModelError(`${where}.${scope}`, "needs a reason and a source");
    reasons[scope] = { reason: entry.reason.trim(), source: entry.source.trim() };
  }
  return reasons;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

/** Whether `url` is `template` with its `{subdomain}` replaced by one DNS label. */
function fillsTemplate(template: string, url: string): boolean {
  const parts = template.split("{subdomain}");
  if (parts.length !== 2) return false;
  const [before = "", after = ""] = parts;
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  return url.length > before.length + after.length && url.startsWith(before) && url.endsWith(after) && label.test(url.slice(before.length, url.length - after.length));
}

export function readBasicDescription(document: SpecDocument): string {
  const node = document.components?.securitySchemes?.basicAuth;
  const scheme = node === undefined ? undefined : resolveRef(document, node);
  if (!scheme) throw new ModelError("components.securitySchemes.basicAuth", "missing the HTTP Basic (API key) scheme");
  return String(scheme.description ?? "").trim();
}

/** Every declared scope, with the operations it unlocks. */
export function buildScopes(scheme: OAuthScheme, operations: OperationModel[]): ScopeModel[] {
  return Object.entries(scheme.scopes).map(([name, description]) => {
    const [, resource, access] = /^([a-z_]+):(read|write)$/.exec(name) ?? [];
    for (const op of operations) {
      for (const scope of op.scopes) {
        if (!(scope in scheme.scopes)) throw new ModelError(`operation ${op.id}`, `scope "${scope}" is not declared by the oauth2 scheme`);
      }
    }
    const unlocked = operations.filter((op) => op.scopes.includes(name)).map((op) => op.id);
    const withoutOperations = scheme.withoutOperations[name] ?? null;
    // A scope that unlocks nothing says why (the matrix shows it), and a reason never hides operations.
    const where = `components.securitySchemes.oauth2 scope "${name}"`;
    if (unlocked.length === 0 && !withoutOperations) throw new ModelError(where, "authorises no operation; give the reason in x-gorgias-scopes-without-operations");
    if (unlocked.length > 0 && withoutOperations) throw new ModelError(where, `authorises ${unlocked.length} operation(s); remove it from x-gorgias-scopes-without-operations`);
    return {
      name,
      description,
      resource: resource ?? null,
      access: isOneOf(ACCESS, access) ? access : null,
      deprecated: /deprecated/i.test(description),
      operations: unlocked,
      withoutOperations,
    };
  });
}
