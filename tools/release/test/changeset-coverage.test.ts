import { describe, expect, it } from "vitest";
import { changesetCoverage, coverageFailure } from "../src/diff/changeset-coverage.js";
import { specDiff } from "../src/diff/spec-diff.js";
import { repoRoot } from "../src/workspace/repo-root.js";

// The check `pnpm test` runs on this repository. Its base is the default of `pnpm spec:diff` (the
// last spec release tag, else the merge base with main, else HEAD), or GORGIAS_SPEC_BASE when set:
// on a clean clone of main with no release tag the base is HEAD itself and there is nothing to cover.
describe("changeset coverage of this repository's spec changes", () => {
  it("every package the spec's changes since the base reach has a changeset at the bump it needs", async () => {
    const diff = await specDiff(repoRoot, process.env.GORGIAS_SPEC_BASE || undefined);
    const coverage = await changesetCoverage(repoRoot, diff);
    expect(coverage.gaps, coverageFailure(diff, coverage)).toEqual([]);
  });
});
