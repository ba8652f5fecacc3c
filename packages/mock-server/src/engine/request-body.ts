import { ApiError } from "./api-error.js";
import { inspectJson, PROTOTYPE_KEY_PROBLEM } from "./json-walk.js";

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Whether a Content-Type header names JSON (`application/json`, `application/merge-patch+json`, with parameters). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = header.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * Reads a JSON request body with the API's limits: 413 over the size limit, 415 for another
 * content type, 400 for malformed JSON, nesting deeper than the depth limit, or a key that would
 * reach a prototype (`__proto__`, `constructor`, `prototype`).
 */
export function parseJsonBody(raw: Uint8Array, contentType: string | undefined, limits: BodyLimits, truncated: boolean): unknown {
  if (truncated || raw.byteLength > limits.maxBytes) {
    throw new ApiError(413, `Payload too large: the body is over the ${limits.maxBytes}-byte limit.`, { body: `At most ${limits.maxBytes} bytes.` });
  }
  if (!isJsonContentType(contentType)) {
    throw new ApiError(415, `Unsupported content type ${JSON.stringify(contentType ?? "(none)")}: send the body as application/json.`, {
      "content-type": "Expected application/json.",
    });
  }
  let text: string;
  try {
    text = decoder.decode(raw);
  } catch {
    throw new ApiError(400, "Malformed body: it is not valid UTF-8.", { body: "Not valid UTF-8." });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, `Malformed JSON body: ${(error as Error).message}`, { body: "Not valid JSON." });
  }
  const shape = inspectJson(value, limits.maxDepth);
  if (shape.depth > limits.maxDepth) {
    throw new ApiError(400, `Body nested too deeply: at most ${limits.maxDepth} levels of objects and arrays.`, { body: `Nested deeper than ${limits.maxDepth} levels.` });
  }
  if (shape.prototypeKeyPath !== null) {
    throw new ApiError(400, `Invalid request: ${shape.prototypeKeyPath}: ${PROTOTYPE_KEY_PROBLEM}`, { [shape.prototypeKeyPath]: PROTOTYPE_KEY_PROBLEM });
  }
  return value;
}
