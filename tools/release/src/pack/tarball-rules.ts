import { binEntries, type PackageManifest } from "../workspace/package-manifest.js";
import type { PackedTarball } from "./pack-package.js";

/** A package's budget and source-map decision, as `tarball-budgets.json` states them. */
export interface TarballBudget {
  /** Largest gzipped tarball, in bytes. */
  maxBytes: number;
  maxFiles: number;
  /** Whether the tarball ships `dist/**\/*.map`. */
  sourceMaps: boolean;
  /** Why this package ships (or leaves out) its source maps. */
  why: string;
}

/** Paths no published package needs: the files consumers never load. */
const UNNEEDED: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /(^|\/)(test|tests|__tests__|test-output)\//, what: "tests" },
  { pattern: /\.(test|spec|test-d)\.[cm]?[jt]sx?$/, what: "tests" },
  { pattern: /(^|\/)fixtures?\//, what: "fixtures" },
  { pattern: /(^|\/)bench\//, what: "bench code" },
  { pattern: /(^|\/)examples\//, what: "examples" },
  { pattern: /^src\//, what: "TypeScript sources" },
  { pattern: /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.ts|vitest\.config\.ts|turbo\.json)$/, what: "build configuration" },
  { pattern: /(^|\/)\.turbo\//, what: "build cache" },
];

/** Every file a consumer may load through `bin` or `exports`, as paths inside the package. */
export function entryFiles(manifest: PackageManifest): string[] {
  const targets = new Set<string>(Object.values(binEntries(manifest)));
  for (const target of Object.values(manifest.exports ?? {})) {
    for (const file of typeof target === "string" ? [target] : Object.values(target)) targets.add(file);
  }
  return [...targets].map((t) => t.replace(/^\.\//, "")).sort();
}

/** What is wrong with a tarball against its budget: one sentence per problem, empty when it passes. */
export function tarballProblems(tarball: PackedTarball, manifest: PackageManifest, budget: TarballBudget | undefined): string[] {
  const problems: string[] = [];
  const name = tarball.name;
  if (budget === undefined) return [`${name}: no budget in tools/release/tarball-budgets.json; add one ({ maxBytes, maxFiles, sourceMaps, why }).`];
  if (tarball.bytes > budget.maxBytes) problems.push(`${name}: tarball is ${tarball.bytes} bytes, over its budget of ${budget.maxBytes}.`);
  if (tarball.files.length > budget.maxFiles) problems.push(`${name}: tarball holds ${tarball.files.length} files, over its budget of ${budget.maxFiles}.`);
  for (const file of tarball.files) {
    const rule = UNNEEDED.find((r) => r.pattern.test(file));
    if (rule) problems.push(`${name}: ${file} is ${rule.what}, which consumers never load; leave it out of "files".`);
  }
  const maps = tarball.files.filter((f) => f.endsWith(".map"));
  if (!budget.sourceMaps && maps.length > 0) problems.push(`${name}: ships ${maps.length} source map${maps.length === 1 ? "" : "s"} (${maps[0]}) but its budget says sourceMaps: false.`);
  if (budget.sourceMaps && maps.length === 0) problems.push(`${name}: ships no source map but its budget says sourceMaps: true.`);
  const shipped = new Set(tarball.files);
  for (const entry of entryFiles(manifest)) {
    if (!shipped.has(entry)) problems.push(`${name}: package.json points at ${entry} (bin or exports), which the tarball does not hold.`);
  }
  return problems;
}
