import { parseArgs } from "node:util";
import { scopes as specScopes } from "@gorgias-kit/spec/facts";
import { isLoopback, normaliseOrigin, tokenProblem } from "./http-access.js";
import { allToolsetIds, DEFAULT_TOOLSETS, TOOLSET_KEYWORDS, unknownToolsets } from "./toolset-selection.js";

/** Bad flags or environment: the CLI prints the message and exits with {@link ConfigError.exitCode}. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly exitCode = 2;
}

/** Where the Gorgias account answers. */
export type Connection = { readonly subdomain: string } | { readonly baseUrl: string };

/** The credential calls go out with. */
export type Credential =
  | { readonly type: "apiKey"; readonly email: string; readonly apiKey: string }
  /** `scopes`: what the token was granted (GORGIAS_TOKEN_SCOPES), or null when not stated. */
  | { readonly type: "oauth"; readonly accessToken: string; readonly scopes: readonly string[] | null };

/** What the server lets an agent do. */
export interface GrantOptions {
  /** Granted OAuth scopes; null grants everything the credential can do (an API key without `--scopes`). */
  readonly scopes: readonly string[] | null;
  /** Only read tools (`--read-only`). */
  readonly readOnly: boolean;
  /**
   * Only these toolsets (area ids, `--toolsets`); `default` stands for {@link DEFAULT_TOOLSETS}
   * and `all` for every toolset. null serves the default toolsets, or every toolset in dynamic mode.
   */
  readonly toolsets: readonly string[] | null;
}

/** Streamable HTTP: where to listen, and who may call. */
export interface HttpTransport {
  readonly type: "http";
  readonly host: string;
  readonly port: number;
  /** The bearer token from GORGIAS_MCP_HTTP_TOKEN; null generates one at start (unless `noAuth`). */
  readonly token: string | null;
  /** Serve without a bearer token (`--no-auth`, loopback hosts only). */
  readonly noAuth: boolean;
  /** Origins a browser page may call from, besides loopback ones (`--allow-origin`). */
  readonly allowedOrigins: readonly string[];
}

export type Transport = { readonly type: "stdio" } | HttpTransport;

export interface ServerConfig {
  readonly connection: Connection;
  readonly credential: Credential;
  readonly grant: GrantOptions;
  /** Serve list_toolsets / describe_tool / call_tool instead of every tool (`--dynamic`). */
  readonly dynamic: boolean;
  readonly transport: Transport;
  /** File the audit log is appended to; null writes it to stderr. */
  readonly auditLog: string | null;
  /** Largest request body a call may send, in bytes (`--max-body-bytes`). */
  readonly maxBodyBytes: number;
}

/**
 * The server's own cap on a call's request body. The spec states that an over-large payload gets
 * 413 but not the size, so this guard is ours; `--max-body-bytes` changes it.
 */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

export const USAGE = `Usage: gorgias-mcp [options]

Serves the Gorgias helpdesk API to MCP clients, with least privilege.

Options:
  --scopes <list>          Grant only these OAuth scopes (comma-separated, such as tickets:read,customers:read).
                           Tools needing other scopes are not listed, and calls to them are refused.
  --read-only              Serve read tools only.
  --toolsets <list>        Serve only these toolsets (comma-separated area ids, such as tickets,customers;
                           "default" names the default toolsets, "all" every toolset). Default: the default toolsets.
  --dynamic                Serve three meta-tools (list_toolsets, describe_tool, call_tool) instead of the tools;
                           they reach every toolset unless --toolsets narrows them.
  --http                   Serve Streamable HTTP at /mcp instead of stdio.
  --port <n>               HTTP port (default 0: a free port, printed on start). Needs --http.
  --host <host>            HTTP bind address (default 127.0.0.1). Needs --http.
  --allow-origin <origin>  Also answer browser requests from this Origin (comma-separated or repeated;
                           default: loopback origins only). Needs --http.
  --no-auth                Serve HTTP without a bearer token; allowed on a loopback --host only. Needs --http.
  --audit-log <file>       Append the audit log (one JSON line per call) to this file instead of stderr.
  --max-body-bytes <n>     Refuse a call whose request body is larger (default ${DEFAULT_MAX_BODY_BYTES}).
  --help                   Print this help.

Environment:
  GORGIAS_SUBDOMAIN or GORGIAS_BASE_URL       The account (acme for https://acme.gorgias.com), or an API origin.
  GORGIAS_EMAIL + GORGIAS_API_KEY             A private app's API key (HTTP Basic; full account access).
  GORGIAS_ACCESS_TOKEN                        An OAuth access token instead of an API key.
  GORGIAS_TOKEN_SCOPES                        The scopes that token was granted (space- or comma-separated).
  GORGIAS_MCP_HTTP_TOKEN                      The bearer token HTTP clients must send (at least 16 characters);
                                              without it, a random one is printed once at start.

Toolsets: ${allToolsetIds().join(", ")}.
Default toolsets: ${DEFAULT_TOOLSETS.join(", ")}.
`;

