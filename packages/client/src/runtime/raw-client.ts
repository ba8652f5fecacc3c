import { createQuerySerializer, type Client, type ParseAs, type QuerySerializerOptions } from "openapi-fetch";
import { operations, type OperationEntry } from "@gorgias-kit/spec/operations";
import type { paths } from "@gorgias-kit/spec/types";
import { bodyText } from "./body-reader.js";
import { BufferedResponse } from "./buffered-response.js";
import { InvalidRequestError, InvalidResponseError } from "./errors.js";
import type { Redactor } from "./redactor.js";
import { addHeader, fillPath, serializeQuery } from "./request-parts.js";
import type { OutgoingRequest, RequestSender, SendResult } from "./request-sender.js";

/**
 * The typed raw client, `client.GET("/api/tickets/{id}", { params: { path: { id } } })`, with
 * openapi-fetch's types and results (`{ data, error, response }`). Its calls share the client's auth,
 * rate limit, retries and deadline. Middleware (`use`) has no place here: the client does that work.
 */
export type RawClient = Omit<Client<paths>, "use" | "eject">;

type RawMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
const METHODS: readonly RawMethod[] = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;

/** The options of a raw call that the client reads; openapi-fetch's types check them per path. */
interface RawInit {
  readonly params?: { readonly path?: Record<string, unknown>; readonly query?: Record<string, unknown>; readonly header?: Record<string, HeaderValue> };
  readonly body?: unknown;
  readonly headers?: HeadersInit | Record<string, HeaderValue>;
  readonly signal?: AbortSignal | null;
  readonly parseAs?: ParseAs;
  readonly querySerializer?: ((query: Record<string, unknown>) => string) | QuerySerializerOptions;
  readonly bodySerializer?: (body: unknown, headers?: Record<string, string>) => BodyInit;
  readonly baseUrl?: string;
  readonly fetch?: unknown;
  readonly middleware?: unknown;
}

type RawResult = { data: unknown; response: Response } | { error: unknown; response: Response };

const operationByRoute = new Map<string, OperationEntry>(operations.map((op) => [`${op.method} ${op.path}`, op]));

/**
 * Builds the raw client on the same request path as the resource methods: the call becomes one
 * `OutgoingRequest` (path filled and query serialised by the shared helpers), which the sender sends;
 * no `Request` object is built only to be taken apart again.
 */
export function createRawClient(sender: RequestSender, origin: string, redactor: Redactor): RawClient {
  const call = async (method: RawMethod, schemaPath: string, init: RawInit = {}): Promise<RawResult> => {
    const request = describeRaw(origin, method, schemaPath, init);
    const result = await sender.send(request);
    return resultOf(request, result, redactor, init.parseAs ?? "json");
  };
  const client: Record<string, unknown> = {
    request: (method: string, url: string, init?: RawInit) => {
      const upper = METHODS.find((m) => m === method.toUpperCase());
      return upper ? call(upper, url, init) : Promise.reject(new InvalidRequestError(`${method} is not an HTTP method the API takes. Nothing was sent.`));
    },
  };
  for (const method of METHODS) client[method] = (url: string, init?: RawInit) => call(method, url, init);
  // The implementation is untyped by path, like openapi-fetch's own; the declared type checks every call.
  return client as unknown as RawClient;
}

function describeRaw(origin: string, method: RawMethod, schemaPath: string, init: RawInit): OutgoingRequest {
  const op = operationByRoute.get(`${method} ${schemaPath}`) ?? null;
  const where = op ? op.id : `${method} ${schemaPath}`;
  for (const option of ["baseUrl", "fetch", "middleware"] as const) {
    if (init[option] !== undefined) throw new InvalidRequestError(`${where}: the \`${option}\` option is not supported by the Gorgias client's raw calls (set \`baseUrl\` and \`fetch\` on the client). Nothing was sent.`);
  }
  const names = op ? op.pathParams : [...schemaPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const path = fillPath(where, schemaPath, names, init.params?.path);
  const query = init.params?.query;
  const serialize = typeof init.querySerializer === "function" ? init.querySerializer : init.querySerializer ? createQuerySerializer(init.querySerializer) : serializeQuery;
  const search = query ? serialize(query).replace(/^\?/, "") : "";
  const headers: Record<string, string> = { accept: "application/json" };
  addHeaders(headers, where, init.headers);
  addHeaders(headers, where, init.params?.header);
  let body: BodyInit | null = null;
  if (init.body !== undefined) {
    body = init.bodySerializer ? init.bodySerializer(init.body, headers) : serializeBody(init.body, headers);
    if (!(body instanceof FormData) && headers["content-type"] === undefined) headers["content-type"] = "application/json";
  }
  return {
    op,
    method,
    url: `${origin}${path}${search ? `?${search}` : ""}`,
    headers,
    body,
    json: init.body,
    signal: init.signal ?? undefined,
    retryUnsafe: false,
    followWriteRedirect: false,
    // A file download's 307 is its answer: the raw response carries the signed URL in Location.
    redirectIsResult: op !== null && isRedirect(op.successStatus),
    streamResponse: false,
    replayable: !(body instanceof ReadableStream),
  };
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** As openapi-fetch does: FormData as it is, a form body when the caller set that content type, JSON otherwise. */
function serializeBody(body: unknown, headers: Record<string, string>): BodyInit {
  if (body instanceof FormData) return body;
  if (headers["content-type"] === "application/x-www-form-urlencoded" && typeof body === "object" && body !== null) {
    return new URLSearchParams(Object.entries(body).map(([name, value]) => [name, String(value)])).toString();
  }
  return JSON.stringify(body);
}

/** Caller headers in any of fetch's forms; null removes one, an array is sent as a list. */
function addHeaders(headers: Record<string, string>, where: string, given: RawInit["headers"]): void {
  if (!given) return;
  if (given instanceof Headers) return given.forEach((value, name) => addHeader(headers, where, name, value));
  const entries: [string, HeaderValue][] = Array.isArray(given) ? given : Object.entries(given);
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    if (value === null) delete headers[name.toLowerCase()];
    else addHeader(headers, where, name, Array.isArray(value) ? value.join(", ") : value);
  }
}

/** openapi-fetch's result shape; a 2xx whose body is not JSON is an `InvalidResponseError`, as for resource methods. */
async function resultOf(request: OutgoingRequest, result: SendResult, redactor: Redactor, parseAs: ParseAs): Promise<RawResult> {
  const { response: received, body, redirectedFrom, context } = result;
  // An error body has the known credentials masked before the caller sees it (a server may echo them back).
  const shown = received.ok || body.byteLength === 0 ? body : new TextEncoder().encode(redactor.text(bodyText(body)));
  const response = new BufferedResponse(received, shown, redirectedFrom !== null);
  if (received.status === 204 || request.method === "HEAD" || shown.byteLength === 0) {
    return received.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (!received.ok) {
    const text = await response.text();
    try {
      return { error: JSON.parse(text), response };
    } catch {
      return { error: text, response };
    }
  }
  if (parseAs !== "json") return { data: parseAs === "stream" ? response.body : await response[parseAs](), response };
  const text = await response.text();
  try {
    return { data: JSON.parse(text), response };
  } catch (error) {
    throw new InvalidResponseError(context, `answered ${received.status} with a body that is not JSON`, { cause: error });
  }
}
