import type { OpenApiDocument } from "../spec/openapi-document.js";

/** Reads a JSON pointer (`#/components/schemas/Ticket`) inside a document; undefined when it leads nowhere. */
export function readPointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Follows local `$ref`s (a parameter, response, header or request body defined under
 * `components`) to the object they name; a chain longer than 16 stops where it is.
 */
export function resolveRef(document: OpenApiDocument, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    if (current === null || typeof current !== "object") return undefined;
    const ref = (current as { $ref?: unknown }).$ref;
    if (typeof ref !== "string") return current as Record<string, unknown>;
    current = readPointer(document, ref);
  }
  return undefined;
}
