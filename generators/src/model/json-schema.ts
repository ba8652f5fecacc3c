import type { JsonSchema } from "./types.js";

type Json = unknown;

/** Resolves a local JSON pointer such as `#/components/schemas/Ticket`. */
export function resolvePointer(document: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, got "${ref}".`);
  let node: Json = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in (node as object))) {
      throw new Error(`Reference "${ref}" does not resolve.`);
    }
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/** Follows `$ref` chains at the top of a node only. */
export function resolveRef<T = Json>(document: Json, node: Json): T {
  let current = node;
  for (let depth = 0; depth < 32; depth++) {
    if (current && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
      current = resolvePointer(document, (current as { $ref: string }).$ref);
    } else {
      return current as T;
    }
  }
  throw new Error("Reference chain too deep.");
}

/** The component name a `$ref` points to, or null. */
export function refName(node: Json): string | null {
  if (node && typeof node === "object" && typeof (node as { $ref?: unknown }).$ref === "string") {
    const ref = (node as { $ref: string }).$ref;
    return ref.slice(ref.lastIndexOf("/") + 1);
  }
  return null;
}

/** Inlines every `$ref`; a reference back into its own ancestry is kept as `{}` (any). */
export function dereference(document: Json, node: Json, seen: readonly string[] = []): JsonSchema {
  return inline(document, node, seen) as JsonSchema;
}

function inline(document: Json, node: Json, seen: readonly string[]): Json {
  if (Array.isArray(node)) return node.map((item) => inline(document, item, seen));
  if (node === null || typeof node !== "object") return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string") {
    if (seen.includes(ref)) return {};
    const { $ref: _ignored, ...siblings } = node as Record<string, Json>;
    const target = inline(document, resolvePointer(document, ref), [...seen, ref]) as Record<string, Json>;
    return Object.keys(siblings).length > 0 ? { ...target, ...(inline(document, siblings, seen) as object) } : target;
  }
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) out[key] = inline(document, value, seen);
  return out;
}
