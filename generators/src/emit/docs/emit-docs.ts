import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, headerLines, json, tsHeader, type GeneratedFile } from "../generated-file.js";
import { buildSiteData } from "./site-data.js";
import { siteDataDeclaration } from "./site-data-type.js";

const FOLDER = "packages/docs/src/generated";

/** The typed module the docs package imports: the `SiteData` type and the data checked against it. */
function siteDataModule(): string {
  return formatTypeScript(
    "site-data.gen.ts",
    `${tsHeader()}import data from "./site-data.gen.json" with { type: "json" };

${siteDataDeclaration()}
/** The site data (\`site-data.gen.json\`); the compiler checks it against \`SiteData\`. */
export const siteData: SiteData = data;
`,
  );
}

/** The documentation site's data: \`packages/docs/src/generated/site-data.gen.json\` and its typed module \`site-data.gen.ts\`. */
export function emitDocs(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/site-data.gen.json`, contents: json({ $comment: headerLines().join(" "), ...buildSiteData(model) }) },
    { path: `${FOLDER}/site-data.gen.ts`, contents: siteDataModule() },
    generatedFolderReadme(
      FOLDER,
      "`site-data.gen.json`: every fact the documentation site renders (operations, scopes, webhooks, limits, errors), taken from the API model.\n`site-data.gen.ts`: the `SiteData` type (spelled out from `generators/src/emit/docs/site-data.ts`) and `siteData`, the JSON checked against it.",
    ),
  ];
}
