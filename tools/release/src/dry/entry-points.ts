import type { PackageManifest } from "../workspace/package-manifest.js";

/**
 * One public entry point of a package: `module` has JavaScript and types, `types` only types (it is
 * type-checked, never loaded), `json` is loaded with an import attribute, `file` is only resolved,
 * and `vitest-setup` (a `./vitest` export) is a vitest setup file, loaded by a vitest run.
 */
export interface EntryPoint {
  specifier: string;
  kind: "module" | "types" | "json" | "file" | "vitest-setup";
}

/** Every subpath in `exports` except `./package.json`, in the order package.json lists them. */
export function entryPoints(manifest: PackageManifest): EntryPoint[] {
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== "./package.json")
    .map(([subpath, target]) => {
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      if (typeof target === "string") return { specifier, kind: target.endsWith(".json") ? "json" : "file" };
      if (!("import" in target)) return { specifier, kind: "types" };
      // A `./vitest` export registers hooks and matchers, which only work inside a vitest run.
      return { specifier, kind: subpath === "./vitest" ? "vitest-setup" : "module" };
    });
}
