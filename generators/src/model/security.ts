import type { SpecDocument } from "../load/spec-document.js";
import { resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { OperationModel, ScopeModel } from "./types.js";
import { ACCESS, isOneOf } from "./vocabulary.js";

export interface OAuthScheme {
  authorizationUrl: string;
  tokenUrl: string;
  scopes: Record<string, string>;
  description: string;
}

export function readOAuthScheme(document: SpecDocument): OAuthScheme {
  const node = document.components?.securitySchemes?.oauth2;
  const scheme = node === undefined ? undefined : resolveRef(document, node);
  const flow = scheme && "flows" in scheme ? scheme.flows.authorizationCode : undefined;
  if (!scheme || !flow) throw new ModelError("components.securitySchemes.oauth2", "missing the authorizationCode flow");
  if (typeof flow.authorizationUrl !== "string" || typeof flow.tokenUrl !== "string") {
    throw new ModelError("components.securitySchemes.oauth2", "missing authorizationUrl or tokenUrl");
  }
  return {
    authorizationUrl: flow.authorizationUrl,
    tokenUrl: flow.tokenUrl,
    scopes: flow.scopes ?? {},
    description: String(scheme.description ?? "").trim(),
  };
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
    return {
      name,
      description,
      resource: resource ?? null,
      access: isOneOf(ACCESS, access) ? access : null,
      deprecated: /deprecated/i.test(description),
      operations: operations.filter((op) => op.scopes.includes(name)).map((op) => op.id),
    };
  });
}
