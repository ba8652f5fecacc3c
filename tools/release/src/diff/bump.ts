/** A changeset's bump type, in changesets' own words. */
export type Bump = "major" | "minor" | "patch";

const ORDER: readonly Bump[] = ["patch", "minor", "major"];

/** The larger of two bumps (`undefined` counts as none). */
export function maxBump(a: Bump | undefined, b: Bump): Bump {
  return a === undefined || ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
}

/** Whether a changeset's `given` bump is at least the `required` one. */
export function covers(given: Bump | undefined, required: Bump): boolean {
  return given !== undefined && ORDER.indexOf(given) >= ORDER.indexOf(required);
}

/**
 * The bump a package at `version` takes for a change of `semverBump` size. Below 1.0.0 a breaking
 * change is a minor bump (0.4.2 → 0.5.0), as semver allows for major version zero and as
 * `.changeset/README.md` states: changesets itself would take `major` to 1.0.0, which is a
 * decision to make on purpose, not as a side effect of a spec change.
 */
export function bumpFor(semverBump: Bump, version: string): Bump {
  const major = Number.parseInt(version.split(".")[0] ?? "", 10);
  if (Number.isNaN(major)) throw new Error(`"${version}" is not a semver version.`);
  return semverBump === "major" && major === 0 ? "minor" : semverBump;
}
