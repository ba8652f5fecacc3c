import { ApiError, invalid } from "./api-error.js";

/** One file of a multipart upload. */
export interface UploadedPart {
  /** The form field's name: the API labels the file with it. */
  readonly label: string;
  /** The part's file name, when it gives one. */
  readonly filename: string | null;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const CRLF_CRLF = Buffer.from("\r\n\r\n");
const decoder = new TextDecoder();

/**
 * Reads a `multipart/form-data` upload with the API's limits: 413 over the size limit (checked
 * first, as for JSON bodies), 415 for another content type or one without a boundary, 400 for a
 * body that is not a well-formed form or holds no file.
 */
export function parseMultipartBody(raw: Uint8Array, contentType: string | undefined, maxBytes: number, truncated: boolean): UploadedPart[] {
  if (truncated || raw.byteLength > maxBytes) {
    throw new ApiError(413, `Payload too large: the upload is over the ${maxBytes}-byte limit.`, { body: `At most ${maxBytes} bytes.` });
  }
  const boundary = boundaryOf(contentType);
  if (boundary === null) {
    throw new ApiError(415, `Unsupported content type ${JSON.stringify(contentType ?? "(none)")}: send the files as multipart/form-data.`, {
      "content-type": "Expected multipart/form-data with a boundary.",
    });
  }
  const body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const malformed = (why: string) => invalid({ body: `Not a well-formed multipart/form-data body: ${why}.` });
  let at = body.indexOf(delimiter);
  if (at < 0) throw malformed("the boundary never appears");
  const parts: UploadedPart[] = [];
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === "--") break;
    if (body.subarray(at, at + 2).toString() !== "\r\n") throw malformed("a boundary is not followed by a line break");
    const headersEnd = body.indexOf(CRLF_CRLF, at + 2);
    if (headersEnd < 0) throw malformed("a part's headers never end");
    const headers = partHeaders(decoder.decode(body.subarray(at + 2, headersEnd)));
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4);
    if (next < 0) throw malformed("the last part is not closed by the boundary");
    const disposition = headers.get("content-disposition") ?? "";
    const label = parameterOf(disposition, "name");
    if (!/^form-data\b/i.test(disposition) || label === null || label === "") throw malformed("a part has no form field name");
    parts.push({
      label,
      filename: parameterOf(disposition, "filename"),
      contentType: headers.get("content-type") ?? "application/octet-stream",
      bytes: new Uint8Array(body.subarray(headersEnd + 4, next)),
    });
    at = next + 2;
  }
  if (parts.length === 0) throw invalid({ body: "An upload needs at least one file." });
  return parts;
}

function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || contentType.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") return null;
  const boundary = parameterOf(contentType, "boundary");
  return boundary && boundary.length <= 70 ? boundary : null;
}

function partHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** A parameter of a header value (`name="x"` or `boundary=x`), with a browser's percent-escapes of quotes and line breaks undone. */
function parameterOf(header: string, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}=(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header);
  if (!match) return null;
  const value = match[1] ?? match[2] ?? "";
  return value.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}
