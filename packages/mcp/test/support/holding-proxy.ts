import { createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault-injecting proxy in front of the mock API: it holds one chosen request until released. */
export interface HoldingProxy {
  /** The proxy's origin, to use as the API's base URL. */
  readonly url: string;
  /** Resolves when the held request has fully arrived (the API has it, but has not answered yet). */
  readonly arrived: Promise<void>;
  /** Lets the held request through to the API, as if the API answered it only now. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Forwards every request to `target`; the first one `hold` picks waits for `release()` before it
 * reaches the API. Once released it is always delivered, even if its client has gone: a real API
 * that has received a whole request applies it.
 */
export async function startHoldingProxy(target: string, hold: (req: IncomingMessage) => boolean): Promise<HoldingProxy> {
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const upstream = new URL(target);
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!held && hold(req)) {
      held = true;
      arrive();
      await released;
    }
    const forwarded = request(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        if (res.destroyed) return void answer.resume();
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.once("error", () => res.destroy());
    forwarded.end(Buffer.concat(chunks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    release,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
