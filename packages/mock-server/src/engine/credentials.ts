import { randomBytes, timingSafeEqual } from "node:crypto";
import { oauthFacts, scopes as specScopes } from "@gorgias-kit/spec/facts";
import type { MockClock } from "./clock.js";
import type { AuthKind } from "./rate-limiter.js";

/** An email and REST API key pair the mock accepts over HTTP Basic auth (full access, no scopes). */
export interface ApiKeyCredential {
  email: string;
  apiKey: string;
}

/** Who is calling: an API key (full access) or an OAuth token with its scopes. */
export interface Principal {
  kind: AuthKind;
  /** The helpdesk user behind the credential, when the store has one. */
  userId: number | null;
  email: string | null;
  /** Granted OAuth scopes; null for an API key, which has full access. */
  scopes: ReadonlySet<string> | null;
}

export interface IssuedToken {
  scopes: string[];
  userId: number | null;
  clientId: string | null;
  expiresAt: number;
}

interface RefreshGrant {
  scopes: string[];
  userId: number | null;
  clientId: string | null;
}

export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; reason: "missing" | "invalid" | "expired" };

const KNOWN_SCOPES = new Set<string>(specScopes.map((s) => s.name));
/** Longest token lifetime `issueToken()` and `POST /__admin/tokens` grant: ten years, in seconds. */
export const MAX_TOKEN_LIFETIME_SECONDS = 10 * 365 * 86_400;
/** The deprecated legacy scope that grants full access (see the spec's oauth2 scheme). */
const FULL_ACCESS_SCOPE = "write:all";

/** Unknown scope names in a list, to name them in errors. */
export function unknownScopes(scopes: readonly string[]): string[] {
  return scopes.filter((s) => !KNOWN_SCOPES.has(s));
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Accepted API keys and the OAuth tokens the mock has issued, checked against the mock clock. */
export class Credentials {
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(
    private readonly apiKeys: readonly ApiKeyCredential[],
    private readonly clock: MockClock,
    /** Finds the helpdesk user with an email, to act as them. */
    private readonly userIdByEmail: (email: string) => number | null,
  ) {}

  authenticate(authorization: string | undefined): Authentication {
    if (!authorization) return { ok: false, reason: "missing" };
    const space = authorization.indexOf(" ");
    const scheme = authorization.slice(0, space).toLowerCase();
    const value = authorization.slice(space + 1).trim();
    if (scheme === "basic") return this.basic(value);
    if (scheme === "bearer") return this.bearer(value);
    return { ok: false, reason: "invalid" };
  }

  private basic(encoded: string): Authentication {
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { ok: false, reason: "invalid" };
    const email = decoded.slice(0, colon);
    const key = decoded.slice(colon + 1);
    const match = this.apiKeys.find((c) => c.email.toLowerCase() === email.toLowerCase() && sameSecret(c.apiKey, key));
    if (!match) return { ok: false, reason: "invalid" };
    return { ok: true, principal: { kind: "apiKey", userId: this.userIdByEmail(match.email), email: match.email, scopes: null } };
  }

  private bearer(token: string): Authentication {
    const issued = this.accessTokens.get(token);
    if (!issued) return { ok: false, reason: "invalid" };
    if (this.clock.now() >= issued.expiresAt) return { ok: false, reason: "expired" };
    const scopes = issued.scopes.includes(FULL_ACCESS_SCOPE) ? null : new Set(issued.scopes);
    return { ok: true, principal: { kind: "oauth2", userId: issued.userId, email: null, scopes } };
  }

  /** Issues an access token (and a refresh token when `offline` is granted). */
  issue(scopes: readonly string[], options: { userId: number | null; clientId: string | null; lifetimeSeconds?: number }): {
    accessToken: string;
    refreshToken: string | null;
    expiresIn: number;
  } {
    const expiresIn = options.lifetimeSeconds ?? oauthFacts.accessTokenLifetimeSeconds;
    const accessToken = `gmock_at_${randomBytes(24).toString("base64url")}`;
    this.accessTokens.set(accessToken, {
      scopes: [...scopes],
      userId: options.userId,
      clientId: options.clientId,
      expiresAt: this.clock.now() + expiresIn * 1000,
    });
    let refreshToken: string | null = null;
    if (scopes.includes(oauthFacts.refreshTokenScope)) {
      refreshToken = `gmock_rt_${randomBytes(24).toString("base64url")}`;
      this.refreshTokens.set(refreshToken, { scopes: [...scopes], userId: options.userId, clientId: options.clientId });
    }
    return { accessToken, refreshToken, expiresIn };
  }

  /** A new access token for a refresh token issued to the same client; null when it is not valid. */
  refresh(refreshToken: string, clientId: string): { accessToken: string; expiresIn: number; scopes: string[] } | null {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== clientId) return null;
    const expiresIn = oauthFacts.accessTokenLifetimeSeconds;
    const accessToken = `gmock_at_${randomBytes(24).toString("base64url")}`;
    this.accessTokens.set(accessToken, { ...grant, expiresAt: this.clock.now() + expiresIn * 1000 });
    return { accessToken, expiresIn, scopes: grant.scopes };
  }
}
