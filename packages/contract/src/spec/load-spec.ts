import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import type { OpenApiDocument } from "./openapi-document.js";

/** Thrown when a spec file cannot be read or is not an OpenAPI 3.1 document; names the file. */
export class SpecLoadError extends Error {
  override readonly name = "SpecLoadError";
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Reads an OpenAPI document from a `.json`, `.yaml` or `.yml` file (bundled: no external `$ref`s). */
export async function loadSpec(file: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SpecLoadError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new SpecLoadError(file, `is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${(error as Error).message}`);
  }
  return asOpenApiDocument(value, file);
}

/** Checks the outline of a parsed document, so later code can rely on `openapi` and `paths`. */
export function asOpenApiDocument(value: unknown, source: string): OpenApiDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SpecLoadError(source, "is not an OpenAPI document (expected an object)");
  }
  const openapi = (value as { openapi?: unknown }).openapi;
  if (typeof openapi !== "string" || !openapi.startsWith("3.1")) {
    throw new SpecLoadError(source, `field "openapi" must be a 3.1.x version, found ${JSON.stringify(openapi)}`);
  }
  return value as OpenApiDocument;
}
