/** What replaces a redacted value. */
export const REDACTED = "[redacted]";

/**
 * Argument keys whose values never reach the audit log: message bodies (what a customer or an
 * agent wrote) and anything credential-like (an HTTP integration's `headers` and `hmac_secret`,
 * a user's passwords).
 */
const SENSITIVE_KEY = /^(body_text|body_html|stripped_text|stripped_html|stripped_signature|headers)$|password|secret|token|api[-_]?key|authorization|credential/i;

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
}

/** A copy of a call's arguments fit for the audit log: sensitive keys and known secrets masked. */
export function redactArguments(value: unknown, scrubber: SecretScrubber): unknown {
  if (typeof value === "string") return scrubber.scrub(value);
  if (Array.isArray(value)) return value.map((item) => redactArguments(item, scrubber));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = SENSITIVE_KEY.test(key) ? REDACTED : redactArguments(item, scrubber);
    return out;
  }
  return value;
}
