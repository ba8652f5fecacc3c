import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses one HTTP/1.1 response as bytes on the wire (Content-Length bodies only). */
export function parseRawResponse(raw: string): RawResponse {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) throw new Error(`No complete response head in ${JSON.stringify(raw.slice(0, 200))}`);
  const [statusLine, ...lines] = raw.slice(0, end).split("\r\n");
  const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine ?? "")?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: raw.slice(end + 4) };
}

/**
 * Sends raw bytes to a server over node:net and reads everything until the server closes the
 * connection; rejects after `guardMs` (a hang guard) if it never does.
 */
export function rawExchange(port: number, payload: string | Buffer, guardMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const guard = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The server kept the connection open for ${guardMs} ms; got ${JSON.stringify(Buffer.concat(chunks).toString("latin1").slice(0, 200))}`));
    }, guardMs);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error) => {
      // A reset after the answer arrived still counts: the answer is what the test reads.
      if (chunks.length === 0) {
        clearTimeout(guard);
        reject(error);
      }
    });
    socket.on("close", () => {
      clearTimeout(guard);
      resolve(Buffer.concat(chunks).toString("latin1"));
    });
    socket.write(payload);
  });
}
