import type { Referenced, SpecDocument, SpecSchema } from "../../load/spec-document.js";
import { dereference, isObject, isRef, refName, resolvePointer } from "../../model/json-schema.js";
import type { ApiModel, JsonSchema } from "../../model/types.js";
import { componentRef } from "../component-schemas/emit-component-schemas.js";
import { isAnnotation, stripAnnotations, stripKeywords } from "../component-schemas/strip-annotations.js";
import { compactSchema, type CompactOptions } from "./compact-schema.js";

/** Keywords that mark a schema for readers and change no validator's answer (ajv treats them as annotations). */
const MARKERS = new Set(["readOnly", "writeOnly", "contentMediaType"]);

/** What the full input schemas need to reference shared components: the document and which components they may reference. */
export interface SharedComponents {
  document: SpecDocument;
  shareable: ReadonlySet<string>;
}

/**
 * The components a tool's complete input schema can `$ref` in `@gorgias-kit/spec/schemas` instead of
 * inlining: those whose complete (`full`) compaction validates exactly as their shared form does. A
 * component the compaction changes (it leaves out a read-only property or a keyword it does not
 * keep) stays inline, so the server accepts what it would with every component inlined.
 */
export function shareableComponents(model: Pick<ApiModel, "document" | "schemas">, full: CompactOptions): Set<string> {
  const shareable = new Set<string>();
  for (const [name, node] of Object.entries(model.schemas)) {
    if (!isObject(node)) continue;
    const inlined = dereference(model.document, node);
    // A read-only component is left out where it is an optional field (compactSchema), which a `$ref` cannot say.
    if (inlined.readOnly === true) continue;
    const compacted = stripAnnotations(compactSchema(inlined, full));
    const shared = stripKeywords(inlined, (keyword) => isAnnotation(keyword) || MARKERS.has(keyword));
    if (JSON.stringify(compacted) === JSON.stringify(shared)) shareable.add(name);
  }
  return shareable;
}

/**
 * A schema as the spec writes it, with each `$ref` to a shareable component pointed at the shared
 * components (`gorgias#/components/schemas/X`) and every other `$ref` inlined as the model inlines
 * it. `top` inlines the schema's own `$ref`: a request body's fields become the tool's arguments.
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
