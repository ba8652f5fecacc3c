import type { Deadline } from "./deadline.js";
import { ResponseTooLargeError, type CallContext } from "./errors.js";

/** The largest response body the client reads, unless `maxResponseBytes` says otherwise: 32 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const EMPTY = new Uint8Array(0);
const decoder = new TextDecoder();

/**
 * Reads a response body whole, but never more than `maxBytes` of it: past that, or when the deadline
 * passes, it cancels the stream (which closes the connection) so that an endless body costs bounded
 * memory and time. A body that declares a larger Content-Length is refused before reading.
 */
export async function readBody(response: Response, maxBytes: number, context: CallContext, deadline?: Deadline): Promise<Uint8Array<ArrayBuffer>> {
  const stream = response.body;
  if (stream === null) return EMPTY;
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await discard(response);
    throw new ResponseTooLargeError(context, maxBytes);
  }
  const reader = stream.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const read = reader.read();
    const { done, value } = await (deadline ? deadline.race(read, cancel) : read);
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      cancel();
      throw new ResponseTooLargeError(context, maxBytes);
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0]! : concat(chunks, size);
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[], size: number): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/** The body as text (UTF-8, a byte order mark dropped, as `Response.text()` does). */
export function bodyText(body: Uint8Array<ArrayBuffer>): string {
  return body.byteLength === 0 ? "" : decoder.decode(body);
}

/** Frees the connection of a response the client will not read. */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already consumed or closed: nothing to free.
  }
}
