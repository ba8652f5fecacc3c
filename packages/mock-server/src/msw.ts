import { http, HttpResponse, type HttpHandler } from "msw";
import { MockEngine } from "./engine/mock-engine.js";
import type { MockResponse } from "./engine/http-types.js";
import type { MockOptions } from "./options.js";

/** Options of {@link createHandlers}. */
export interface MockHandlersOptions extends MockOptions {
  /**
   * Origin of the account the handlers answer for; every request to it goes to the mock.
   * @default "https://acme.gorgias.com"
   */
  baseUrl?: string;
  /**
   * An engine to share (for example with a `startMockServer` instance, or to call `reset()`
   * and `issueToken()` in tests); the other engine options are ignored when it is given.
   * @default a new MockEngine built from these options
   */
  engine?: MockEngine;
}

/**
 * MSW handlers backed by the same engine as the mock server, for in-process tests:
 * `setupServer(...createHandlers())`.
 */
export function createHandlers(options: MockHandlersOptions = {}): HttpHandler[] {
  const { baseUrl = "https://acme.gorgias.com", engine: shared, ...engineOptions } = options;
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL such as https://acme.gorgias.com, got ${JSON.stringify(baseUrl)}.`);
  }
  const engine = shared ?? new MockEngine(engineOptions);
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const limit = engine.bodyLimitFor(url.pathname);
      const raw = request.body ? new Uint8Array(await request.arrayBuffer()) : null;
      const truncated = raw !== null && raw.byteLength > limit;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const response = await engine.handle({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        headers,
        body: truncated ? null : raw,
        bodyTruncated: truncated,
        // The engine builds absolute URLs (an upload's file URL) on it; fetch keeps the Host header to itself.
        origin: url.origin,
      });
      return new HttpResponse(bodyOf(response), { status: response.status, headers: response.headers });
    }),
  ];
}

/** A response's body for a web Response: its text, its bytes, or its chunks as a stream. */
function bodyOf(response: MockResponse): BodyInit | null {
  if (response.stream) {
    const iterator = response.stream[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
  if (response.bytes) return new Blob([new Uint8Array(response.bytes)]);
  return response.body;
}

export { MockEngine };
