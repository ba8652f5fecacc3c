import type { ApiModel } from "../../model/types.js";
import { generatedFolderReadme, headerLines, json, type GeneratedFile } from "../generated-file.js";
import { buildSiteData } from "./site-data.js";

const FOLDER = "packages/docs/src/generated";

/** The documentation site's data: `packages/docs/src/generated/site-data.gen.json`. */
export function emitDocs(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/site-data.gen.json`, contents: json({ $comment: headerLines().join(" "), ...buildSiteData(model) }) },
    generatedFolderReadme(FOLDER, "`site-data.gen.json`: every fact the documentation site renders (operations, scopes, webhooks, limits, errors), taken from the API model."),
  ];
}
