import { oauthFacts } from "@gorgias-kit/spec/facts";
import { bodyText, readBody } from "./body-reader.js";
import { ResponseTooLargeError, TokenRefreshError, type CallContext } from "./errors.js";
import type { Redactor } from "./redactor.js";

/** A private app: HTTP Basic with the account user's email and the REST API key (full access, no scopes). */
export interface ApiKeyAuth {
  type: "apiKey";
  /** Email of a user of the Gorgias account (the Basic username). */
  email: string;
  /** The account's REST API key (the Basic password). */
  apiKey: string;
}

/** New tokens after a refresh, for the app to store. */
export interface OAuthTokens {
  accessToken: string;
  /** The refresh token to use next time (the previous one when the server did not rotate it). */
  refreshToken: string;
  /** Seconds until the access token expires, when the server said. */
  expiresIn: number | null;
  /** Granted scopes, when the server said. */
  scopes: string[] | null;
}

/** A public app: an OAuth 2.0 Bearer token, refreshed on a 401 when a refresh token is given. */
export interface OAuthAuth {
  type: "oauth";
  accessToken: string;
  /** Lets the client refresh an expired access token (granted with the `offline` scope). */
  refreshToken?: string;
  /** Sent with the refresh request. */
  clientId?: string;
  /** Sent with the refresh request. */
  clientSecret?: string;
  /**
   * Scopes granted to the token (an array, or the space-separated `scope` string of the token response).
   * When given, a call that needs another scope fails before anything is sent.
   */
  scopes?: readonly string[] | string;
  /**
   * Called with the new tokens after each refresh, to store them; awaited before the calls are retried.
   * If it throws, the calls that waited for the refresh fail with its error (the new tokens stay in use).
   */
  onTokenRefresh?: (tokens: OAuthTokens) => void | Promise<void>;
  /**
   * Token endpoint.
   * @default the account's `/oauth/token`
   */
  tokenUrl?: string;
}

export type GorgiasAuth = ApiKeyAuth | OAuthAuth;

/** Bounds of a token request: the response size limit and the calls' deadline. */
export interface TokenRequestLimits {
  readonly maxResponseBytes: number;
  readonly timeoutMs: number;
}

/** Holds the credential, builds the Authorization header and refreshes OAuth tokens single-flight. */
export class Credentials {
  /** Increments on each refresh: a 401 answered to an older version needs no new refresh. */
  version = 0;
  private authorization: string;
  private refreshing: Promise<void> | null = null;
  /** The token endpoint ended the grant (400 invalid_grant, 401): later 401s rethrow this instead of asking again. */
  private grantEnded: TokenRefreshError | null = null;
  private granted: ReadonlySet<string> | null;
  private readonly tokenUrl: string;
  private refreshToken: string | undefined;

  constructor(
    private readonly auth: GorgiasAuth,
    origin: string,
    private readonly fetchFn: () => typeof fetch,
    private readonly redactor: Redactor,
    private readonly limits: TokenRequestLimits,
  ) {
    validate(auth);
    if (auth.type === "apiKey") {
      const basic = base64(`${auth.email}:${auth.apiKey}`);
      this.authorization = `Basic ${basic}`;
      redactor.add(auth.apiKey, basic);
      this.granted = null;
    } else {
      this.authorization = `Bearer ${auth.accessToken}`;
      this.refreshToken = auth.refreshToken;
      redactor.add(auth.accessToken, auth.refreshToken, auth.clientSecret);
      this.granted = auth.scopes === undefined ? null : new Set(splitScopes(auth.scopes));
    }
    this.tokenUrl = auth.type === "oauth" && auth.tokenUrl ? auth.tokenUrl : `${origin}${oauthFacts.tokenPath}`;
  }

  get kind(): "apiKey" | "oauth2" {
    return this.auth.type === "apiKey" ? "apiKey" : "oauth2";
  }

  header(): string {
    return this.authorization;
  }

  /** Granted OAuth scopes when known; null for an API key (full access) or when not given. */
  grantedScopes(): ReadonlySet<string> | null {
    return this.granted;
  }

  get canRefresh(): boolean {
    return this.auth.type === "oauth" && Boolean(this.auth.refreshToken);
  }

