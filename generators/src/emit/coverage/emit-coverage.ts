import type { ApiModel } from "../../model/types.js";
import type { GeneratedFile } from "../generated-file.js";
import { renderCoverageTable } from "./render-coverage-table.js";

/** The coverage table in the spec package's README (a generated region; the docs site renders the same model). */
export function emitCoverage(model: ApiModel): GeneratedFile[] {
  return [{ path: "packages/spec/README.md", region: "coverage", contents: renderCoverageTable(model.coverage) }];
}
