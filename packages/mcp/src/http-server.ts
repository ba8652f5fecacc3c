import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { GorgiasMcp } from "./gorgias-mcp.js";

export interface HttpServerOptions {
  /**
   * Address to bind.
   * @default "127.0.0.1"
   */
  host?: string;
  /**
   * Port; 0 picks a free one.
   * @default 0
   */
  port?: number;
}

export interface RunningHttpServer {
  /** The MCP endpoint, such as `http://127.0.0.1:3000/mcp`. */
  readonly url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** The Host header's hostname, without the port. */
function hostnameOf(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

/**
 * Serves MCP over Streamable HTTP at `/mcp`, statelessly: each POST gets a fresh `Server` and
 * transport, all sharing the service's client. Bound to a loopback address, it answers only
 * requests whose Host is a loopback name, so a web page cannot reach it by DNS rebinding.
 */
export async function startHttpServer(mcp: GorgiasMcp, options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const host = options.host ?? "127.0.0.1";
  const checkHost = LOOPBACK.has(host);
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/mcp") return reply(res, 404, "Not found: the MCP endpoint is /mcp.");
    if (checkHost && !LOOPBACK.has(hostnameOf(req.headers.host) ?? "")) return reply(res, 403, "Forbidden: this server only answers requests addressed to a loopback host.");
    if (req.method !== "POST") return reply(res, 405, "Method not allowed: this stateless server takes POST only.", { allow: "POST" });
    const server = mcp.createServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch(() => {
        if (!res.headersSent) reply(res, 500, "Internal error while handling the MCP request.");
      });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/mcp`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
