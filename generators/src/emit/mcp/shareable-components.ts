import type { SpecDocument } from "../../load/spec-document.js";
import { dereference, isObject } from "../../model/json-schema.js";
import type { ApiModel } from "../../model/types.js";
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
