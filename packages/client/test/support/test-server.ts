import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the test server received it. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export type Handler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[];
  /** Requests received for a path (query ignored). */
  count(method: string, path: string): number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (port 0) that records requests and answers with `handler`. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const received: ReceivedRequest = {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(received);
      Promise.resolve(handler(received, res)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 599, { error: { msg: `test handler failed: ${String(error)}` } });
      });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers JSON with a status and extra headers. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** A list envelope page as the API returns it. */
export function listPage<T>(data: T[], nextCursor: string | null, uri = "/api/tickets"): unknown {
  return { data, meta: { prev_cursor: null, next_cursor: nextCursor }, object: "list", uri };
}

/** A page of a view's items: its neighbours are relative URLs (`meta.next_items`), not cursors. */
export function viewItemsPage<T>(data: T[], nextItems: string | null, currentCursor: string | null = null): unknown {
  return { data, meta: { current_cursor: currentCursor, next_items: nextItems, prev_items: null }, object: "list", uri: "/api/views/7/items" };
}

export const API_KEY_AUTH = { type: "apiKey", email: "agent@example.com", apiKey: "key-5f2b9c7e1a3d" } as const;
