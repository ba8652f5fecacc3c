import { datetimeMs } from "../engine/api-datetime.js";

/**
 * The view filter language: calls such as `eq(ticket.status, 'open')` joined with `&&`, `||` and
 * parentheses, as in `eq(ticket.status, 'open') && eq(ticket.assignee_user.id, '{{current_user.id}}')`.
 * Parsed once per filter string, evaluated against each ticket.
 */

type Value = unknown;

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "call"; name: string; args: FilterArg[] };

export type FilterArg = { kind: "path"; path: string[] } | { kind: "literal"; value: Value };

/** Reads a dotted path (`ticket.customer.email`) from the subject; arrays map over their items. */
export type PathReader = (path: readonly string[]) => Value;

export class FilterSyntaxError extends Error {
  override name = "FilterSyntaxError";
}

const FUNCTIONS: Record<string, (args: Value[]) => boolean> = {
  eq: ([a, b]) => anyOf(a, (x) => same(x, b)),
  neq: ([a, b]) => !anyOf(a, (x) => same(x, b)),
  contains: ([a, b]) => (Array.isArray(a) ? a.some((x) => same(x, b)) : text(a).includes(text(b))),
  notContains: ([a, b]) => !(Array.isArray(a) ? a.some((x) => same(x, b)) : text(a).includes(text(b))),
  containsAny: ([a, b]) => list(b).some((y) => list(a).some((x) => same(x, y))),
  containsAll: ([a, b]) => list(b).every((y) => list(a).some((x) => same(x, y))),
  startsWith: ([a, b]) => text(a).startsWith(text(b)),
  endsWith: ([a, b]) => text(a).endsWith(text(b)),
  gt: ([a, b]) => compare(a, b) > 0,
  gte: ([a, b]) => compare(a, b) >= 0,
  lt: ([a, b]) => compare(a, b) < 0,
  lte: ([a, b]) => compare(a, b) <= 0,
  isEmpty: ([a]) => a === null || a === undefined || a === "" || (Array.isArray(a) && a.length === 0),
  isNotEmpty: ([a]) => !(a === null || a === undefined || a === "" || (Array.isArray(a) && a.length === 0)),
};

export const FILTER_FUNCTIONS = Object.keys(FUNCTIONS);

function list(v: Value): Value[] {
  return Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
}
function anyOf(v: Value, test: (x: Value) => boolean): boolean {
  return Array.isArray(v) ? v.some(test) : test(v);
}
function text(v: Value): string {
  return v === null || v === undefined ? "" : String(v).toLowerCase();
}
function same(a: Value, b: Value): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return String(a).toLowerCase() === String(b).toLowerCase();
}
function comparable(v: Value): number | string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  const s = String(v);
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  const ms = /^\d{4}-\d{2}-\d{2}/.test(s) ? datetimeMs(s) : Number.NaN;
  return Number.isNaN(ms) ? s : ms;
}
function compare(a: Value, b: Value): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === null || y === null) return Number.NaN;
  if (typeof x !== typeof y) return Number.NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Parses a filter expression; throws FilterSyntaxError naming the problem. */
export function parseFilter(source: string): FilterNode | null {
  const tokens = tokenize(source);
  if (tokens.length === 0) return null;
  let pos = 0;
  const peek = () => tokens[pos];
  const expect = (t: string) => {
    if (tokens[pos]?.text !== t) throw new FilterSyntaxError(`Expected "${t}" at position ${tokens[pos]?.at ?? source.length}.`);
    pos++;
  };
  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peek()?.text === "||") {
      pos++;
      left = { kind: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parsePrimary();
    while (peek()?.text === "&&") {
      pos++;
      left = { kind: "and", left, right: parsePrimary() };
    }
    return left;
  };
  const parsePrimary = (): FilterNode => {
    const t = peek();
    if (!t) throw new FilterSyntaxError("Unexpected end of filter.");
    if (t.text === "(") {
      pos++;
      const inner = parseOr();
      expect(")");
      return inner;
    }
    if (t.kind !== "word") throw new FilterSyntaxError(`Expected a function such as eq(...) at position ${t.at}.`);
    pos++;
    if (!FUNCTIONS[t.text]) throw new FilterSyntaxError(`Unknown function "${t.text}"; known: ${FILTER_FUNCTIONS.join(", ")}.`);
    expect("(");
    const args: FilterArg[] = [];
    while (peek() && peek()!.text !== ")") {
      args.push(parseArg());
      if (peek()?.text === ",") pos++;
      else break;
    }
    expect(")");
    return { kind: "call", name: t.text, args };
  };
  const parseArg = (): FilterArg => {
    const t = peek();
    if (!t) throw new FilterSyntaxError("Unexpected end of filter.");
    pos++;
    if (t.kind === "string") return { kind: "literal", value: t.value };
    if (t.kind === "number") return { kind: "literal", value: Number(t.text) };
    if (t.text === "[") {
      const items: Value[] = [];
      while (peek() && peek()!.text !== "]") {
        const item = parseArg();
        if (item.kind !== "literal") throw new FilterSyntaxError("Lists may only hold literal values.");
        items.push(item.value);
        if (peek()?.text === ",") pos++;
      }
      expect("]");
      return { kind: "literal", value: items };
    }
    if (t.kind === "word") {
      if (t.text === "true" || t.text === "false") return { kind: "literal", value: t.text === "true" };
      if (t.text === "null") return { kind: "literal", value: null };
      return { kind: "path", path: t.text.split(".") };
    }
    throw new FilterSyntaxError(`Unexpected "${t.text}" at position ${t.at}.`);
  };
  const tree = parseOr();
  if (pos < tokens.length) throw new FilterSyntaxError(`Unexpected "${tokens[pos]!.text}" at position ${tokens[pos]!.at}.`);
  return tree;
}

interface Token {
  kind: "word" | "string" | "number" | "punct";
  text: string;
  value?: string;
  at: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = "";
      while (j < source.length && source[j] !== c) {
        if (source[j] === "\\" && j + 1 < source.length) j++;
        value += source[j];
        j++;
      }
      if (j >= source.length) throw new FilterSyntaxError(`Unterminated string at position ${i}.`);
      tokens.push({ kind: "string", text: source.slice(i, j + 1), value, at: i });
      i = j + 1;
    } else if (source.startsWith("&&", i) || source.startsWith("||", i)) {
      tokens.push({ kind: "punct", text: source.slice(i, i + 2), at: i });
      i += 2;
    } else if ("(),[]".includes(c)) {
      tokens.push({ kind: "punct", text: c, at: i });
      i++;
    } else if (/[-\d]/.test(c) && /^-?\d/.test(source.slice(i))) {
      const m = /^-?\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ kind: "number", text: m[0], at: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(source.slice(i))!;
      tokens.push({ kind: "word", text: m[0], at: i });
      i += m[0].length;
    } else {
      throw new FilterSyntaxError(`Unexpected character "${c}" at position ${i}.`);
    }
  }
  return tokens;
}

/** Evaluates a parsed filter; `{{current_user.id}}`-style variables in literals come from `variables`. */
export function evaluateFilter(node: FilterNode, read: PathReader, variables: Record<string, string>): boolean {
  if (node.kind !== "call") {
    const left = evaluateFilter(node.left, read, variables);
    return node.kind === "and" ? left && evaluateFilter(node.right, read, variables) : left || evaluateFilter(node.right, read, variables);
  }
  const args = node.args.map((arg) => {
    if (arg.kind === "path") return read(arg.path);
    if (typeof arg.value === "string") return arg.value.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => variables[name] ?? "");
    return arg.value;
  });
  return FUNCTIONS[node.name]!(args);
}
