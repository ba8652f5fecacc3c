import { stringify } from "yaml";
import type { ApiModel } from "../../model/types.js";
import { headerLines, json, type GeneratedFile } from "../generated-file.js";

/** The published bundle: `packages/spec/openapi.{json,yaml}`. */
export function emitSpecPackage(model: ApiModel): GeneratedFile[] {
  const stamped = { "x-gorgias-generated": headerLines().join(" "), ...model.document };
  return [
    { path: "packages/spec/openapi.json", contents: json(stamped) },
    {
      path: "packages/spec/openapi.yaml",
      contents: `${headerLines().map((l) => `# ${l}`).join("\n")}\n${stringify(stamped, { lineWidth: 0, aliasDuplicateObjects: false })}`,
    },
  ];
}
