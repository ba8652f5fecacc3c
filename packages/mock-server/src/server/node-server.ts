import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import type { MockEngine } from "../engine/mock-engine.js";
import type { MockRequest } from "../engine/http-types.js";
import { parserErrorResponse } from "./parser-error.js";

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
    let ended = false;
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
    req.on("end", () => {
      ended = true;
      resolve({ body: truncated || size === 0 ? null : Buffer.concat(chunks, size), truncated });
    });
    req.on("error", reject);
    // A connection closed before the body ended (the client left, or the server is stopping).
    req.on("close", () => {
      if (!ended) reject(new Error("The connection closed before the request body ended."));
    });
  });
}

/**
 * Writes a streamed body chunk by chunk (chunked transfer encoding), waiting for the socket to
 * drain between chunks; a client that goes away stops the stream, so nothing more is produced.
 */
async function writeStream(res: ServerResponse, chunks: AsyncIterable<string>): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (res.destroyed) return;
      const next = await iterator.next();
      if (next.done) break;
      if (!res.write(next.value)) await new Promise<void>((resolve) => {
        res.once("drain", resolve);
        res.once("close", resolve);
      });
    }
    res.end();
  } finally {
    await iterator.return?.();
  }
}

/** Node already lower-cases header names and joins repeated values, except `set-cookie`, which requests do not carry. */
function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  return req.headers as Record<string, string | undefined>;
}

/** Options of {@link NodeTransport.close}. */
export interface CloseOptions {
  /**
   * How long requests already being answered may take to finish before their connections are cut.
   * @default 5000
   */
  graceMs?: number;
}

/** A node:http server that answers every request with the engine. */
export class NodeTransport {
  readonly server: Server;
  private readonly sockets = new Set<Socket>();
  /** Requests whose body is still arriving. */
  private readonly receiving = new Set<IncomingMessage>();
  /** The response in progress on each connection, so a parser error never writes into it. */
  private readonly responses = new Map<Duplex, ServerResponse>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private closing = false;

  constructor(private readonly engine: MockEngine) {
    this.server = createServer((req, res) => void this.answer(req, res));
    this.server.keepAliveTimeout = 5_000;
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => {
        this.sockets.delete(socket);
        this.responses.delete(socket);
      });
    });
    this.server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => this.refuse(error, socket));
  }

  /** Answers what node's HTTP parser refused with the live error body as JSON, then closes the connection. */
  private refuse(error: NodeJS.ErrnoException, socket: Duplex): void {
    const inProgress = this.responses.get(socket);
    const response = parserErrorResponse(error);
    if (response === null || !socket.writable || inProgress?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(response);
    // A client that never closes its side does not keep the connection.
    setTimeout(() => socket.destroy(), 1_000).unref();
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++;
    this.receiving.add(req);
    this.responses.set(req.socket, res);
    try {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const { body, truncated } = await readBody(req, this.engine.bodyLimitFor(q < 0 ? url : url.slice(0, q)));
      this.receiving.delete(req);
      const request: MockRequest = { method: req.method ?? "GET", url, headers: headersOf(req), body, bodyTruncated: truncated };
      const response = await this.engine.handle(request);
      if (this.closing) response.headers.connection = "close";
      if (response.stream) {
        res.writeHead(response.status, response.headers);
        await writeStream(res, response.stream);
        return;
      }
      const payload = response.bytes ?? response.body;
      // The string goes to the socket as is: encoding it into a Buffer here first costs more than
      // counting its bytes.
      if (payload !== null) response.headers["content-length"] = String(typeof payload === "string" ? Buffer.byteLength(payload) : payload.byteLength);
      res.writeHead(response.status, response.headers);
      res.end(payload ?? undefined);
    } catch {
      if (res.destroyed || req.socket.destroyed) return;
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { msg: "Internal server error." } }));
    } finally {
      this.receiving.delete(req);
      if (this.responses.get(req.socket) === res) this.responses.delete(req.socket);
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

  /**
   * Stops accepting connections and closes idle ones; cuts requests whose body is still arriving
   * (a stalled upload would otherwise hold the server open); lets requests already being answered
   * finish for up to `graceMs`; then closes every connection left.
   */
  async close(options: CloseOptions = {}): Promise<void> {
    const graceMs = options.graceMs ?? 5_000;
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    for (const req of this.receiving) req.socket.destroy();
    if (this.inFlight > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
