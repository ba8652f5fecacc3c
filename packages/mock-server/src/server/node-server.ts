import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { MockEngine } from "../engine/mock-engine.js";
import type { MockRequest } from "../engine/http-types.js";

/** Reads a request body, keeping at most `limit + 1` bytes (enough to know it is over the limit). */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Uint8Array | null; truncated: boolean }> {
  // A request without Content-Length or Transfer-Encoding has no body (RFC 9112 §6.3).
  if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) {
    req.resume();
    return Promise.resolve({ body: null, truncated: false });
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ body: null, truncated: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    req.on("data", (chunk: Buffer) => {
      if (truncated) return;
      size += chunk.length;
      if (size > limit) {
        truncated = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve({ body: truncated || size === 0 ? null : Buffer.concat(chunks, size), truncated }));
    req.on("error", reject);
  });
}

/** Node already lower-cases header names and joins repeated values, except `set-cookie`, which requests do not carry. */
function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  return req.headers as Record<string, string | undefined>;
}

/** A node:http server that answers every request with the engine. */
export class NodeTransport {
  readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly engine: MockEngine) {
    this.server = createServer((req, res) => void this.answer(req, res));
    this.server.keepAliveTimeout = 5_000;
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    try {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const { body, truncated } = await readBody(req, this.engine.bodyLimitFor(q < 0 ? url : url.slice(0, q)));
      const request: MockRequest = { method: req.method ?? "GET", url, headers: headersOf(req), body, bodyTruncated: truncated };
      const response = await this.engine.handle(request);
      // The string goes to the socket as is: encoding it into a Buffer here first costs more than
      // counting its bytes.
      if (response.body !== null) response.headers["content-length"] = String(Buffer.byteLength(response.body));
      res.writeHead(response.status, response.headers);
      res.end(response.body ?? undefined);
    } catch {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { msg: "Internal server error." } }));
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once("error", onError);
      this.server.listen(port, host, () => {
        this.server.off("error", onError);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Stops accepting connections, lets requests in flight finish, then closes idle connections. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.server.closeIdleConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
