/**
 * The Jinja-style templates of HTTP integrations: `{{ticket.id}}`, `{{ticket.customer.email}}`,
 * `{{context}}` (the whole render context), with a few filters (`default`, `upper`, `lower`,
 * `tojson`, `urlencode`). Unknown variables render empty; unknown filters leave the value as is.
 */

const WHOLE = /^\s*\{\{\s*([^}]*?)\s*\}\}\s*$/;
const ANY = /\{\{\s*([^}]*?)\s*\}\}/g;

function lookup(context: Record<string, unknown>, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function literal(arg: string): unknown {
  const t = arg.trim();
  if (/^(['"]).*\1$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function evaluate(expression: string, context: Record<string, unknown>): unknown {
  const [head = "", ...filters] = expression.split("|");
  let value = lookup(context, head.trim());
  for (const filter of filters) {
    const m = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(filter);
    if (!m) continue;
    const [, name, args] = m;
    if (name === "default") value = value === undefined || value === null || value === "" ? literal(args ?? "''") : value;
    else if (name === "upper") value = value === undefined ? value : String(value).toUpperCase();
    else if (name === "lower") value = value === undefined ? value : String(value).toLowerCase();
    else if (name === "tojson" || name === "json") value = JSON.stringify(value ?? null);
    else if (name === "urlencode") value = encodeURIComponent(asText(value));
  }
  return value;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Renders a template to a string; `encode` escapes each substituted value (for URLs). */
export function renderString(template: string, context: Record<string, unknown>, encode: (s: string) => string = (s) => s): string {
  return template.replace(ANY, (_, expression: string) => encode(asText(evaluate(expression, context))));
}

/** A template that is one `{{ … }}` keeps the value's type (an object stays an object); others render to text. */
export function renderValue(template: unknown, context: Record<string, unknown>): unknown {
  if (typeof template === "string") {
    const whole = WHOLE.exec(template);
    if (whole) return evaluate(whole[1]!, context) ?? "";
    return renderString(template, context);
  }
  if (Array.isArray(template)) return template.map((item) => renderValue(item, context));
  if (template && typeof template === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) out[key] = renderValue(value, context);
    return out;
  }
  return template;
}
