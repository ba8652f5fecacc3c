import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_MAX_BODY_BYTES, parseConfig, type ServerConfig } from "../src/config.js";

const apiKeyEnv = { GORGIAS_SUBDOMAIN: "acme", GORGIAS_EMAIL: "admin@example.com", GORGIAS_API_KEY: "key-123" };
const tokenEnv = { GORGIAS_BASE_URL: "http://127.0.0.1:9999", GORGIAS_ACCESS_TOKEN: "tok-456", GORGIAS_TOKEN_SCOPES: "tickets:read customers:read" };

function config(argv: string[], env: Record<string, string>): ServerConfig {
  const result = parseConfig(argv, env);
  if (result === "help") throw new Error("unexpected help");
  return result;
}

function failure(argv: string[], env: Record<string, string>): ConfigError {
  try {
    parseConfig(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("reads an API key setup with stdio and every tool by default", () => {
    expect(config([], apiKeyEnv)).toEqual({
      connection: { subdomain: "acme" },
      credential: { type: "apiKey", email: "admin@example.com", apiKey: "key-123" },
      grant: { scopes: null, readOnly: false, toolsets: null },
      dynamic: false,
      transport: { type: "stdio" },
      auditLog: null,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    });
  });

  it("reads every flag", () => {
    const c = config(
      ["--scopes", "tickets:read,customers:read", "--read-only", "--toolsets", "tickets,customers", "--dynamic", "--http", "--port", "8123", "--host", "0.0.0.0", "--audit-log", "/tmp/audit.jsonl", "--max-body-bytes", "2048"],
      apiKeyEnv,
    );
    expect(c.grant).toEqual({ scopes: ["tickets:read", "customers:read"], readOnly: true, toolsets: ["tickets", "customers"] });
    expect(c.dynamic).toBe(true);
    expect(c.transport).toEqual({ type: "http", host: "0.0.0.0", port: 8123, token: null, noAuth: false, allowedOrigins: [] });
    expect(c.auditLog).toBe("/tmp/audit.jsonl");
    expect(c.maxBodyBytes).toBe(2048);
  });

  it("binds HTTP to 127.0.0.1 by default", () => {
    expect(config(["--http"], apiKeyEnv).transport).toEqual({ type: "http", host: "127.0.0.1", port: 0, token: null, noAuth: false, allowedOrigins: [] });
  });

  it("reads the HTTP bearer token, --no-auth on a loopback host, and the allowed origins", () => {
    const token = "a-token-of-32-characters-0123456";
    expect(config(["--http"], { ...apiKeyEnv, GORGIAS_MCP_HTTP_TOKEN: token }).transport).toMatchObject({ token, noAuth: false });
    expect(config(["--http", "--no-auth"], apiKeyEnv).transport).toMatchObject({ token: null, noAuth: true });
    expect(config(["--http", "--no-auth", "--host", "::1"], apiKeyEnv).transport).toMatchObject({ host: "::1", noAuth: true });
    expect(config(["--http", "--allow-origin", "https://app.example.com/,http://localhost:5173", "--allow-origin", "https://APP.example.com"], apiKeyEnv).transport).toMatchObject({
      allowedOrigins: ["https://app.example.com", "http://localhost:5173"],
    });
  });

  it.each([
    [["--no-auth"], {}, "--no-auth needs --http"],
    [["--allow-origin", "https://a.example"], {}, "--allow-origin needs --http"],
    [["--http", "--no-auth", "--host", "0.0.0.0"], {}, "--no-auth is allowed only on a loopback --host (127.0.0.1, ::1, localhost), not 0.0.0.0"],
    [["--http", "--no-auth"], { GORGIAS_MCP_HTTP_TOKEN: "a-token-of-32-characters-0123456" }, "Both --no-auth and GORGIAS_MCP_HTTP_TOKEN"],
    [["--http"], { GORGIAS_MCP_HTTP_TOKEN: "short-tok" }, "GORGIAS_MCP_HTTP_TOKEN must be at least 16 characters long"],
    [["--http"], { GORGIAS_MCP_HTTP_TOKEN: "has spaces in the middle of it" }, "GORGIAS_MCP_HTTP_TOKEN must be printable ASCII with no spaces"],
    [["--http", "--allow-origin", "app.example.com"], {}, '--allow-origin: "app.example.com" is not an origin'],
    [["--http", "--allow-origin", "https://app.example.com/path"], {}, '--allow-origin: "https://app.example.com/path" is not an origin'],
  ])("refuses a bad HTTP access setting %#, naming the flag or variable", (argv, env, message) => {
    const error = failure(argv, { ...apiKeyEnv, ...env });
    expect(error.message).toContain(message);
    expect(error.message).not.toContain("short-tok");
  });

  it("with an OAuth token, grants the token's scopes, or a subset of them", () => {
    expect(config([], tokenEnv).grant.scopes).toEqual(["tickets:read", "customers:read"]);
    expect(config(["--scopes", "tickets:read"], tokenEnv).grant.scopes).toEqual(["tickets:read"]);
    expect(config([], { ...tokenEnv, GORGIAS_TOKEN_SCOPES: "tickets:read,tags:read" }).credential).toEqual({
      type: "oauth",
      accessToken: "tok-456",
      scopes: ["tickets:read", "tags:read"],
    });
  });

  it("never grants more than the OAuth token carries", () => {
    expect(failure(["--scopes", "tickets:read,tickets:write"], tokenEnv).message).toMatch(/--scopes grants tickets:write, which the OAuth token does not carry/);
  });

  it("needs to know an OAuth token's scopes", () => {
    const { GORGIAS_TOKEN_SCOPES: _omitted, ...env } = tokenEnv;
    expect(failure([], env).message).toContain("GORGIAS_TOKEN_SCOPES");
    expect(config(["--scopes", "tickets:read"], env).grant.scopes).toEqual(["tickets:read"]);
  });

  it.each([
    [{}, "Missing GORGIAS_SUBDOMAIN"],
    [{ ...apiKeyEnv, GORGIAS_BASE_URL: "https://acme.gorgias.com" }, "Both GORGIAS_SUBDOMAIN and GORGIAS_BASE_URL"],
    [{ ...apiKeyEnv, GORGIAS_SUBDOMAIN: "not a domain" }, "GORGIAS_SUBDOMAIN must be"],
    [{ GORGIAS_BASE_URL: "ftp://x", GORGIAS_ACCESS_TOKEN: "t", GORGIAS_TOKEN_SCOPES: "tickets:read" }, "GORGIAS_BASE_URL must use http or https"],
    [{ GORGIAS_BASE_URL: "nope", GORGIAS_ACCESS_TOKEN: "t", GORGIAS_TOKEN_SCOPES: "tickets:read" }, "GORGIAS_BASE_URL must be an absolute"],
    [{ GORGIAS_SUBDOMAIN: "acme" }, "Missing credentials"],
    [{ GORGIAS_SUBDOMAIN: "acme", GORGIAS_EMAIL: "a@b.c" }, "GORGIAS_API_KEY is missing"],
    [{ GORGIAS_SUBDOMAIN: "acme", GORGIAS_API_KEY: "k" }, "GORGIAS_EMAIL is missing"],
    [{ ...apiKeyEnv, GORGIAS_ACCESS_TOKEN: "t" }, "Both GORGIAS_ACCESS_TOKEN and GORGIAS_API_KEY"],
    [{ ...apiKeyEnv, GORGIAS_TOKEN_SCOPES: "tickets:read" }, "GORGIAS_TOKEN_SCOPES describes an OAuth token"],
    [{ ...tokenEnv, GORGIAS_TOKEN_SCOPES: "tickets:reed" }, 'GORGIAS_TOKEN_SCOPES: unknown scope "tickets:reed"'],
  ])("refuses missing or contradictory environment %#, naming the variable", (env, message) => {
    expect(failure([], env as Record<string, string>).message).toContain(message);
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--scopes", "tickets:reed"], '--scopes: unknown scope "tickets:reed"'],
    [["--scopes", ""], "--scopes is empty"],
    [["--toolsets", "ticket"], '--toolsets: unknown toolset "ticket"'],
    [["--port", "80"], "--port needs --http"],
    [["--http", "--port", "99999"], "--port must be an integer from 0 to 65535"],
    [["--http", "--port", "12ab"], "--port must be an integer"],
    [["--max-body-bytes", "0"], "--max-body-bytes must be an integer from 1"],
    [["stray"], "Unexpected argument 'stray'"],
  ])("refuses bad flags %#, naming the flag", (argv, message) => {
    expect(failure(argv, apiKeyEnv).message).toContain(message);
  });

  it("answers --help without reading the environment", () => {
    expect(parseConfig(["--help"], {})).toBe("help");
  });

  it("never puts a credential in an error message", () => {
    const messages = [
      failure(["--bogus"], apiKeyEnv).message,
      failure([], { ...apiKeyEnv, GORGIAS_ACCESS_TOKEN: "tok-456" }).message,
      failure(["--scopes", "tickets:write"], tokenEnv).message,
    ].join("\n");
    expect(messages).not.toContain("key-123");
    expect(messages).not.toContain("tok-456");
  });
});
