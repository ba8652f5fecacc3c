import { randomBytes, timingSafeEqual } from "node:crypto";
import { oauthFacts } from "@gorgias-kit/spec/facts";
import type { MockClock } from "./clock.js";
import { unknownScopes, type Credentials } from "./credentials.js";
import type { MockRequest, MockResponse } from "./http-types.js";

/** An OAuth app registered with the mock. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** Redirect URIs the app may use; any URI is accepted when omitted. */
  redirectUris?: string[];
}

interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  userId: number | null;
  expiresAt: number;
}

/** How long an authorization code stays valid, on the mock clock. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { "content-type": "application/json", "cache-control": "no-store", ...headers }, body: JSON.stringify(body) };
}

/** RFC 6749 error body (the OAuth endpoints follow OAuth, not the REST API's error shape). */
function oauthError(status: number, error: string, description: string): MockResponse {
  return json(status, { error, error_description: description });
}

/** RFC 6749 §2.3.1 form-encodes Basic client credentials; a malformed escape is taken literally. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * `/oauth/authorize` and `/oauth/token`: the authorization-code flow with auto-approval (a test
 * client follows the redirect without a browser), and the refresh-token grant.
 */
export class OAuthEndpoints {
  private readonly codes = new Map<string, AuthorizationCode>();

  constructor(
    private readonly clients: readonly OAuthClient[],
    private readonly credentials: Credentials,
    private readonly clock: MockClock,
    /** The user who approves every authorization request. */
    private readonly approvingUserId: () => number | null,
  ) {}

  handles(path: string): boolean {
    return path === "/oauth/authorize" || path === "/oauth/token";
  }

  handle(request: MockRequest, path: string, search: string): MockResponse {
    if (path === "/oauth/authorize") {
      if (request.method !== "GET") return oauthError(405, "invalid_request", "Use GET for /oauth/authorize.");
      return this.authorize(new URLSearchParams(search));
    }
    if (request.method !== "POST") return oauthError(405, "invalid_request", "Use POST for /oauth/token.");
    return this.token(request);
  }

  private authorize(params: URLSearchParams): MockResponse {
    const clientId = params.get("client_id") ?? "";
    const client = this.clients.find((c) => c.clientId === clientId);
    if (!client) return oauthError(400, "invalid_client", "Unknown client_id.");
    const redirectUri = params.get("redirect_uri");
    if (!redirectUri) return oauthError(400, "invalid_request", "redirect_uri is required.");
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      return oauthError(400, "invalid_request", "redirect_uri is not an absolute URL.");
    }
    if (client.redirectUris && !client.redirectUris.includes(redirectUri)) {
      return oauthError(400, "invalid_request", "redirect_uri is not registered for this client.");
    }
    const state = params.get("state");
    const redirectWith = (values: Record<string, string>) => {
      for (const [k, v] of Object.entries(values)) target.searchParams.set(k, v);
      if (state !== null) target.searchParams.set("state", state);
      return { status: 302, headers: { location: target.toString(), "cache-control": "no-store" }, body: null };
    };
    if (params.get("response_type") !== "code") {
      return redirectWith({ error: "unsupported_response_type", error_description: "Only response_type=code is supported." });
    }
    const scopes = (params.get("scope") ?? "").split(oauthFacts.scopeSeparator).filter(Boolean);
    const unknown = unknownScopes(scopes);
    if (unknown.length > 0) return redirectWith({ error: "invalid_scope", error_description: `Unknown scope(s): ${unknown.join(", ")}.` });
    const code = randomBytes(18).toString("base64url");
    this.codes.set(code, { clientId, redirectUri, scopes, userId: this.approvingUserId(), expiresAt: this.clock.now() + CODE_LIFETIME_MS });
    return redirectWith({ code });
  }

  private token(request: MockRequest): MockResponse {
    const params = this.tokenParams(request);
    if (!params) return oauthError(400, "invalid_request", "Send the token request as application/x-www-form-urlencoded.");
    const client = this.authenticateClient(request, params);
    if (!client) return oauthError(401, "invalid_client", "Client authentication failed.");
    const grantType = params.get("grant_type");
    if (grantType === "authorization_code") {
      const code = params.get("code") ?? "";
      const grant = this.codes.get(code);
      this.codes.delete(code);
      if (!grant || grant.clientId !== client.clientId || this.clock.now() >= grant.expiresAt) {
        return oauthError(400, "invalid_grant", "The authorization code is invalid, expired or already used.");
      }
      if (params.get("redirect_uri") !== grant.redirectUri) return oauthError(400, "invalid_grant", "redirect_uri does not match the authorization request.");
      const issued = this.credentials.issue(grant.scopes, { userId: grant.userId, clientId: client.clientId });
      return json(200, {
        access_token: issued.accessToken,
        token_type: "Bearer",
        expires_in: issued.expiresIn,
        scope: grant.scopes.join(oauthFacts.scopeSeparator),
        ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
      });
    }
    if (grantType === "refresh_token") {
      const refreshed = this.credentials.refresh(params.get("refresh_token") ?? "", client.clientId);
      if (!refreshed) return oauthError(400, "invalid_grant", "The refresh token is invalid.");
      return json(200, {
        access_token: refreshed.accessToken,
        token_type: "Bearer",
        expires_in: refreshed.expiresIn,
        scope: refreshed.scopes.join(oauthFacts.scopeSeparator),
      });
    }
    return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
  }

  private tokenParams(request: MockRequest): URLSearchParams | null {
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const text = request.body ? Buffer.from(request.body).toString("utf8") : "";
    if (type === "application/x-www-form-urlencoded" || (type === "" && text === "")) return new URLSearchParams(text);
    return null;
  }

  /** Client credentials from the body (`client_id`, `client_secret`) or HTTP Basic. */
  private authenticateClient(request: MockRequest, params: URLSearchParams): OAuthClient | null {
    let id = params.get("client_id");
    let secret = params.get("client_secret");
    const header = request.headers.authorization;
    if (header?.toLowerCase().startsWith("basic ")) {
      const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon >= 0) {
        id = formDecode(decoded.slice(0, colon));
        secret = formDecode(decoded.slice(colon + 1));
      }
    }
    if (!id || secret === null) return null;
    const client = this.clients.find((c) => c.clientId === id);
    return client && same(client.clientSecret, secret) ? client : null;
  }
}
