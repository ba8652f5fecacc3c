import { createRequire } from "node:module";
import { asOpenApiDocument, type OpenApiDocument } from "../../src/index.js";

/** The bundled spec, read once; tests clone it before changing anything. */
export const bundledSpec: OpenApiDocument = asOpenApiDocument(createRequire(import.meta.url)("@gorgias-kit/spec/openapi.json"), "@gorgias-kit/spec");

/** The spec as loose JSON, so a test can reach into any part of it to make a variant. */
export type SpecJson = any;

/** A deep copy of the bundled spec with `change` applied: a spec version made in the test. */
export function specVariant(change: (spec: SpecJson) => void = () => {}): OpenApiDocument {
  const copy = structuredClone(bundledSpec) as SpecJson;
  change(copy);
  return copy as OpenApiDocument;
}
