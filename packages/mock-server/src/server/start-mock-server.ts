import { MockEngine, type IssueTokenOptions } from "../engine/mock-engine.js";
import type { MockClock } from "../engine/clock.js";
import type { DeliveryLog } from "../integrations/delivery.js";
import type { MockOptions } from "../options.js";
import type { StoreState } from "../store/store.js";
import { NodeTransport, type CloseOptions } from "./node-server.js";

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockOptions {
  /**
   * Port to listen on; 0 picks a free port (read it from `url`).
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default "127.0.0.1"
   */
  host?: string;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, such as `http://127.0.0.1:51234`; the API lives under `${url}/api`. */
  readonly url: string;
  /**
   * Closes the server and stops deliveries. Requests being answered finish (for up to
   * `graceMs`); a request whose body is still arriving is cut off, so a stalled upload cannot
   * hold the server open. The state stays readable with exportState().
   */
  stop(options?: CloseOptions): Promise<void>;
  /** Back to the seeded data and fixtures. */
  reset(): void;
  /** A Bearer token with these OAuth scopes (24 h on the mock clock unless `expiresInSeconds` says otherwise). */
  issueToken(scopes: readonly string[], options?: IssueTokenOptions): string;
  /** Every attempt to deliver an event to an HTTP integration; `await deliveries.settled()` waits for them. */
  readonly deliveries: DeliveryLog;
  /** The mock clock: `clock.advance(ms)` moves token expiry and the rate limiter forward. */
  readonly clock: MockClock;
  /** A snapshot of the whole store. */
  exportState(): StoreState;
  /** Replaces the store with a snapshot from exportState(). */
  importState(state: StoreState): void;
  /** The engine behind the server, shared with any MSW handlers created from it. */
  readonly engine: MockEngine;
}

/**
 * Starts the mock Gorgias API on a local port.
 *
 * @example
 * const mock = await startMockServer();
 * const res = await fetch(`${mock.url}/api/tickets/1`, { headers: { authorization: `Basic ${btoa("admin@example.com:mock-api-key")}` } });
 * await mock.stop();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", ...engineOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`port must be an integer from 0 to 65535, got ${String(port)}.`);
  const engine = new MockEngine(engineOptions);
  const transport = new NodeTransport(engine);
  const address = await transport.listen(port, host);
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let stopped: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${address.port}`,
    stop: (stopOptions) => {
      stopped ??= transport.close(stopOptions).then(() => engine.close());
      return stopped;
    },
    reset: () => engine.reset(),
    issueToken: (scopes, tokenOptions) => engine.issueToken(scopes, tokenOptions),
    deliveries: engine.deliveries,
    clock: engine.clock,
    exportState: () => engine.exportState(),
    importState: (state) => engine.importState(state),
    engine,
  };
}
