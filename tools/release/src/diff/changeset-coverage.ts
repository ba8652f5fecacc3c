import parseChangeset from "@changesets/parse";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pendingChangesets } from "../dry/pending-changesets.js";
import { covers, maxBump, type Bump } from "./bump.js";
import { filesAt } from "./git.js";
import type { SpecDiff } from "./spec-diff.js";

/** A reached package that the changesets added since the base do not bump enough. */
export interface CoverageGap {
  name: string;
  required: Bump;
  /** The largest bump the new changesets give it, if any. */
  given?: Bump;
}

export interface ChangesetCoverage {
  /** Changeset files in the working tree that the base did not have. */
  added: string[];
  gaps: CoverageGap[];
}

/** Checks that the changesets added since the diff's base bump every reached package at least as the diff requires. */
export async function changesetCoverage(root: string, diff: SpecDiff): Promise<ChangesetCoverage> {
  const atBase = new Set(await filesAt(root, diff.base.commit, ".changeset"));
  const added = (await pendingChangesets(root)).filter((file) => !atBase.has(file));
  const given = new Map<string, Bump>();
  for (const file of added) {
    const { releases } = parseChangeset(await readFile(join(root, ".changeset", file), "utf8"));
    for (const release of releases) {
      if (release.type !== "none") given.set(release.name, maxBump(given.get(release.name), release.type));
    }
  }
  const gaps = diff.packages
    .filter((p) => !covers(given.get(p.name), p.bump))
    .map((p) => ({ name: p.name, required: p.bump, ...(given.has(p.name) ? { given: given.get(p.name)! } : {}) }));
  return { added, gaps };
}

/** The failure message of the coverage check, with the command that fixes it. */
export function coverageFailure(diff: SpecDiff, coverage: ChangesetCoverage): string {
  const gaps = coverage.gaps.map((g) => `  ${g.name} needs ${g.required}${g.given ? ` (the new changesets give ${g.given})` : " (no new changeset names it)"}`);
  return [
    `The spec differs from ${diff.base.ref} (${diff.base.commit.slice(0, 12)}): ${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"}, and the changesets added since do not cover every package they reach:`,
    ...gaps,
    "Fix: pnpm spec:changeset  (writes .changeset/spec-<hash>.md with these bumps and the diff as its text; edit the text, commit it).",
    "See the changes: pnpm spec:diff",
  ].join("\n");
}
