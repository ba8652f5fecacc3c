/**
 * Parses a query string the way the spec serializes parameters: repeated keys for arrays
 * (`types=a&types=b`, `name[]=` accepted too) and `name[key]=value` for deepObject parameters.
 * Values stay strings; the validators coerce them to the parameter's type.
 */
export function parseQuery(search: string, deepObject: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!search) return out;
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const bracket = /^([^[\]]+)\[([^[\]]*)\]$/.exec(rawKey);
    if (bracket && deepObject.includes(bracket[1]!) && bracket[2]) {
      const target = (out[bracket[1]!] ??= {}) as Record<string, unknown>;
      if (typeof target === "object" && target !== null && !Array.isArray(target)) target[bracket[2]] = value;
      continue;
    }
    const key = bracket && bracket[2] === "" ? bracket[1]! : rawKey;
    const existing = out[key];
    if (existing === undefined) out[key] = bracket && bracket[2] === "" ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}
