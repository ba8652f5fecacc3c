import type { ServerResponse } from "node:http";
import { sendJson, type Handler } from "./test-server.js";

/** What a fault handler saw of its responses. */
export interface FaultStats {
  /** Body bytes the server wrote (or handed to the socket). */
  bytesWritten: number;
  /** Responses whose connection closed before the server finished them: the client hung up. */
  aborted: number;
}

/** The start of a list envelope, then `{"id":1},` repeated: valid JSON so far, never finished. */
const ENVELOPE_START = Buffer.from('{"data":[');

/** `bytes` bytes of `{"id":1},` items, padded with spaces (valid between items), to go inside a list. */
function repeatedItems(bytes: number): Buffer {
  const item = '{"id":1},';
  return Buffer.from(item.repeat(Math.floor(bytes / item.length)) + " ".repeat(bytes % item.length));
}

function countAborts(response: ServerResponse, stats: FaultStats): void {
  response.on("close", () => {
    if (!response.writableFinished) stats.aborted += 1;
  });
}

/**
 * Answers 200 with a chunked JSON body that never ends. Flat out (writing whenever the socket
 * drains) by default; with `intervalMs`, one small chunk per interval (a trickle).
 */
export function endlessBody(options: { chunkBytes?: number; intervalMs?: number } = {}): { handler: Handler; stats: FaultStats } {
  const stats: FaultStats = { bytesWritten: 0, aborted: 0 };
  const chunk = repeatedItems(options.chunkBytes ?? 64 * 1024);
  const handler: Handler = (_req, res) => {
    let closed = false;
    res.on("close", () => (closed = true));
    countAborts(res, stats);
    res.writeHead(200, { "content-type": "application/json" });
    res.write(ENVELOPE_START);
    const pump = (): void => {
      while (!closed) {
        stats.bytesWritten += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
        if (options.intervalMs !== undefined) return void setTimeout(pump, options.intervalMs);
      }
    };
    pump();
  };
  return { handler, stats };
}

/** Answers 200 with a complete JSON list of `bytes` bytes, with or without a Content-Length. */
export function oversizedBody(bytes: number, options: { declareLength: boolean }): { handler: Handler; stats: FaultStats } {
  const stats: FaultStats = { bytesWritten: 0, aborted: 0 };
  const filler = repeatedItems(bytes - ENVELOPE_START.length - '{"id":1}]}'.length);
  const body = Buffer.concat([ENVELOPE_START, filler, Buffer.from('{"id":1}]}')]);
  const handler: Handler = (_req, res) => {
    countAborts(res, stats);
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (options.declareLength) headers["content-length"] = body.length;
    res.writeHead(200, headers);
    stats.bytesWritten += body.length;
    res.end(body);
  };
  return { handler, stats };
}

/**
 * The first `resets` requests get their headers and half of a declared body, then the socket is
 * destroyed (a connection reset mid-response); later ones get `body` whole.
 */
export function resetMidBody(resets: number, status: number, body: unknown): { handler: Handler; stats: FaultStats } {
  const stats: FaultStats = { bytesWritten: 0, aborted: 0 };
  let seen = 0;
  const handler: Handler = (_req, res) => {
    seen += 1;
    if (seen > resets) return sendJson(res, status, body);
    const text = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { "content-type": "application/json", "content-length": text.length });
    const half = text.subarray(0, Math.floor(text.length / 2));
    stats.bytesWritten += half.length;
    // Flush the headers and the half body before the reset, so the client is reading the body.
    res.write(half, () => setTimeout(() => res.socket?.destroy(), 20));
  };
  return { handler, stats };
}

/** `/api/tickets/1` and `/api/tickets/2` redirect to each other forever; other paths answer 200 `{ id: 1 }`. */
export function redirectLoop(status = 302): Handler {
  return (req, res) => {
    if (req.path.startsWith("/api/tickets/")) {
      res.writeHead(status, { location: req.path.endsWith("/1") ? "/api/tickets/2" : "/api/tickets/1" });
      return void res.end();
    }
    sendJson(res, 200, { id: 1 });
  };
}

/** One answer of a scripted token endpoint. */
export type TokenAnswer =
  | { readonly kind: "tokens"; readonly accessToken: string }
  | { readonly kind: "error"; readonly status: number; readonly error?: string }
  | { readonly kind: "reset" }
  | { readonly kind: "hang" };

/**
 * An API that accepts only the Bearer token `valid`, and a token endpoint at `/oauth/token` that
 * gives the scripted answers in order (the last one repeats). `stats.aborted` counts token
 * requests the client hung up on.
 */
export function scriptedTokenEndpoint(answers: readonly TokenAnswer[]): { handler: Handler; stats: FaultStats } {
  const stats: FaultStats = { bytesWritten: 0, aborted: 0 };
  let next = 0;
  const handler: Handler = (req, res) => {
    if (req.path === "/oauth/token") {
      countAborts(res, stats);
      const answer = answers[Math.min(next, answers.length - 1)]!;
      next += 1;
      switch (answer.kind) {
        case "tokens":
          return sendJson(res, 200, { access_token: answer.accessToken, refresh_token: "refresh-2", expires_in: 86400, token_type: "Bearer" });
        case "error":
          return sendJson(res, answer.status, answer.error ? { error: answer.error, error_description: "scripted" } : { error: { msg: "Unavailable." } });
        case "reset":
          return void res.socket?.destroy();
        case "hang":
          return;
      }
    }
    if (req.headers.authorization !== "Bearer valid") return sendJson(res, 401, { error: { msg: "Unauthorized." } });
    sendJson(res, 200, { data: [{ id: 1 }], meta: { prev_cursor: null, next_cursor: null }, object: "list", uri: "/api/tickets" });
  };
  return { handler, stats };
}