type Env = Readonly<Record<string, string | undefined>>;

/** `a, b c` → ["a", "b", "c"]: commas and spaces both separate (an OAuth `scope` string uses spaces). */
function list(raw: string): string[] {
  return raw.split(/[\s,]+/).filter(Boolean);
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
}

function checkScopes(scopes: string[], where: string): string[] {
  if (scopes.length === 0) throw new ConfigError(`${where} is empty: list OAuth scopes such as tickets:read,customers:read.`);
  const unknown = scopes.filter((s) => !specScopes.some((known) => known.name === s));
  if (unknown.length > 0) {
    throw new ConfigError(`${where}: unknown scope ${unknown.map((s) => JSON.stringify(s)).join(", ")}. Known scopes: ${specScopes.map((known) => known.name).join(", ")}.`);
  }
  return [...new Set(scopes)];
}

function readConnection(env: Env): Connection {
  const subdomain = value(env, "GORGIAS_SUBDOMAIN");
  const baseUrl = value(env, "GORGIAS_BASE_URL");
  if (subdomain && baseUrl) throw new ConfigError("Both GORGIAS_SUBDOMAIN and GORGIAS_BASE_URL are set: set only one.");
  if (subdomain) {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(subdomain)) {
      throw new ConfigError("GORGIAS_SUBDOMAIN must be the account's subdomain, such as acme for https://acme.gorgias.com (letters, digits, hyphens).");
    }
    return { subdomain };
  }
  if (baseUrl) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new ConfigError("GORGIAS_BASE_URL must be an absolute http(s) URL, such as https://acme.gorgias.com.");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError("GORGIAS_BASE_URL must use http or https.");
    if (url.username || url.password) throw new ConfigError("GORGIAS_BASE_URL must not carry credentials: use GORGIAS_EMAIL + GORGIAS_API_KEY or GORGIAS_ACCESS_TOKEN.");
    return { baseUrl };
  }
  throw new ConfigError("Missing GORGIAS_SUBDOMAIN (such as acme for https://acme.gorgias.com) or GORGIAS_BASE_URL.");
}

function readCredential(env: Env): Credential {
  const email = value(env, "GORGIAS_EMAIL");
  const apiKey = value(env, "GORGIAS_API_KEY");
  const accessToken = value(env, "GORGIAS_ACCESS_TOKEN");
  const tokenScopes = value(env, "GORGIAS_TOKEN_SCOPES");
  if (accessToken && (apiKey || email)) {
    throw new ConfigError(`Both GORGIAS_ACCESS_TOKEN and ${apiKey ? "GORGIAS_API_KEY" : "GORGIAS_EMAIL"} are set: use either an OAuth token or an API key (GORGIAS_EMAIL + GORGIAS_API_KEY), not both.`);
  }
  if (accessToken) {
    return { type: "oauth", accessToken, scopes: tokenScopes === undefined ? null : checkScopes(list(tokenScopes), "GORGIAS_TOKEN_SCOPES") };
  }
  if (tokenScopes) throw new ConfigError("GORGIAS_TOKEN_SCOPES describes an OAuth token, but GORGIAS_ACCESS_TOKEN is not set.");
  if (email && apiKey) return { type: "apiKey", email, apiKey };
  if (email) throw new ConfigError("GORGIAS_EMAIL is set but GORGIAS_API_KEY is missing: set the API key of that account.");
  if (apiKey) throw new ConfigError("GORGIAS_API_KEY is set but GORGIAS_EMAIL is missing: set the email of the account the key belongs to.");
  throw new ConfigError("Missing credentials: set GORGIAS_EMAIL + GORGIAS_API_KEY (a private app's API key) or GORGIAS_ACCESS_TOKEN (an OAuth token).");
}

/** The grant can only narrow what the credential carries; with an OAuth token it needs to know what that is. */
function resolveScopes(flag: string[] | null, credential: Credential): readonly string[] | null {
  if (credential.type === "apiKey") return flag;
  const token = credential.scopes;
  if (!flag && !token) {
    throw new ConfigError("GORGIAS_ACCESS_TOKEN is set but its scopes are unknown: set GORGIAS_TOKEN_SCOPES to the scopes the token was granted, or pass --scopes.");
  }
  if (flag && token) {
    const beyond = flag.filter((s) => !token.includes(s));
    if (beyond.length > 0) {
      throw new ConfigError(`--scopes grants ${beyond.join(", ")}, which the OAuth token does not carry (GORGIAS_TOKEN_SCOPES: ${token.join(" ")}): the grant can never exceed the token's scopes.`);
    }
  }
  return flag ?? token;
}

