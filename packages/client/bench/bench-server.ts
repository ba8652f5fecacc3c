import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface BenchServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 (port 0) answering with `handler`. */
export async function startBenchServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<BenchServer> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * The account's leaky bucket as a server enforces it: `limit` requests drain evenly over `windowMs`;
 * a request that does not fit is dropped with 429 and Retry-After (whole seconds).
 */
export class ServerBucket {
  private level = 0;
  private at = performance.now();
  rejected = 0;
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a request: null when it fits (then `used` is the header value), else the Retry-After seconds. */
  take(): { ok: true; used: number } | { ok: false; retryAfter: number } {
    const now = performance.now();
    this.level = Math.max(0, this.level - ((now - this.at) * this.limit) / this.windowMs);
    this.at = now;
    if (this.level + 1 > this.limit + 1e-9) {
      this.rejected += 1;
      const waitMs = ((this.level + 1 - this.limit) * this.windowMs) / this.limit;
      return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.level += 1;
    return { ok: true, used: Math.ceil(this.level) };
  }
}
