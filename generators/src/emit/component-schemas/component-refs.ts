import type { Referenced, SpecDocument, SpecSchema } from "../../load/spec-document.js";
import { isObject, isRef, refName, resolvePointer } from "../../model/json-schema.js";
import type { JsonSchema } from "../../model/types.js";
import { componentRef } from "./emit-component-schemas.js";

/**
 * A schema as the spec writes it, with each `$ref` to a `shareable` component pointed at the shared
 * components of `@gorgias-kit/spec/schemas` (`gorgias#/components/schemas/X`) and every other
 * `$ref` inlined as the model inlines it. `top` inlines the schema's own `$ref` (a request body
 * whose fields become a tool's arguments).
 */
export function withComponentRefs(document: SpecDocument, node: Referenced<SpecSchema>, shareable: ReadonlySet<string>, top = false): JsonSchema {
  return refsKept(document, node, shareable, top, []);
}

function refsKept(document: SpecDocument, node: object, shareable: ReadonlySet<string>, top: boolean, seen: readonly string[]): JsonSchema {
  const entries = Object.entries(node);
  if (isRef(node)) {
    const name = refName(node);
    const siblings = Object.fromEntries(entries.filter(([key]) => key !== "$ref"));
    // A description beside the `$ref` documents it; any other sibling changes the shape, which the model merges in.
    const onlyDescribed = Object.keys(siblings).every((key) => key === "description");
    if (!top && name !== null && shareable.has(name) && node.$ref === `#/components/schemas/${name}` && onlyDescribed) {
      return { ...siblings, $ref: componentRef(name) };
    }
    if (seen.includes(node.$ref)) return {};
    const target = resolvePointer(document, node.$ref);
    if (!isObject(target)) throw new Error(`Reference "${node.$ref}" does not point to a schema.`);
    const inlined = refsKept(document, target, shareable, false, [...seen, node.$ref]);
    return Object.keys(siblings).length > 0 ? { ...inlined, ...refsKept(document, siblings, shareable, false, seen) } : inlined;
  }
  const out: JsonSchema = {};
  for (const [key, value] of entries) out[key] = inline(document, value, shareable, seen);
  return out;
}

function inline(document: SpecDocument, value: unknown, shareable: ReadonlySet<string>, seen: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(document, item, shareable, seen));
  return isObject(value) ? refsKept(document, value, shareable, false, seen) : value;
}
