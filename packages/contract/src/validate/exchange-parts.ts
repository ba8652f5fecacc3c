/** Headers as a fetch `Headers` or a plain object (names in any case; a list joins with `, `). */
export type HeadersInput = Headers | Record<string, string | readonly string[] | undefined>;

/** Query parameters as `URLSearchParams` or a plain object (a list is a repeated key). */
export type QueryInput = URLSearchParams | Record<string, string | number | boolean | readonly (string | number | boolean)[] | undefined>;

/** A response as the matchers and stubs check it, when it is not a fetch `Response`. */
export interface ResponseParts {
  status: number;
  /** Left out: the content type is not checked. */
  headers?: HeadersInput;
  /** The parsed JSON body (or the text of a non-JSON one); undefined for no body. */
  body?: unknown;
}

/** A request as the matchers and stubs check it, when it is not a fetch `Request`. */
export interface RequestParts {
  method: string;
  /** An absolute URL, or a path with an optional query string; `path` is the alternative. */
  url?: string;
  /** The concrete URL path (`/api/tickets/42`), when `url` is not given. */
  path?: string;
  /** Query parameters, added to those of `url`. */
  query?: QueryInput;
  headers?: HeadersInput;
  /** The parsed JSON body; undefined for none. */
  body?: unknown;
}

/** A request reduced to what the validators read. */
export interface NormalizedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Map<string, string> | undefined;
  body: unknown;
}

/** A response reduced to what the validators read. */
export interface NormalizedResponse {
  status: number;
  headers: Map<string, string> | undefined;
  body: unknown;
}

/** Thrown when a value given to a matcher or validator is neither the fetch type nor its parts object. */
export class ExchangeShapeError extends TypeError {
  override readonly name = "ExchangeShapeError";
}

/** Whether a value is a fetch `Response` (from any realm: undici's, MSW's, a polyfill's). */
export function isFetchResponse(value: unknown): value is Response {
  return typeof value === "object" && value !== null && typeof (value as Response).clone === "function" && typeof (value as Response).status === "number" && typeof (value as Response).headers?.get === "function";
}

/** Whether a value is a fetch `Request` (from any realm). */
export function isFetchRequest(value: unknown): value is Request {
  return typeof value === "object" && value !== null && typeof (value as Request).clone === "function" && typeof (value as Request).url === "string" && typeof (value as Request).method === "string";
}

export function normalizeHeaders(headers: HeadersInput | undefined): Map<string, string> | undefined {
  if (headers === undefined) return undefined;
  const map = new Map<string, string>();
  if (typeof (headers as Headers).forEach === "function" && typeof (headers as Headers).get === "function") {
    (headers as Headers).forEach((value, name) => map.set(name.toLowerCase(), value));
    return map;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (value !== undefined) map.set(name.toLowerCase(), typeof value === "string" ? value : value.join(", "));
  }
  return map;
}

function addQuery(into: Record<string, string | string[]>, name: string, value: string): void {
  const existing = into[name];
  if (existing === undefined) into[name] = value;
  else into[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

export function normalizeQuery(...inputs: (QueryInput | undefined)[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const input of inputs) {
    if (input === undefined) continue;
    if (input instanceof URLSearchParams) {
      input.forEach((value, name) => addQuery(query, name, value));
      continue;
    }
    for (const [name, value] of Object.entries(input)) {
      if (value === undefined) continue;
      const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value as string | number | boolean];
      for (const item of values) addQuery(query, name, String(item));
    }
  }
  return query;
}

/** A body's text as the validators read it: JSON parsed when it is JSON, otherwise the text; empty is undefined. */
export function parseBodyText(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  if (contentType !== undefined && !/json/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Reads a fetch `Response` (through a clone, so the caller can still read it) or takes the parts object as it is. */
export async function normalizeResponse(value: Response | ResponseParts): Promise<NormalizedResponse> {
  if (isFetchResponse(value)) {
    if (value.bodyUsed) throw new ExchangeShapeError("The Response's body was already read: pass the Response before reading it, a clone, or { status, headers, body }.");
    const text = await value.clone().text();
    return { status: value.status, headers: normalizeHeaders(value.headers), body: parseBodyText(text, value.headers.get("content-type") ?? undefined) };
  }
  if (typeof value !== "object" || value === null || typeof value.status !== "number") {
    throw new ExchangeShapeError("Expected a fetch Response or { status, headers?, body? } with a numeric status.");
  }
  return { status: value.status, headers: normalizeHeaders(value.headers), body: value.body };
}

/** Reads a fetch `Request` (through a clone) or takes the parts object, splitting its URL into path and query. */
export async function normalizeRequest(value: Request | RequestParts): Promise<NormalizedRequest> {
  if (isFetchRequest(value)) {
    if (value.bodyUsed) throw new ExchangeShapeError("The Request's body was already read: pass the Request before sending it, a clone, or { method, url, headers, body }.");
    const url = new URL(value.url);
    const text = value.body === null ? "" : await value.clone().text();
    return {
      method: value.method.toUpperCase(),
      path: url.pathname,
      query: normalizeQuery(url.searchParams),
      headers: normalizeHeaders(value.headers),
      body: parseBodyText(text, value.headers.get("content-type") ?? undefined),
    };
  }
  if (typeof value !== "object" || value === null || typeof value.method !== "string" || (typeof value.url !== "string" && typeof value.path !== "string")) {
    throw new ExchangeShapeError("Expected a fetch Request or { method, url | path, query?, headers?, body? }.");
  }
  // A relative `url` is read against a placeholder origin: only its path and query matter here.
  const url = typeof value.url === "string" ? new URL(value.url, "http://placeholder.invalid") : undefined;
  return {
    method: value.method.toUpperCase(),
    path: url?.pathname ?? (value.path as string).split("?")[0] ?? "",
    query: normalizeQuery(url?.searchParams ?? new URLSearchParams((value.path as string).split("?")[1] ?? ""), value.query),
    headers: normalizeHeaders(value.headers),
    body: value.body,
  };
}
