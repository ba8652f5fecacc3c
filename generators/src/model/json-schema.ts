import type { OasRef } from "@redocly/openapi-core";
import type { Referenced, SpecDocument, SpecSchema } from "../load/spec-document.js";
import type { JsonSchema } from "./types.js";

/** Whether a value is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is { [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Whether a node is a `$ref` object. */
export function isRef(node: unknown): node is OasRef {
  return isObject(node) && typeof node.$ref === "string";
}

/** Resolves a local JSON pointer such as `#/components/schemas/Ticket`. */
export function resolvePointer(document: SpecDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, got "${ref}".`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const parent: unknown = node;
    if (Array.isArray(parent) && /^\d+$/.test(key) && Number(key) < parent.length) node = parent[Number(key)];
    else if (isObject(parent) && key in parent) node = parent[key];
    else throw new Error(`Reference "${ref}" does not resolve.`);
  }
  return node;
}

/** Follows `$ref` chains at the top of a node only. */
export function resolveRef<T>(document: SpecDocument, node: Referenced<T>): T {
  let current: Referenced<T> = node;
  for (let depth = 0; depth < 32; depth++) {
    if (!isRef(current)) return current;
    // A `$ref` where the spec expects a T points at a T: Redocly's bundle placed it under the
    // matching `components` section, and the spec's lint checks the target's shape.
    current = resolvePointer(document, current.$ref) as Referenced<T>;
  }
  throw new Error("Reference chain too deep.");
}

/** A named component schema, `$ref`s at its top followed; undefined when it is not declared. */
export function componentSchema(document: SpecDocument, name: string): SpecSchema | undefined {
  const node = document.components?.schemas?.[name];
  return node === undefined ? undefined : resolveRef(document, node);
}

/** The component name a `$ref` points to, or null. */
export function refName(node: unknown): string | null {
  return isRef(node) ? node.$ref.slice(node.$ref.lastIndexOf("/") + 1) : null;
}

/** Inlines every `$ref`; a reference back into its own ancestry is kept as `{}` (any). */
export function dereference(document: SpecDocument, node: object, seen: readonly string[] = []): JsonSchema {
  const entries = Object.entries(node);
  const ref = isRef(node) ? node.$ref : null;
  if (ref !== null) {
    if (seen.includes(ref)) return {};
    const target = resolvePointer(document, ref);
    if (!isObject(target)) throw new Error(`Reference "${ref}" does not point to a schema.`);
    const inlined = dereference(document, target, [...seen, ref]);
    const siblings = Object.fromEntries(entries.filter(([key]) => key !== "$ref"));
    return Object.keys(siblings).length > 0 ? { ...inlined, ...dereference(document, siblings, seen) } : inlined;
  }
  const out: JsonSchema = {};
  for (const [key, value] of entries) out[key] = inline(document, value, seen);
  return out;
}

function inline(document: SpecDocument, value: unknown, seen: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(document, item, seen));
  return isObject(value) ? dereference(document, value, seen) : value;
}
