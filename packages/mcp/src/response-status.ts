import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Records the HTTP status of the last response a call received, for the audit log: the client
 * resolves with the body only. Each tool call runs in its own async context, so concurrent calls
 * never see each other's status.
 */
export class ResponseStatusRecorder {
  private readonly context = new AsyncLocalStorage<{ status: number | null }>();

  /** A fetch that notes each response's status in the current call's context. */
  wrap(inner?: typeof fetch): typeof fetch {
    return async (input, init) => {
      const response = await (inner ?? globalThis.fetch)(input, init);
      const store = this.context.getStore();
      if (store) store.status = response.status;
      return response;
    };
  }

  /** Runs `fn` in a fresh context; `status()` inside it reads the last response status. */
  track<T>(fn: () => Promise<T>): Promise<T> {
    return this.context.run({ status: null }, fn);
  }

  /** The status of the last response in the current context, or null. */
  status(): number | null {
    return this.context.getStore()?.status ?? null;
  }
}
