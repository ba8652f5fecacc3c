import type { Deadline } from "./deadline.js";
import { GorgiasError, NetworkError, type CallContext } from "./errors.js";

/**
 * The body of an operation that answers with a file rather than JSON (a statistic's CSV export),
 * read chunk by chunk as it arrives: never buffered whole, so `maxResponseBytes` does not bound it.
 * Each read is bounded by the call's deadline and abort signal; past either, or when the reader
 * cancels or stops iterating early, the connection is closed. Iterate it with `for await`, or read
 * it as any web `ReadableStream` (`getReader()`, `pipeTo()`, `new Response(stream).text()`).
 */
export class ResponseStream extends ReadableStream<Uint8Array> implements AsyncIterable<Uint8Array> {
  constructor(source: ReadableStream<Uint8Array>, deadline: Deadline, context: CallContext) {
    const reader = source.getReader();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      deadline.clear();
    };
    const cancel = () => void reader.cancel().catch(() => undefined);
    super({
      async pull(controller) {
        try {
          const { done, value } = await deadline.race(reader.read(), cancel);
          if (done) {
            finish();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          finish();
          controller.error(streamError(error, deadline, context));
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason).catch(() => undefined);
      },
    });
  }

  /** Chunks as they arrive; leaving the loop early cancels the rest of the body. */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array, undefined> {
    const reader = this.getReader();
    let done = false;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          done = true;
          return undefined;
        }
        yield next.value;
      }
    } finally {
      if (!done) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
}

/** What a failed read becomes: the caller's abort reason, the deadline error, or a network error. */
function streamError(error: unknown, deadline: Deadline, context: CallContext): unknown {
  try {
    deadline.throwIfAborted();
  } catch (stop) {
    return stop;
  }
  if (error instanceof GorgiasError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError(context, reason, { cause: error, whileReadingBody: true });
}
