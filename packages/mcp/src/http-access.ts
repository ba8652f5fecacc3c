import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** The hostnames of the loopback interface. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Whether a hostname or bind address is on the loopback interface (`localhost`, `127.0.0.0/8`, `::1`). */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** A random bearer token: 32 bytes from the system CSPRNG, base64url. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The shortest bearer token accepted from the operator. */
export const MIN_TOKEN_LENGTH = 16;

/** Why a bearer token chosen by the operator is unfit, or null. Never quotes the token. */
export function tokenProblem(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) return `must be at least ${MIN_TOKEN_LENGTH} characters long`;
  if (!/^[\x21-\x7e]+$/.test(token)) return "must be printable ASCII with no spaces (it is sent in an HTTP header)";
  return null;
}

/** `https://app.example.com:8443` → the same, normalised; null when it is not a bare http(s) origin. */
export function normaliseOrigin(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) return null;
  return url.origin;
}

/** A refusal: the HTTP status and what the caller should do. */
export interface AccessDenial {
  readonly status: 401 | 403;
  readonly message: string;
  readonly headers?: Record<string, string>;
}

export interface HttpAccessOptions {
  /** The bearer token every request must carry; null accepts requests without one. */
  readonly token: string | null;
  /** Origins, besides loopback ones, from which a browser page may call. */
  readonly allowedOrigins: readonly string[];
  /** Also require a loopback Host header (when bound to loopback). */
  readonly loopbackHostOnly: boolean;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/**
 * The Streamable HTTP transport's guard, after the MCP transport security guidance: a page in a
 * browser must not reach the server by DNS rebinding (Host and Origin checks) and no other
 * local process may use its credential without the bearer token. Tokens are compared in
 * constant time (as SHA-256 digests, so their lengths leak nothing either).
 */
export class HttpAccess {
  private readonly expected: Buffer | null;
  private readonly origins: ReadonlySet<string>;

  constructor(private readonly options: HttpAccessOptions) {
    this.expected = options.token === null ? null : digest(options.token);
    this.origins = new Set(options.allowedOrigins.map((o) => normaliseOrigin(o) ?? o));
  }

  /** Null when the request may go on. */
  check(headers: IncomingHttpHeaders): AccessDenial | null {
    if (this.options.loopbackHostOnly && !isLoopback(hostnameOf(headers.host) ?? "")) {
      return { status: 403, message: "Forbidden: this server only answers requests addressed to a loopback host." };
    }
    const origin = headers.origin;
    if (origin !== undefined && !this.originAllowed(origin)) {
      return { status: 403, message: "Forbidden: requests from this Origin are not allowed. Start gorgias-mcp with --allow-origin <origin> to allow a web page's origin." };
    }
    if (this.expected && !this.tokenMatches(headers.authorization)) {
      return {
        status: 401,
        message: "Unauthorized: send the server's bearer token as `Authorization: Bearer <token>` (printed once when gorgias-mcp starts, or set with GORGIAS_MCP_HTTP_TOKEN).",
        headers: { "www-authenticate": 'Bearer realm="gorgias-mcp"' },
      };
    }
    return null;
  }

  private originAllowed(origin: string): boolean {
    const normal = normaliseOrigin(origin);
    if (normal === null) return false;
    return this.origins.has(normal) || isLoopback(new URL(normal).hostname);
  }

  private tokenMatches(authorization: string | undefined): boolean {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
    // Compare something either way, so a missing header takes as long as a wrong one.
    return timingSafeEqual(digest(match?.[1] ?? ""), this.expected!) && match !== null;
  }
}

/** The Host header's hostname, without the port. */
function hostnameOf(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}
