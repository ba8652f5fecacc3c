import type { Clock } from "../../src/index.js";

/**
 * A clock whose sleeps return at once and move virtual time forward, so rate-limit waits and
 * Retry-After are fast and exactly observable. `sleeps` records every requested wait.
 */
export class VirtualClock implements Clock {
  private time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    // Yield to the event loop first so other calls and sockets make progress, as in real time.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw signal.reason;
    this.time += Math.max(0, ms);
  }

  /** Moves time forward without a sleep (time passing between calls). */
  advance(ms: number): void {
    this.time += ms;
  }
}
