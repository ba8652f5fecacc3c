import { createRequire } from "node:module";
import { asOpenApiDocument } from "../spec/load-spec.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";

let bundled: OpenApiDocument | undefined;

/** The spec published as `@gorgias-kit/spec/openapi.json`: the default of every matcher, stub and command. */
export function bundledSpec(): OpenApiDocument {
  bundled ??= asOpenApiDocument(createRequire(import.meta.url)("@gorgias-kit/spec/openapi.json"), "@gorgias-kit/spec/openapi.json");
  return bundled;
}
