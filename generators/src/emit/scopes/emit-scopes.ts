import type { ApiModel } from "../../model/types.js";
import { headerLines, json, type GeneratedFile } from "../generated-file.js";
import { renderScopeMatrixMarkdown } from "./render-scope-matrix-markdown.js";
import { buildScopeMatrix } from "./scope-matrix.js";

/** The scope matrix: `packages/spec/scope-matrix.json` (published) and `docs/scope-matrix.md`. */
export function emitScopes(model: ApiModel): GeneratedFile[] {
  const matrix = buildScopeMatrix(model);
  return [
    { path: "packages/spec/scope-matrix.json", contents: json({ $comment: headerLines().join(" "), ...matrix }) },
    { path: "docs/scope-matrix.md", contents: renderScopeMatrixMarkdown(model, matrix) },
  ];
}
