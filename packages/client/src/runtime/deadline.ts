import type { Clock } from "./clock.js";
import { DeadlineExceededError, type CallContext } from "./errors.js";

/**
 * One call's total deadline and the caller's signal. The request itself gets only the caller's
 * signal; the deadline races each step instead (a per-call AbortController on fetch is measurably
 * slow), and tells the step it beat to let go of what it holds (drain a late response, cancel a body
 * being read). Waits get a signal that ends with either.
 */
export class Deadline {
  private readonly endsAt: number;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private expiredError: DeadlineExceededError | null = null;
  private expired: Promise<never> | undefined;
  private rejectExpired: ((error: DeadlineExceededError) => void) | undefined;
  private abandon: (() => void) | undefined;
  private controller: AbortController | undefined;
  private onCallerAbort: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly deadlineMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly context: CallContext,
  ) {
    this.endsAt = clock.now() + deadlineMs;
    if (Number.isFinite(deadlineMs)) this.timer = setTimeout(() => this.expire(), deadlineMs);
  }

  private expire(): void {
    this.expiredError = new DeadlineExceededError(this.context, this.deadlineMs);
    this.rejectExpired?.(this.expiredError);
    this.controller?.abort(this.expiredError);
    this.abandon?.();
  }

  /**
   * Settles with `step`, or rejects when the deadline passes first; `abandon` then frees what the
   * step holds. A step shared with other calls (a token refresh) is raced without one.
   */
  race<T>(step: Promise<T>, abandon?: () => void): Promise<T> {
    if (this.timer === undefined) return step;
    if (this.expiredError) {
      abandon?.();
      return Promise.reject(this.expiredError);
    }
    this.abandon = abandon;
    if (!this.expired) {
      this.expired = new Promise<never>((_, reject) => {
        this.rejectExpired = reject;
      });
      this.expired.catch(() => undefined);
    }
    return Promise.race([step, this.expired]);
  }

  /**
   * Waits for a step shared with other calls (a token refresh): this call stops waiting when its own
   * signal aborts or its deadline passes, while the step goes on for the calls still waiting.
   */
  shared<T>(step: Promise<T>): Promise<T> {
    if (!this.callerSignal) return this.guard(this.race(step));
    const signal = this.waitSignal();
    return this.guard(
      new Promise<T>((resolve, reject) => {
        const stop = () => reject(signal.reason);
        if (signal.aborted) return stop();
        signal.addEventListener("abort", stop, { once: true });
        step.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
      }),
    );
  }

  /** A signal for waits (rate limit, backoff): aborted by the caller's signal or the deadline. */
  waitSignal(): AbortSignal {
    if (!this.controller) {
      const controller = new AbortController();
      this.controller = controller;
      if (this.expiredError) controller.abort(this.expiredError);
      const caller = this.callerSignal;
      if (caller?.aborted) controller.abort(caller.reason);
      else if (caller) {
        this.onCallerAbort = () => controller.abort(caller.reason);
        caller.addEventListener("abort", this.onCallerAbort, { once: true });
      }
    }
    return this.controller.signal;
  }

  /** Whether waiting `ms` more still ends before the deadline. */
  allows(ms: number): boolean {
    return this.clock.now() + ms < this.endsAt;
  }

  throwIfAborted(): void {
    if (this.callerSignal?.aborted) throw this.callerSignal.reason;
    if (this.expiredError) throw this.expiredError;
    if (this.clock.now() >= this.endsAt) throw new DeadlineExceededError(this.context, this.deadlineMs);
  }

  /** Awaits a wait, turning an abort into the caller's reason or the deadline error. */
  async guard<T>(promise: Promise<T>): Promise<T> {
    try {
      const value = await promise;
      this.throwIfAborted();
      return value;
    } catch (error) {
      if (this.callerSignal?.aborted) throw this.callerSignal.reason;
      if (this.expiredError) throw this.expiredError;
      throw error;
    }
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal!.removeEventListener("abort", this.onCallerAbort);
  }
}
