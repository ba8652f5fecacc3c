import { MAX_ARGUMENT_DEPTH } from "./nesting-depth.js";

/** What replaces a redacted value. */
export const REDACTED = "[redacted]";

/** What replaces a value nested deeper than the audit log follows. */
export const TOO_DEEP = "[nested too deeply]";

/** Names of headers, fields and parameters that carry a credential: Authorization, Cookie, X-Api-Key, X-Auth-Token, password, hmac_secret… */
const CREDENTIAL_NAME = /authorization|cookie|api[-_]?key|token|secret|passw|credential|session|^x-auth/i;

/**
 * Argument keys whose values never reach the audit log: message bodies (what a customer or an
 * agent wrote), whole `headers` objects and anything named like a credential.
 */
function isSensitiveKey(key: string): boolean {
  return /^(body_text|body_html|stripped_text|stripped_html|stripped_signature|headers)$/i.test(key) || CREDENTIAL_NAME.test(key);
}

/** Query (or fragment) parameter names that carry a secret: `token`, `access_token`, `api_key`, `client_secret`, `password`, `sig`… */
const SECRET_PARAM = /token|key|secret|passw|pwd|auth|credential|session|signature|^sig$|^code$/i;

/** `scheme://user:password@` in a URL. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@"'<>]+@/gi;

/** A query string or fragment: from `?` or `#` to the next blank or quote. */
const PARAMS = /[?#][^\s"'<>]*/g;

/** A `name=value` pair inside a query string or fragment. */
const PARAM = /([?#&;])([^=&;#\s]+)=([^&;#]*)/g;

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Masks the secrets a URL can carry, wherever URLs appear in a text: userinfo
 * (`https://user:pass@host`) and the values of query or fragment parameters named like
 * credentials (`?token=…`, `&API_KEY=…`, `#access_token=…`; names compared case-insensitively
 * and percent-decoded). The rest of the text is kept byte for byte, templates included.
 */
export function redactUrlSecrets(text: string): string {
  if (!text.includes("=") && !text.includes("@")) return text;
  return text
    .replace(USERINFO, `$1${REDACTED}@`)
    .replace(PARAMS, (params) => params.replace(PARAM, (pair, lead: string, name: string) => (SECRET_PARAM.test(decoded(name)) ? `${lead}${name}=${REDACTED}` : pair)));
}

/**
 * Masks literal secrets (the API key, the access token, the Basic credential) wherever they
 * appear in a text, in case an upstream message echoes one back.
 */
export class SecretScrubber {
  private readonly secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    // Longest first, so a secret that contains another is masked whole.
    this.secrets = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out;
  }

  /** A text fit for the audit log: URL secrets and known secrets masked. */
  clean(text: string): string {
    return this.scrub(redactUrlSecrets(text));
  }
}

/**
 * A copy of a call's arguments fit for the audit log: sensitive keys, URL secrets and known
 * secrets masked. Values nested deeper than {@link MAX_ARGUMENT_DEPTH} are replaced, so
 * arguments of any depth can be logged.
 */
export function redactArguments(value: unknown, scrubber: SecretScrubber, depth = 0): unknown {
  if (typeof value === "string") return scrubber.clean(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_ARGUMENT_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => redactArguments(item, scrubber, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isSensitiveKey(key) ? REDACTED : redactArguments(item, scrubber, depth + 1);
  return out;
}

/**
 * Masks, in place, the values of credential headers (Authorization, Cookie, X-Api-Key…) in every
 * `headers` object of an API result, such as an HTTP integration's. Iterative: a result of any
 * depth is safe to walk.
 */
export function redactCredentialHeaders<T>(data: T): T {
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object") continue;
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== "object") continue;
      if (/^headers$/i.test(key) && !Array.isArray(value)) {
        const headers = value as Record<string, unknown>;
        for (const name of Object.keys(headers)) if (CREDENTIAL_NAME.test(name) && headers[name] !== null) headers[name] = REDACTED;
      }
      pending.push(value);
    }
  }
  return data;
}

/**
 * Where the arguments hand back a header value that tool results show redacted: writing it would
 * replace the real credential with the placeholder. Returns the field, such as `http.headers.Authorization`.
 */
export function redactedPlaceholderIn(args: Readonly<Record<string, unknown>>): string | null {
  const pending: [unknown, string][] = [[args, ""]];
  while (pending.length > 0) {
    const [node, path] = pending.pop()!;
    if (node === null || typeof node !== "object") continue;
    for (const [key, value] of Object.entries(node)) {
      const field = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (/^headers$/i.test(key) && value !== null && typeof value === "object") {
        const name = Object.keys(value).find((k) => (value as Record<string, unknown>)[k] === REDACTED);
        if (name !== undefined) return `${field}.${name}`;
      }
      pending.push([value, field]);
    }
  }
  return null;
}
