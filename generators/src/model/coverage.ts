import type { SpecDocument } from "../load/spec-document.js";
import { missing, ModelError, need } from "./model-error.js";
import type { AreaModel, CoverageModel, OperationModel } from "./types.js";
import { HTTP_METHODS } from "./operation.js";

const WHERE = "x-gorgias-coverage";

/**
 * The coverage of the live API: each area's described operations plus the live ones left out,
 * which must add up to the stated live total, so a newcomer's table can never silently drift.
 */
export function buildCoverage(document: SpecDocument, areas: AreaModel[], operations: OperationModel[]): CoverageModel {
  const raw = document[WHERE] ?? missing("root", `missing ${WHERE}`);
  need(Number.isInteger(raw.liveOperations), WHERE, "liveOperations must be an integer");
  need(typeof raw.source === "string" && raw.source.trim() !== "", WHERE, "missing source");
  const leftOut = raw.leftOut ?? [];
  const described = new Set(operations.map((op) => `${op.method} ${op.path}`));
  const areaIds = new Set(areas.map((a) => a.id));
  leftOut.forEach((entry, i) => {
    const where = `${WHERE}.leftOut[${i}]`;
    const method = String(entry.method).toUpperCase();
    need((HTTP_METHODS as readonly string[]).includes(method.toLowerCase()), where, `method "${entry.method}" is not an HTTP method`);
    need(!described.has(`${method} ${entry.path}`), where, `${entry.method} ${entry.path} is described; remove it from leftOut`);
    need(areaIds.has(entry.area), where, `area "${entry.area}" is not a declared tag's x-gorgias-id`);
    need(entry.reason.trim() !== "" && entry.source.trim() !== "", where, "needs a reason and a source");
  });
  const total = operations.length + leftOut.length;
  if (total !== raw.liveOperations) {
    throw new ModelError(WHERE, `liveOperations is ${raw.liveOperations}, but ${operations.length} operations are described and ${leftOut.length} left out (${total})`);
  }
  return {
    description: raw.description.trim(),
    liveOperations: raw.liveOperations,
    described: operations.length,
    source: raw.source,
    areas: areas.map((area) => {
      const own = operations.filter((op) => op.area === area.id);
      const missingHere = leftOut.filter((entry) => entry.area === area.id);
      return {
        area: area.id,
        name: area.name,
        liveOperations: own.length + missingHere.length,
        described: own.length,
        fromGuide: own.filter((op) => op.provenance !== "live").length,
        sources: [...new Set(own.flatMap((op) => op.sources.flatMap((s) => s.split(/;\s*/))))],
        leftOut: missingHere.map(({ method, path, reason, source }) => ({ method: method.toUpperCase(), path, reason, source })),
      };
    }),
  };
}
