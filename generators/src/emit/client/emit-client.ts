import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { renderErrors } from "./emit-errors.js";
import { renderResources } from "./emit-resources.js";
import { renderWebhooks } from "./emit-webhooks.js";

const FOLDER = "packages/client/src/generated";

/** The client's generated sources: the resource methods and the facts its runtime reads. The operation table is in `@gorgias-kit/spec/operations`, the types in `@gorgias-kit/spec/types`, the rate limits and OAuth facts in `@gorgias-kit/spec/facts`. */
export function emitClient(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/resources.gen.ts`, contents: formatTypeScript("resources.gen.ts", renderResources(model)) },
    { path: `${FOLDER}/errors.gen.ts`, contents: renderErrors(model) },
    { path: `${FOLDER}/webhooks.gen.ts`, contents: renderWebhooks(model) },
    generatedFolderReadme(
      FOLDER,
      "One typed method per operation (`resources.gen.ts`), and the facts only the client's runtime reads: error statuses and redirects (`errors.gen.ts`), webhook events and payload schemas (`webhooks.gen.ts`). The types of every path, schema and webhook come from `@gorgias-kit/spec/types`; rate limits and OAuth facts from `@gorgias-kit/spec/facts`.",
    ),
  ];
}
