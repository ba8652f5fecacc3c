/** Names whose values are credentials: never printed, wherever they appear. */
const SECRET_NAME = /authorization|cookie|password|passwd|secret|token|api[-_]?key|credential/i;

/** Longest rendering of a value in a message; longer ones are cut with `…`. */
const MAX_LENGTH = 80;

export const REDACTED = "[redacted]";

/** Whether a field, header or parameter name holds a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A copy of a value with every credential-named field replaced by {@link REDACTED}. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = isSecretName(key) ? REDACTED : redact(item, depth + 1);
  return copy;
}

/**
 * A value as a message shows it: JSON, cut at 80 characters, credentials redacted. `pointer` is
 * where the value sits, so a value under a credential-named field is redacted whole.
 */
export function renderValue(value: unknown, pointer = ""): string {
  if (pointer.split("/").some((segment) => isSecretName(segment))) return REDACTED;
  let text: string;
  if (value === undefined) text = "undefined";
  else if (typeof value === "string") text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(redact(value)) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
