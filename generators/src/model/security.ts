import { resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import type { Access, OperationModel, ScopeModel } from "./types.js";

type Obj = Record<string, unknown>;

export interface OAuthScheme {
  authorizationUrl: string;
  tokenUrl: string;
  scopes: Record<string, string>;
  description: string;
}

export function readOAuthScheme(document: Obj): OAuthScheme {
  const schemes = ((document.components as Obj | undefined)?.securitySchemes as Obj | undefined) ?? {};
  const scheme = resolveRef<Obj | undefined>(document, schemes.oauth2);
  const flow = ((scheme?.flows as Obj | undefined)?.authorizationCode as Obj | undefined) ?? undefined;
  if (!scheme || !flow) throw new ModelError("components.securitySchemes.oauth2", "missing the authorizationCode flow");
  if (typeof flow.authorizationUrl !== "string" || typeof flow.tokenUrl !== "string") {
    throw new ModelError("components.securitySchemes.oauth2", "missing authorizationUrl or tokenUrl");
  }
  return {
    authorizationUrl: flow.authorizationUrl,
    tokenUrl: flow.tokenUrl,
    scopes: (flow.scopes as Record<string, string> | undefined) ?? {},
    description: String(scheme.description ?? "").trim(),
  };
}

export function readBasicDescription(document: Obj): string {
  const schemes = ((document.components as Obj | undefined)?.securitySchemes as Obj | undefined) ?? {};
  const scheme = resolveRef<Obj | undefined>(document, schemes.basicAuth);
  if (!scheme) throw new ModelError("components.securitySchemes.basicAuth", "missing the HTTP Basic (API key) scheme");
  return String(scheme.description ?? "").trim();
}

/** Every declared scope, with the operations it unlocks. */
export function buildScopes(scheme: OAuthScheme, operations: OperationModel[]): ScopeModel[] {
  return Object.entries(scheme.scopes).map(([name, description]) => {
    const match = /^([a-z_]+):(read|write)$/.exec(name);
    for (const op of operations) {
      for (const scope of op.scopes) {
        if (!(scope in scheme.scopes)) throw new ModelError(`operation ${op.id}`, `scope "${scope}" is not declared by the oauth2 scheme`);
      }
    }
    return {
      name,
      description,
      resource: match ? match[1]! : null,
      access: match ? (match[2] as Access) : null,
      deprecated: /deprecated/i.test(description),
      operations: operations.filter((op) => op.scopes.includes(name)).map((op) => op.id),
    };
  });
}
