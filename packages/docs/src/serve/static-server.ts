import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** Port; 0 picks a free one. @default 4173 */
  port?: number;
  /** Interface to bind. @default "127.0.0.1" */
  host?: string;
}

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Whether a request path names a dotfile or dot folder, as sirv would decode it (its `dev` mode serves them). */
function isDotPath(url: string): boolean {
  const pathname = url.split("?")[0]!;
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // sirv keeps a malformed path as it is, and so does this check.
  }
  return /(^|\/)\./.test(decoded);
}

/**
 * Serves the built site with sirv on `node:http`: GET and HEAD only, folders serve their
 * index.html, nothing outside root and no dotfile, no directory listings, no logging. sirv runs in its `dev` mode
 * so that a site rebuilt while it serves is read afresh (its other mode caches sizes at start).
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const serve = sirv(options.root, {
    dev: true,
    etag: true,
    setHeaders: (response) => response.setHeader("X-Content-Type-Options", "nosniff"),
  });
  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
      return;
    }
    if (isDotPath(request.url ?? "/")) {
      response.writeHead(404).end();
      return;
    }
    serve(request, response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4173, options.host ?? "127.0.0.1", () => resolveListen());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
