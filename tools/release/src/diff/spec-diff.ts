import { asOpenApiDocument, diffSpecs, loadSpec, type SpecChange } from "@gorgias-kit/contract";
import { join } from "node:path";
import { publishedPackages } from "../workspace/published-packages.js";
import { fileAt, GitError, resolveBase, type SpecBase } from "./git.js";
import { packagesReached, type PackageBump } from "./package-reach.js";

/** The bundled spec, as `pnpm generate` writes it and git holds it at every commit. */
export const BUNDLED_SPEC = "packages/spec/openapi.json";

export interface SpecDiff {
  base: SpecBase;
  /** Classified by `diffSpecs` of `@gorgias-kit/contract`, the one home of the rules. */
  changes: SpecChange[];
  packages: PackageBump[];
}

/** Compares the bundled spec at the base with the working tree's and works out the packages reached. */
export async function specDiff(root: string, baseRef?: string): Promise<SpecDiff> {
  const base = await resolveBase(root, baseRef);
  const baseText = await fileAt(root, base.commit, BUNDLED_SPEC);
  if (baseText === null) throw new GitError(`${BUNDLED_SPEC} does not exist at ${base.ref} (${base.commit.slice(0, 12)}); pass a later --base.`);
  const baseSpec = asOpenApiDocument(JSON.parse(baseText), `${BUNDLED_SPEC} at ${base.ref}`);
  const headSpec = await loadSpec(join(root, BUNDLED_SPEC));
  const changes = diffSpecs(baseSpec, headSpec);
  const versions = Object.fromEntries((await publishedPackages(root)).map((p) => [p.manifest.name, p.manifest.version]));
  return { base, changes, packages: packagesReached(changes, versions) };
}
