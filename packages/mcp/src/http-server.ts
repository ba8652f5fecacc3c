import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { GorgiasMcp } from "./gorgias-mcp.js";
import { generateToken, HttpAccess, isLoopback, normaliseOrigin, tokenProblem } from "./http-access.js";

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
  /**
   * The bearer token every request must carry as `Authorization: Bearer <token>` (at least 16
   * printable characters). `null` serves without one, which only a loopback `host` allows: any
   * local process can then use the server's Gorgias credential.
   * @default a random token, returned as {@link RunningHttpServer.token}
   */
  token?: string | null;
  /**
   * Origins (`https://app.example.com`) a browser page may call from, besides loopback origins.
   * A request with no `Origin` header (not from a browser) is not affected.
   * @default []
   */
  allowedOrigins?: readonly string[];
}

export interface RunningHttpServer {
  /** The MCP endpoint, such as `http://127.0.0.1:3000/mcp`. */
  readonly url: string;
  /** The bearer token requests must carry; null when the server runs without one. */
  readonly token: string | null;
  /** Stops accepting requests; calls in flight are carried to their end (see {@link GorgiasMcp.settled}). */
  close(): Promise<void>;
}

/** Why the server could not listen: `code` is the system error code, such as `EADDRINUSE`. */
export class ListenError extends Error {
  override name = "ListenError";
  constructor(
    readonly code: string,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

function listenMessage(code: string, host: string, port: number): string {
  switch (code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use: pass another --port, or --port 0 for a free one`;
    case "EACCES":
      return `no permission to listen on port ${port} of ${host}: ports below 1024 need privileges; pass --port 0 for a free one`;
    case "EADDRNOTAVAIL":
      return `${host} is not an address of this machine: pass --host 127.0.0.1 (the default) or one of its own addresses`;
    default:
      return `cannot listen on ${host}:${port} (${code})`;
  }
}

/**
 * Serves MCP over Streamable HTTP at `/mcp`, statelessly: each POST gets a fresh `Server` and
 * transport, all sharing the service's client. Every request must carry the bearer token, and a
 * browser's must come from an allowed Origin; bound to a loopback address, the server also
 * answers only requests whose Host is a loopback name, so a web page cannot reach it by DNS rebinding.
 */
export async function startHttpServer(mcp: GorgiasMcp, options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  const token = options.token === undefined ? generateToken() : options.token;
  if (token === null && !isLoopback(host)) throw new TypeError(`token: null (no authentication) is allowed on a loopback host only, not on ${host}.`);
  const problem = token === null ? null : tokenProblem(token);
  if (problem) throw new TypeError(`token ${problem}.`);
  const badOrigin = (options.allowedOrigins ?? []).find((o) => normaliseOrigin(o) === null);
  if (badOrigin !== undefined) throw new TypeError(`allowedOrigins: ${JSON.stringify(badOrigin)} is not an origin such as https://app.example.com.`);
  const access = new HttpAccess({ token, allowedOrigins: options.allowedOrigins ?? [], loopbackHostOnly: isLoopback(host) });

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/mcp") return reply(res, 404, "Not found: the MCP endpoint is /mcp.");
    const denial = access.check(req.headers);
    if (denial) return reply(res, denial.status, denial.message, denial.headers);
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
    http.once("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? "error";
      reject(new ListenError(code, listenMessage(code, host, port), { cause: error }));
    });
    http.listen(port, host, () => resolve());
  });
  const { port: bound } = http.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}/mcp`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
