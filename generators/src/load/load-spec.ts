import { bundle, createConfig } from "@redocly/openapi-core";
import type { SpecDocument } from "./spec-document.js";

export interface LoadedSpec {
  document: SpecDocument;
}

export class SpecLoadError extends Error {
  override name = "SpecLoadError";
}

/** Bundles the split spec into one document with Redocly (refs become `#/components/...`). */
export async function loadSpec(rootFile: string): Promise<LoadedSpec> {
  const config = await createConfig({ extends: ["minimal"] });
  const result = await bundle({ ref: rootFile, config });
  const unresolved = result.problems.filter((p) => p.severity === "error");
  if (unresolved.length > 0) {
    const lines = unresolved.map((p) => `  - ${p.message} (${p.location[0]?.source.absoluteRef ?? rootFile})`);
    throw new SpecLoadError(`Cannot bundle ${rootFile}:\n${lines.join("\n")}`);
  }
  // Redocly parses YAML into `unknown`; the spec's lint checks the OpenAPI shape and the model checks every fact it reads.
  const document = result.bundle.parsed as SpecDocument;
  return { document };
}

