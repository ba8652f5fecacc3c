import type { ApiModel } from "../../model/types.js";
import { ModelError } from "../../model/model-error.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

/** `scopes.gen.ts`: the declared OAuth scopes and the OAuth endpoints relative to the account's origin. */
export function renderScopes(model: ApiModel): string {
  const scopes = Object.fromEntries(model.scopes.map((s) => [s.name, oneLine(s.description)]));
  const oauth = {
    serverUrl: model.serverUrl,
    authorizePath: relativeTo(model.serverUrl, model.oauth.authorizationUrl, "authorizationUrl"),
    tokenPath: relativeTo(model.serverUrl, model.oauth.tokenUrl, "tokenUrl"),
    scopeSeparator: model.oauth.scopeSeparator,
    refreshTokenScope: model.oauth.refreshTokenScope,
    accessTokenLifetimeSeconds: model.oauth.accessTokenLifetimeSeconds,
  };
  if (!(oauth.refreshTokenScope in scopes)) {
    throw new ModelError("x-gorgias-oauth", `refreshTokenScope "${oauth.refreshTokenScope}" is not a declared scope`);
  }
  return formatTypeScript(
    "scopes.gen.ts",
    `${tsHeader()}
/** Every OAuth scope the oauth2 scheme declares, with what it grants. */
export const declaredScopes: Readonly<Record<string, string>> = ${JSON.stringify(scopes, null, 2)};

/** The OAuth 2.0 endpoints (paths on the account's origin) and token facts. */
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
