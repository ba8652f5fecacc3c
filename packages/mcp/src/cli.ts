import { appendFileSync } from "node:fs";
import type { GorgiasAuth, GorgiasClientOptions } from "@gorgias-kit/client";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ConfigError, parseConfig, USAGE, type ServerConfig } from "./config.js";
import { createGorgiasMcp, type GorgiasMcp } from "./gorgias-mcp.js";
import { startHttpServer } from "./http-server.js";

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

/** `gorgias-mcp`: returns the exit code, or never returns while serving. */
async function main(argv: string[]): Promise<number | "serving"> {
  let config: ServerConfig | "help";
  let mcp: GorgiasMcp;
  try {
    config = parseConfig(argv, process.env);
    if (config === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    mcp = build(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`gorgias-mcp: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }

  const tools = mcp.listTools().length;
  let close: () => Promise<void>;
  if (config.transport.type === "http") {
    const http = await startHttpServer(mcp, { host: config.transport.host, port: config.transport.port });
    process.stderr.write(`gorgias-mcp: serving ${tools} tools over Streamable HTTP at ${http.url}\n`);
    close = http.close;
  } else {
    const server = mcp.createServer();
    await server.connect(new StdioServerTransport());
    process.stderr.write(`gorgias-mcp: serving ${tools} tools over stdio\n`);
    close = () => server.close();
    // The client went away: nothing more can arrive.
    process.stdin.once("end", () => void close().finally(() => process.exit(0)));
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void close().finally(() => process.exit(0)));
  return "serving";
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== "serving") process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gorgias-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
