import { connect, type Socket } from "node:net";
import { basic } from "./http.js";

export interface StalledRequest {
  socket: Socket;
  /** Resolves when the server closes the connection. */
  closed: Promise<void>;
}

/**
 * Opens a connection and sends the headers and the first bytes of a POST body that promises
 * 1,000 bytes, then keeps the socket open without sending the rest: an upload that stalls.
 */
export async function openStalledRequest(port: number): Promise<StalledRequest> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  // The server closing the connection is what these tests wait for; its reset is not an error here.
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(
    "POST /api/tags HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n" +
      `Authorization: ${basic()}\r\n\r\n{"name": "never-fin`,
  );
  return { socket, closed };
}

/** Resolves with `value` after `ms`, for hang guards raced against an outcome. */
export function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}
