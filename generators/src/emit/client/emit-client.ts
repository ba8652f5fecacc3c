import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { renderErrors } from "./emit-errors.js";
import { renderRateLimits } from "./emit-rate-limits.js";
import { renderResources } from "./emit-resources.js";
import { renderScopes } from "./emit-scopes.js";
import { renderWebhooks } from "./emit-webhooks.js";

const FOLDER = "packages/client/src/generated";

/** The client's generated sources: the resource methods and the facts its runtime reads. The operation table is in `@gorgias-kit/spec/operations`, the types in `@gorgias-kit/spec/types`. */
export function emitClient(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/resources.gen.ts`, contents: formatTypeScript("resources.gen.ts", renderResources(model)) },
    { path: `${FOLDER}/rate-limits.gen.ts`, contents: renderRateLimits(model) },
    { path: `${FOLDER}/errors.gen.ts`, contents: renderErrors(model) },
    { path: `${FOLDER}/scopes.gen.ts`, contents: renderScopes(model) },
    { path: `${FOLDER}/webhooks.gen.ts`, contents: renderWebhooks(model) },
    generatedFolderReadme(
      FOLDER,
      "One typed method per operation (`resources.gen.ts`), and the facts the runtime reads: rate limits (`rate-limits.gen.ts`), error statuses and redirects (`errors.gen.ts`), OAuth scopes and endpoints (`scopes.gen.ts`), webhook events and payload schemas (`webhooks.gen.ts`). The types of every path, schema and webhook come from `@gorgias-kit/spec/types`.",
    ),
  ];
}
