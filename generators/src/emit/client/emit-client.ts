import openapiTS, { astToString } from "openapi-typescript";
import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { renderErrors } from "./emit-errors.js";
import { renderRateLimits } from "./emit-rate-limits.js";
import { renderResources } from "./emit-resources.js";
import { renderScopes } from "./emit-scopes.js";
import { renderWebhooks } from "./emit-webhooks.js";

const FOLDER = "packages/client/src/generated";

/** The client's generated sources: types, the resource methods and the facts its runtime reads. The operation table is in `@gorgias-kit/spec/operations`. */
export async function emitClient(model: ApiModel): Promise<GeneratedFile[]> {
  // emptyObjectsUnknown: an object schema without properties (`meta`, an event's `data`) holds
  // arbitrary keys; the default `Record<string, never>` would also break the webhook payload intersections.
  // defaultNonNullable off: a request field with a default (search's `size`) stays optional to send.
  // openapi-typescript declares the same OpenAPI 3.1 document with its own types (Redocly's and its
  // differ in spelling, e.g. `info` optional here); it validates the document itself.
  const ast = await openapiTS(model.document as never, {
    alphabetize: true,
    exportType: false,
    emptyObjectsUnknown: true,
    defaultNonNullable: false,
  });
  return [
    { path: `${FOLDER}/schema.gen.ts`, contents: `${tsHeader()}${astToString(ast)}` },
    { path: `${FOLDER}/resources.gen.ts`, contents: formatTypeScript("resources.gen.ts", renderResources(model)) },
    { path: `${FOLDER}/rate-limits.gen.ts`, contents: renderRateLimits(model) },
    { path: `${FOLDER}/errors.gen.ts`, contents: renderErrors(model) },
    { path: `${FOLDER}/scopes.gen.ts`, contents: renderScopes(model) },
    { path: `${FOLDER}/webhooks.gen.ts`, contents: renderWebhooks(model) },
    generatedFolderReadme(
      FOLDER,
      "Types of every path, schema and webhook (`schema.gen.ts`, by openapi-typescript), one typed method per operation (`resources.gen.ts`), and the facts the runtime reads: rate limits (`rate-limits.gen.ts`), error statuses and redirects (`errors.gen.ts`), OAuth scopes and endpoints (`scopes.gen.ts`), webhook events and payload schemas (`webhooks.gen.ts`).",
    ),
  ];
}
