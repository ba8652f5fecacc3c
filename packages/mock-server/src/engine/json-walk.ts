/**
 * Keys refused anywhere in JSON the mock accepts (bodies, fixtures, state snapshots): assigned to
 * a plain object, they reach its prototype instead of becoming data.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** What is wrong with a key in {@link PROTOTYPE_KEYS}, as error bodies say it. */
export const PROTOTYPE_KEY_PROBLEM = "Not accepted as a field name (__proto__, constructor and prototype are refused).";

interface Frame {
  node: object;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

export interface JsonShape {
  /** Nesting depth of objects and arrays; counting stops just past the limit. */
  depth: number;
  /** Dotted path (`meta.__proto__`, `messages.0.constructor`) of the first prototype key; null when there is none. */
  prototypeKeyPath: string | null;
}

function pathOf(frame: Frame, key: string): string {
  const segments: (string | number)[] = [key];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) segments.push(f.key);
  return segments.reverse().join(".");
}

/**
 * Walks a parsed JSON value once, iteratively (no stack overflow on deep input): its nesting
 * depth, and where it holds a prototype key. Stops at the first prototype key or past `depthLimit`.
 */
export function inspectJson(value: unknown, depthLimit = Number.POSITIVE_INFINITY): JsonShape {
  if (value === null || typeof value !== "object") return { depth: 0, prototypeKeyPath: null };
  let max = 0;
  const stack: Frame[] = [{ node: value, depth: 1, parent: null, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > max) {
      max = frame.depth;
      if (max > depthLimit) return { depth: max, prototypeKeyPath: null };
    }
    const node = frame.node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (child !== null && typeof child === "object") stack.push({ node: child, depth: frame.depth + 1, parent: frame, key: i });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (PROTOTYPE_KEYS.has(key)) return { depth: max, prototypeKeyPath: pathOf(frame, key) };
      const child: unknown = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push({ node: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return { depth: max, prototypeKeyPath: null };
}
