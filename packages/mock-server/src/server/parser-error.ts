import { maxHeaderSize, STATUS_CODES } from "node:http";
import { ApiError } from "../engine/api-error.js";

/**
 * The bytes to answer a request node's HTTP parser refused (`clientError`): a complete HTTP/1.1
 * response with the live error body as JSON and `Connection: close`, instead of node's bare
 * status line. Null when nothing should be written (the peer already reset the connection).
 */
export function parserErrorResponse(error: NodeJS.ErrnoException): string | null {
  if (error.code === "ECONNRESET" || error.code === "EPIPE") return null;
  const apiError = describe(error);
  const body = JSON.stringify(apiError.body());
  return (
    `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status]}\r\n` +
    "Content-Type: application/json\r\n" +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    "Connection: close\r\n\r\n" +
    body
  );
}

function describe(error: NodeJS.ErrnoException): ApiError {
  // "Parse Error: Invalid header value char" → "Invalid header value char".
  const reason = error.message.replace(/^Parse Error:\s*/, "");
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return new ApiError(431, `Request header fields too large: the request line and headers must fit in ${maxHeaderSize} bytes (is a cursor or query string too long?).`, {
        headers: `Larger than ${maxHeaderSize} bytes.`,
      });
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return new ApiError(413, "Payload too large: chunk extensions are too long.", { body: "Chunk extensions too long." });
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new ApiError(408, "Request timeout: the request did not arrive in time.", { request: "Not received in time." });
    default: {
      const field = /header/i.test(error.code ?? "") || /header/i.test(reason) ? "headers" : "request";
      return new ApiError(400, `Malformed request: ${reason} (${error.code ?? "parse error"}).`, { [field]: `${reason}.` });
    }
  }
}
