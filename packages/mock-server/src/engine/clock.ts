/**
 * The mock's clock. It follows the wall clock plus an offset that tests move forward, so token
 * expiry and the rate limiter's leak can be tested without waiting.
 */
export class MockClock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  /** Milliseconds since the epoch, as the mock sees them. */
  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offsetMs;
  }

  /** The current mock time as the API writes datetimes: `2024-02-14T21:49:40.308000+00:00`. */
  isoNow(): string {
    return formatDatetime(this.now());
  }

  /** Moves the clock forward (or back, with a negative value). */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`clock.advance(ms): ms must be a finite number, got ${ms}.`);
    this.offsetMs += ms;
  }

  /** Jumps to a given time; the clock keeps running from there unless frozen. */
  set(time: Date | number): void {
    const target = typeof time === "number" ? time : time.getTime();
    if (!Number.isFinite(target)) throw new RangeError("clock.set(time): time is not a valid date.");
    this.offsetMs = target - (this.frozenAt ?? Date.now());
  }

  /** Stops the clock at its current time; only advance() and set() move it then. */
  freeze(): void {
    if (this.frozenAt !== null) return;
    const now = this.now();
    this.frozenAt = now;
    this.offsetMs = 0;
  }

  /** Lets a frozen clock follow the wall clock again, from where it stands. */
  unfreeze(): void {
    if (this.frozenAt === null) return;
    const now = this.now();
    this.frozenAt = null;
    this.offsetMs = now - Date.now();
  }
}

let lastMs = Number.NaN;
let lastText = "";

/** ISO 8601 with microseconds and an explicit UTC offset, the live API's datetime format. */
export function formatDatetime(ms: number): string {
  // Many requests land in the same millisecond; reuse the text.
  if (ms === lastMs) return lastText;
  lastMs = ms;
  lastText = `${new Date(ms).toISOString().slice(0, 23)}000+00:00`;
  return lastText;
}
