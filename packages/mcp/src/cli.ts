import { appendFileSync } from "node:fs";
import type { GorgiasAuth, GorgiasClientOptions } from "@gorgias-kit/client";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ConfigError, parseConfig, USAGE, type HttpTransport, type ServerConfig } from "./config.js";
import { createGorgiasMcp, type GorgiasMcp } from "./gorgias-mcp.js";
import { startHttpServer } from "./http-server.js";

/** The exit code of every start-up failure: bad flags or environment, an unwritable audit log, a port in use. */
const STARTUP_FAILURE = 2;

function clientOptions(config: ServerConfig): GorgiasClientOptions {
  const { credential } = config;
  const auth: GorgiasAuth =
    credential.type === "apiKey"
      ? { type: "apiKey", email: credential.email, apiKey: credential.apiKey }
      : { type: "oauth", accessToken: credential.accessToken, ...(credential.scopes ? { scopes: credential.scopes } : {}) };
  return { ...config.connection, auth };
}

function build(config: ServerConfig): GorgiasMcp {
  if (config.auditLog) {
    try {
      appendFileSync(config.auditLog, "");
    } catch (error) {
      throw new ConfigError(`--audit-log: cannot write to ${config.auditLog} (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
    }
  }
  try {
    return createGorgiasMcp({
      client: clientOptions(config),
      grant: config.grant,
      dynamic: config.dynamic,
      maxBodyBytes: config.maxBodyBytes,
      ...(config.auditLog ? { audit: { file: config.auditLog } } : {}),
    });
  } catch (error) {
    // The client rejects options it cannot use; those come from the environment.
    if (error instanceof TypeError) throw new ConfigError(error.message);
    throw error;
  }
}

async function serveHttp(mcp: GorgiasMcp, transport: HttpTransport, tools: number): Promise<() => Promise<void>> {
  const http = await startHttpServer(mcp, {
    host: transport.host,
    port: transport.port,
    token: transport.noAuth ? null : (transport.token ?? undefined),
    allowedOrigins: transport.allowedOrigins,
  });
  process.stderr.write(`gorgias-mcp: serving ${tools} tools over Streamable HTTP at ${http.url}\n`);
  if (http.token === null) {
    process.stderr.write("gorgias-mcp: warning: --no-auth: any process on this machine can call these tools with the server's Gorgias credential.\n");
  } else if (transport.token === null) {
    // Printed once, here: the operator hands it to the MCP client. Set GORGIAS_MCP_HTTP_TOKEN to choose it instead.
    process.stderr.write(`gorgias-mcp: bearer token (send as "Authorization: Bearer <token>"; set GORGIAS_MCP_HTTP_TOKEN to choose one): ${http.token}\n`);
  }
  return http.close;
}

/** `gorgias-mcp`: resolves to the exit code, or to "serving" while it serves. */
async function main(argv: string[]): Promise<number | "serving"> {
  const config = parseConfig(argv, process.env);
  if (config === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const mcp = build(config);
  const tools = mcp.listTools().length;
  let close: () => Promise<void>;
  if (config.transport.type === "http") {
    close = await serveHttp(mcp, config.transport, tools);
  } else {
    const server = mcp.createServer();
    await server.connect(new StdioServerTransport());
    process.stderr.write(`gorgias-mcp: serving ${tools} tools over stdio\n`);
    close = () => server.close();
  }
  // Stop taking calls, let those in flight end (each within the client's deadline) so that every
  // outcome is recorded, then exit.
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`gorgias-mcp: stopping (${why}); calls in flight are carried to their end first.\n`);
    void close()
      .then(() => mcp.settled())
      .finally(() => process.exit(0));
  };
  // Over stdio, the client went away: nothing more can arrive.
  if (config.transport.type === "stdio") process.stdin.once("end", () => stop("the client closed stdin"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop(signal));
  return "serving";
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== "serving") process.exitCode = code;
  },
  (error: unknown) => {
    // One line, no stack: every failure here happens before the server serves.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`gorgias-mcp: ${error instanceof ConfigError ? message : `cannot start: ${message}`}\n`.replace(/\n(?!$)/g, " "));
    process.exitCode = error instanceof ConfigError ? error.exitCode : STARTUP_FAILURE;
  },
);
