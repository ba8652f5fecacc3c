const MASK = "[redacted]";

/** Removes every known credential from text and bodies before they reach an error message or a log line. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Adds a credential (and keeps the ones it replaces: an old token must not leak either). */
  add(...values: (string | undefined)[]): void {
    // Very short values would mask ordinary words; real keys and tokens are long.
    for (const value of values) if (value && value.length >= 6) this.secrets.add(value);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
    return out;
  }

  /** A copy of a parsed body with credentials masked; the same object when it holds none. */
  body(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (value === null || typeof value !== "object") return value;
    const json = JSON.stringify(value);
    if (json === undefined || this.text(json) === json) return value;
    return JSON.parse(json, (_key, v: unknown) => (typeof v === "string" ? this.text(v) : v));
  }
}