function integer(raw: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new ConfigError(`${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}.`);
  return n;
}

interface HttpFlags {
  readonly host?: string;
  readonly port?: string;
  readonly "allow-origin"?: string[];
  readonly "no-auth"?: boolean;
}

function readHttp(flags: HttpFlags, env: Env): HttpTransport {
  const host = flags.host ?? "127.0.0.1";
  const noAuth = flags["no-auth"] === true;
  const token = value(env, "GORGIAS_MCP_HTTP_TOKEN") ?? null;
  if (noAuth && !isLoopback(host)) {
    throw new ConfigError(`--no-auth is allowed only on a loopback --host (127.0.0.1, ::1, localhost), not ${host}: elsewhere every request must carry the bearer token.`);
  }
  if (noAuth && token !== null) throw new ConfigError("Both --no-auth and GORGIAS_MCP_HTTP_TOKEN are set: unset the variable, or drop --no-auth.");
  const problem = token === null ? null : tokenProblem(token);
  if (problem) throw new ConfigError(`GORGIAS_MCP_HTTP_TOKEN ${problem}.`);
  const allowedOrigins = (flags["allow-origin"] ?? []).flatMap(list).map((raw) => {
    const origin = normaliseOrigin(raw);
    if (origin === null) throw new ConfigError(`--allow-origin: ${JSON.stringify(raw)} is not an origin: give a scheme and host (and port), such as https://app.example.com.`);
    return origin;
  });
  return { type: "http", host, port: flags.port === undefined ? 0 : integer(flags.port, "--port", 0, 65_535), token, noAuth, allowedOrigins: [...new Set(allowedOrigins)] };
}

/** Reads the command line and the environment; throws {@link ConfigError} naming the bad flag or variable. */
export function parseConfig(argv: readonly string[], env: Env): ServerConfig | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scopes: { type: "string" },
        "read-only": { type: "boolean" },
        toolsets: { type: "string" },
        dynamic: { type: "boolean" },
        http: { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        "allow-origin": { type: "string", multiple: true },
        "no-auth": { type: "boolean" },
        "audit-log": { type: "string" },
        "max-body-bytes": { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run gorgias-mcp --help for the options.`);
  }
  const flags = parsed.values;
  if (flags.help) return "help";

  const connection = readConnection(env);
  const credential = readCredential(env);
  const scopeFlag = flags.scopes === undefined ? null : checkScopes(list(flags.scopes), "--scopes");
  let toolsetFlag: string[] | null = null;
  if (flags.toolsets !== undefined) {
    toolsetFlag = [...new Set(list(flags.toolsets))];
    const known = [...allToolsetIds(), ...TOOLSET_KEYWORDS];
    if (toolsetFlag.length === 0) throw new ConfigError(`--toolsets is empty: list toolsets such as tickets,customers. Known toolsets: ${known.join(", ")}.`);
    const unknown = unknownToolsets(toolsetFlag);
    if (unknown.length > 0) throw new ConfigError(`--toolsets: unknown toolset ${unknown.map((t) => JSON.stringify(t)).join(", ")}. Known toolsets: ${known.join(", ")}.`);
  }
  const httpOnly = (["port", "host", "allow-origin", "no-auth"] as const).find((flag) => flags[flag] !== undefined);
  if (!flags.http && httpOnly) throw new ConfigError(`--${httpOnly} needs --http (without it the server speaks stdio).`);
  if (flags["audit-log"] !== undefined && flags["audit-log"].trim() === "") throw new ConfigError("--audit-log needs a file path.");
  if (flags.host !== undefined && flags.host.trim() === "") throw new ConfigError("--host needs an address, such as 127.0.0.1.");

  return {
    connection,
    credential,
    grant: { scopes: resolveScopes(scopeFlag, credential), readOnly: flags["read-only"] === true, toolsets: toolsetFlag },
    dynamic: flags.dynamic === true,
    transport: flags.http ? readHttp(flags, env) : { type: "stdio" },
    auditLog: flags["audit-log"] ?? null,
    maxBodyBytes: flags["max-body-bytes"] === undefined ? DEFAULT_MAX_BODY_BYTES : integer(flags["max-body-bytes"], "--max-body-bytes", 1, 1_073_741_824),
  };
}
