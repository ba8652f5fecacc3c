import type { Clock } from "./clock.js";

/** The account's rate-limit usage as the client currently sees it. */
export interface RateLimitUsage {
  /** Requests in the bucket: the client's own, raised to what the API reports (other integrations count too). */
  readonly used: number;
  /** Bucket size: requests allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Calls waiting for room in the bucket. */
  readonly queued: number;
  /** Milliseconds until a 429's Retry-After ends; 0 when not paused. */
  readonly pausedForMs: number;
  /** The last `X-Gorgias-Account-Api-Call-Limit` value seen, or null. */
  readonly lastReported: { readonly used: number; readonly limit: number } | null;
}

export type RateLimitListener = (usage: RateLimitUsage) => void;

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * Client-side mirror of the account's leaky bucket: `limit` requests drain evenly over `windowMs`.
 * A call takes room when there is some, otherwise waits in FIFO order. Usage headers from the API
 * raise the level (the bucket is shared with other integrations) and a 429 pauses everything for
 * its Retry-After.
 */
export class RateLimiter {
  private level = 0;
  private leakedAt: number;
  private pausedUntil = 0;
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private lastReported: { used: number; limit: number } | null = null;
  private readonly listeners = new Set<RateLimitListener>();

  /**
   * @param marginMs headroom kept when calls queue (and added to a 429's pause), so that queued requests
   *   reach the server after its bucket drained even when latency varies. It shifts the queue once by this
   *   much; the pace stays one request per drained slot.
   */
  constructor(
    private limit: number,
    private readonly windowMs: number,
    private readonly marginMs: number,
    private readonly clock: Clock,
  ) {
    this.leakedAt = clock.now();
  }

  /** Takes room for one request if there is some now and nobody is waiting. */
  tryAcquire(): boolean {
    if (this.queue.length > 0 || this.waitMs(false) > 0) return false;
    this.level += 1;
    return true;
  }

  /** Resolves when room for one request was taken, in FIFO order; rejects when the signal aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      void this.pump();
    });
  }

  /**
   * Reads `X-Gorgias-Account-Api-Call-Limit` (`used/limit`) from a response to a request sent at `sentAt`:
   * adopts the limit, and raises the level to `used` less what can have drained since the server counted it.
   */
  observe(header: string | null, sentAt: number): void {
    if (!header) return;
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(header);
    if (!match) return;
    const used = Number(match[1]);
    const limit = Number(match[2]);
    this.leak();
    if (limit > 0) this.limit = limit;
    const atLeast = used - (Math.max(0, this.leakedAt - sentAt) * this.limit) / this.windowMs;
    if (atLeast > this.level) this.level = atLeast;
    this.lastReported = { used, limit };
    this.emit();
  }

  /** A 429: the bucket is full and nothing may be sent for `ms`. */
  pause(ms: number): void {
    this.leak();
    this.level = Math.max(this.level, this.limit);
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms + this.marginMs);
    this.emit();
  }

  usage(): RateLimitUsage {
    this.leak();
    return {
      used: Math.round(this.level * 100) / 100,
      limit: this.limit,
      windowMs: this.windowMs,
      queued: this.queue.length,
      pausedForMs: Math.max(0, this.pausedUntil - this.clock.now()),
      lastReported: this.lastReported,
    };
  }

  subscribe(listener: RateLimitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const usage = this.usage();
    for (const listener of this.listeners) listener(usage);
  }

  private leak(): void {
    const now = this.clock.now();
    this.level = Math.max(0, this.level - ((now - this.leakedAt) * this.limit) / this.windowMs);
    this.leakedAt = now;
  }

  /**
   * How long until one more request fits. A queued request waits for the margin's worth of headroom
   * too: the server's bucket drains on its own clock, offset by latency.
   */
  private waitMs(queued: boolean): number {
    this.leak();
    const paused = this.pausedUntil - this.leakedAt;
    const headroom = queued ? (this.marginMs * this.limit) / this.windowMs : 0;
    const excess = this.level - Math.max(0, this.limit - 1 - headroom);
    return Math.max(paused, excess > 1e-9 ? (excess * this.windowMs) / this.limit : 0);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const wait = this.waitMs(true);
        if (wait > 0) {
          await this.clock.sleep(wait);
          continue;
        }
        const waiter = this.queue.shift()!;
        if (waiter.onAbort) waiter.signal!.removeEventListener("abort", waiter.onAbort);
        this.level += 1;
        waiter.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
}
