import type { PackageManifest } from "../workspace/package-manifest.js";

/**
 * One public entry point of a package: `module` has JavaScript and types, `types` only types (it is
 * type-checked, never loaded), `json` is loaded with an import attribute, `file` is only resolved.
 */
export interface EntryPoint {
  specifier: string;
  kind: "module" | "types" | "json" | "file";
}

/** Every subpath in `exports` except `./package.json`, in the order package.json lists them. */
export function entryPoints(manifest: PackageManifest): EntryPoint[] {
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== "./package.json")
    .map(([subpath, target]) => {
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      if (typeof target === "string") return { specifier, kind: target.endsWith(".json") ? "json" : "file" };
      return { specifier, kind: "import" in target ? "module" : "types" };
    });
}