  /**
   * Refreshes unless a refresh since `seenVersion` already happened; concurrent callers share one
   * request. Only a failure that ended the grant is remembered: after any other the next caller asks again.
   */
  async refresh(seenVersion: number): Promise<void> {
    if (this.version !== seenVersion) return;
    if (this.grantEnded) throw this.grantEnded;
    this.refreshing ??= this.requestTokens()
      .catch((error: unknown) => {
        if (error instanceof TokenRefreshError && error.grantEnded) this.grantEnded = error;
        throw error;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private tokenContext(): CallContext {
    return { operationId: null, method: "POST", path: new URL(this.tokenUrl).pathname };
  }

  private async requestTokens(): Promise<void> {
    const auth = this.auth as OAuthAuth;
    const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: this.refreshToken! });
    if (auth.clientId) form.set("client_id", auth.clientId);
    if (auth.clientSecret) form.set("client_secret", auth.clientSecret);
    const init: RequestInit = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
    };
    // The token endpoint gets the calls' deadline too: a hung refresh would hold every call that waits for it.
    if (Number.isFinite(this.limits.timeoutMs)) init.signal = AbortSignal.timeout(this.limits.timeoutMs);
    let response: Response | undefined;
    let text: string;
    try {
      response = await this.fetchFn()(this.tokenUrl, init);
      text = bodyText(await readBody(response, this.limits.maxResponseBytes, this.tokenContext()));
    } catch (error) {
      if (error instanceof ResponseTooLargeError) throw new TokenRefreshError(`the token endpoint's answer exceeds ${error.maxBytes} bytes`, response?.status ?? null);
      throw new TokenRefreshError(`the token endpoint did not answer (${this.redactor.text(String((error as Error).message))})`, null);
    }
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = null;
    }
    if (!response.ok || typeof body?.access_token !== "string") {
      const said = body && typeof body.error === "string" ? ` (${[body.error, body.error_description].filter((v) => typeof v === "string").join(": ")})` : "";
      // Only these answers end the grant; anything else (5xx, 429…) may pass, so the next call asks again.
      const grantEnded = response.status === 401 || (response.status === 400 && body?.error === "invalid_grant");
      throw new TokenRefreshError(this.redactor.text(`the token endpoint answered ${response.status}${said}`), response.status, { grantEnded });
    }
    const refreshToken = typeof body.refresh_token === "string" ? body.refresh_token : this.refreshToken!;
    const scopes = typeof body.scope === "string" ? splitScopes(body.scope) : null;
    this.redactor.add(body.access_token, refreshToken);
    this.refreshToken = refreshToken;
    this.authorization = `Bearer ${body.access_token}`;
    if (scopes && this.granted) this.granted = new Set(scopes);
    this.version += 1;
    await auth.onTokenRefresh?.({
      accessToken: body.access_token,
      refreshToken,
      expiresIn: typeof body.expires_in === "number" ? body.expires_in : null,
      scopes,
    });
  }
}

/** Base64 of the UTF-8 bytes (an email may hold non-Latin-1 characters). */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function splitScopes(scopes: readonly string[] | string): string[] {
  return (typeof scopes === "string" ? scopes.split(/[\s,]+/) : [...scopes]).filter(Boolean);
}

function validate(auth: GorgiasAuth): void {
  const fail = (message: string): never => {
    throw new TypeError(`createGorgiasClient: ${message}`);
  };
  if (!auth || typeof auth !== "object") fail("`auth` is required: { type: 'apiKey', email, apiKey } or { type: 'oauth', accessToken }.");
  const need = (field: string, value: unknown) => {
    if (typeof value !== "string" || value.length === 0) fail(`\`auth.${field}\` must be a non-empty string for ${auth.type} auth.`);
  };
  if (auth.type === "apiKey") {
    need("email", auth.email);
    need("apiKey", auth.apiKey);
  } else if (auth.type === "oauth") {
    need("accessToken", auth.accessToken);
    if (auth.refreshToken !== undefined) need("refreshToken", auth.refreshToken);
    if (auth.onTokenRefresh !== undefined && typeof auth.onTokenRefresh !== "function") fail("`auth.onTokenRefresh` must be a function.");
  } else {
    fail(`\`auth.type\` must be "apiKey" or "oauth", got ${JSON.stringify((auth as { type?: unknown }).type)}.`);
  }
}
