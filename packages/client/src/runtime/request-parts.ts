import { createQuerySerializer } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";

/**
 * URL and header building shared by the resource methods and the raw client, so that both send
 * exactly the same bytes for the same call. Query strings use openapi-fetch's serialiser (arrays as
 * repeated keys, objects as deepObject), as the raw client always has.
 */
export const serializeQuery = createQuerySerializer();

/** Fills each `{name}` of a path template; a missing value is refused before anything is sent. */
export function fillPath(where: string, template: string, names: readonly string[], values: Readonly<Record<string, unknown>> | undefined): string {
  let path = template;
  for (const name of names) {
    const value = values?.[name];
    if (value === undefined || value === null || value === "") {
      throw new InvalidRequestError(`${where}: the path parameter "${name}" is required (${template}).`);
    }
    if (typeof value === "object") throw new InvalidRequestError(`${where}: the path parameter "${name}" must be a string or a number, got ${JSON.stringify(value)}.`);
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  return path;
}

// RFC 9110 token characters for a name; a value may hold tab, visible ASCII and Latin-1 (what fetch accepts).
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Adds a caller's header, refusing one that fetch would reject: fetch's TypeError would otherwise
 * look like a network failure and be retried. The name is lowercased so it replaces the client's own.
 */
export function addHeader(headers: Record<string, string>, where: string, name: string, value: unknown): void {
  if (!HEADER_NAME.test(name)) throw new InvalidRequestError(`${where}: the header name ${JSON.stringify(name)} is not a valid HTTP header name. Nothing was sent.`);
  const text = String(value);
  if (BAD_HEADER_VALUE.test(text)) {
    throw new InvalidRequestError(`${where}: the value of the header "${name}" holds a character HTTP does not allow in a header (such as a line break or a character above U+00FF). Nothing was sent.`);
  }
  headers[name.toLowerCase()] = text;
}
