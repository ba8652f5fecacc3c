import { randomBytes } from "node:crypto";
import { InvalidRequestError } from "./errors.js";

/**
 * The bytes of one uploaded file: a `Blob` (or `File`), a `Buffer` or other `Uint8Array`, an
 * `ArrayBuffer`, a string (sent as UTF-8), a web `ReadableStream`, or any async iterable of chunks
 * (a Node `Readable` such as `fs.createReadStream(path)`).
 */
export type UploadData = Blob | Uint8Array | ArrayBuffer | string | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** One uploaded file with the name and media type to send for it. */
export interface UploadFile {
  readonly data: UploadData;
  /**
   * The file name the part carries.
   * @default the name of a `File`, else the part's label
   */
  readonly filename?: string;
  /**
   * The media type the part carries.
   * @default the `type` of a `Blob`, else `application/octet-stream`
   */
  readonly contentType?: string;
}

/** A file to upload: its bytes alone, or with a file name and media type. */
export type UploadPart = UploadData | UploadFile;

/**
 * The body of a multipart operation (`files.upload`): one file per form field. The API labels each
 * file with its field's name, so the keys are the labels (`{ "invoice.pdf": blob }`).
 */
export type MultipartBody = { readonly [label: string]: UploadPart };

/** A multipart body ready for fetch. */
export interface EncodedMultipart {
  /** A `Blob` when every part is in memory or a Blob; a stream (sent once, `duplex: "half"`) when a part is a stream. */
  readonly body: Blob | ReadableStream<Uint8Array>;
  /** `multipart/form-data` with its boundary. */
  readonly contentType: string;
}

type Piece = string | Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

const encoder = new TextEncoder();

/**
 * Encodes files as `multipart/form-data`. Parts that are in memory or Blobs become one Blob (a Blob
 * part is not read until fetch sends it); when a part is a stream the body is a stream too, read
 * chunk by chunk as fetch sends it, so a large file is never held whole. A part that is not one of
 * the accepted kinds is refused before anything is sent, naming its label.
 */
export function encodeMultipart(where: string, body: unknown): EncodedMultipart {
  if (body === null || typeof body !== "object" || Array.isArray(body) || isUploadData(body)) {
    throw new InvalidRequestError(`${where}: \`body\` must be an object of files by label, such as { "invoice.pdf": blob }. Nothing was sent.`);
  }
  const labels = Object.keys(body);
  if (labels.length === 0) throw new InvalidRequestError(`${where}: \`body\` holds no file; give at least one, by label. Nothing was sent.`);
  const boundary = `gorgias-kit-${randomBytes(16).toString("hex")}`;
  const pieces: Piece[] = [];
  let streamed = false;
  for (const label of labels) {
    const part = partOf(where, label, (body as Record<string, unknown>)[label]);
    streamed ||= isStream(part.data);
    pieces.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(label)}"; filename="${escapeQuoted(part.filename)}"\r\nContent-Type: ${part.contentType}\r\n\r\n`,
      part.data,
      "\r\n",
    );
  }
  pieces.push(`--${boundary}--\r\n`);
  const contentType = `multipart/form-data; boundary=${boundary}`;
  if (!streamed) return { body: new Blob(pieces.filter(isBlobPart).map(blobPartOf)), contentType };
  return { body: streamOf(pieces), contentType };
}

interface ResolvedPart {
  data: UploadData;
  filename: string;
  contentType: string;
}

function partOf(where: string, label: string, value: unknown): ResolvedPart {
  if (label === "") throw new InvalidRequestError(`${where}: a file's label (its key in \`body\`) must not be empty. Nothing was sent.`);
  const file = isUploadData(value) ? { data: value } : value;
  if (file === null || typeof file !== "object" || !("data" in file) || !isUploadData(file.data)) {
    throw new InvalidRequestError(
      `${where}: body["${label}"] must be a Blob, a Buffer or Uint8Array, an ArrayBuffer, a string, a ReadableStream or an async iterable of chunks, or { data, filename?, contentType? } holding one. Nothing was sent.`,
    );
  }
  const named = file as UploadFile;
  for (const key of ["filename", "contentType"] as const) {
    const text = named[key];
    if (text !== undefined && (typeof text !== "string" || text === "" || /[\r\n]/.test(text))) {
      throw new InvalidRequestError(`${where}: body["${label}"].${key} must be a non-empty string on one line. Nothing was sent.`);
    }
  }
  const data = named.data;
  const blobType = data instanceof Blob && data.type !== "" ? data.type : undefined;
  const fileName = typeof File !== "undefined" && data instanceof File && data.name !== "" ? data.name : undefined;
  return { data, filename: named.filename ?? fileName ?? label, contentType: named.contentType ?? blobType ?? "application/octet-stream" };
}

function isUploadData(value: unknown): value is UploadData {
  return typeof value === "string" || value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isStream(value);
}

function isStream(value: unknown): value is ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> {
  return value instanceof ReadableStream || (typeof value === "object" && value !== null && Symbol.asyncIterator in value);
}

function isBlobPart(piece: Piece): piece is string | Blob | Uint8Array | ArrayBuffer {
  return !isStream(piece);
}

/** A piece as a Blob part: bytes over a SharedArrayBuffer are copied, as a Blob cannot hold them. */
function blobPartOf(piece: string | Blob | Uint8Array | ArrayBuffer): BlobPart {
  if (!(piece instanceof Uint8Array) || isOverArrayBuffer(piece)) return piece;
  return new Uint8Array(piece);
}

function isOverArrayBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}

/** A name inside a quoted header parameter, as browsers write it: quote and line breaks percent-encoded. */
function escapeQuoted(text: string): string {
  return text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The pieces as one byte stream, each read only when fetch asks for more. */
function streamOf(pieces: readonly Piece[]): ReadableStream<Uint8Array> {
  const chunks = chunksOf(pieces);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* chunksOf(pieces: readonly Piece[]): AsyncGenerator<Uint8Array, void, undefined> {
  for (const piece of pieces) {
    if (typeof piece === "string") yield encoder.encode(piece);
    else if (piece instanceof Uint8Array) yield piece;
    else if (piece instanceof ArrayBuffer) yield new Uint8Array(piece);
    else if (piece instanceof Blob) yield* readStream(piece.stream());
    else if (piece instanceof ReadableStream) yield* readStream(piece);
    else for await (const chunk of piece) yield typeof chunk === "string" ? encoder.encode(chunk) : chunk;
  }
}

async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
