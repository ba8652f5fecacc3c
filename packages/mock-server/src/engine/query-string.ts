import { PROTOTYPE_KEY_PROBLEM, PROTOTYPE_KEYS } from "./json-walk.js";

export interface ParsedQuery {
  values: Record<string, unknown>;
  /** Parameter names refused outright (they would reach a prototype), with what is wrong; null when none. */
  refused: Record<string, string> | null;
}

/**
 * Parses a query string the way the spec serializes parameters: repeated keys for arrays
 * (`types=a&types=b`, `name[]=` accepted too) and `name[key]=value` for deepObject parameters.
 * Values stay strings; the validators coerce them to the parameter's type. A name that would
 * reach a prototype (`__proto__`, `constructor`, `prototype`) is left out and reported.
 */
export function parseQuery(search: string, deepObject: readonly string[]): ParsedQuery {
  const out: Record<string, unknown> = {};
  let refused: Record<string, string> | null = null;
  if (!search) return { values: out, refused };
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const bracket = /^([^[\]]+)\[([^[\]]*)\]$/.exec(rawKey);
    if (PROTOTYPE_KEYS.has(bracket ? bracket[1]! : rawKey) || (bracket && PROTOTYPE_KEYS.has(bracket[2]!))) {
      // A computed key in a literal makes an own property, even for `__proto__`.
      refused = { ...(refused ?? {}), [rawKey]: PROTOTYPE_KEY_PROBLEM };
      continue;
    }
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
  return { values: out, refused };
}
