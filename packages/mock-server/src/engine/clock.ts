/** Earliest time the mock clock shows: the API's datetimes start at the Unix epoch. */
export const CLOCK_MIN_MS = 0;
/** Latest time the mock clock shows: the API's datetimes have four-digit years. */
export const CLOCK_MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function checkInRange(target: number, what: () => string): void {
  if (!(target >= CLOCK_MIN_MS && target <= CLOCK_MAX_MS)) {
    throw new RangeError(`${what()} would put the mock clock outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.`);
  }
}

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

  /** Moves the clock forward (or back, with a negative value); the clock stays within years 1970 to 9999. */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`clock.advance(ms): ms must be a finite number, got ${ms}.`);
    checkInRange(this.now() + ms, () => `clock.advance(${ms})`);
    this.offsetMs += ms;
  }

  /** Jumps to a given time (years 1970 to 9999); the clock keeps running from there unless frozen. */
  set(time: Date | number): void {
    const target = typeof time === "number" ? time : time.getTime();
    if (!Number.isFinite(target)) throw new RangeError("clock.set(time): time is not a valid date.");
    checkInRange(target, () => `clock.set(${target})`);
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
  // Formatted before the cache changes: a time toISOString() refuses must not leave a stale pair.
  const text = `${new Date(ms).toISOString().slice(0, 23)}000+00:00`;
  lastMs = ms;
  lastText = text;
  return text;
}
