import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { PackageManifest } from "./package-manifest.js";
import { repoRoot } from "./repo-root.js";

export interface WorkspacePackage {
  manifest: PackageManifest;
  /** Absolute folder of the package. */
  dir: string;
  /** Folder relative to the workspace root, with forward slashes. */
  relativeDir: string;
}

/** Every workspace package, from `pnpm-workspace.yaml`'s `packages` (plain folders and `folder/*`). */
export async function workspacePackages(root = repoRoot): Promise<WorkspacePackage[]> {
  const workspace = parse(await readFile(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const folders: string[] = [];
  for (const pattern of workspace.packages ?? []) {
    if (pattern.endsWith("/*")) {
      const parent = pattern.slice(0, -2);
      const entries = await readdir(join(root, parent), { withFileTypes: true });
      folders.push(...entries.filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`).sort());
    } else {
      folders.push(pattern);
    }
  }
  const found: WorkspacePackage[] = [];
  for (const relativeDir of folders) {
    const text = await readFile(join(root, relativeDir, "package.json"), "utf8").catch(() => null);
    if (text !== null) found.push({ manifest: JSON.parse(text) as PackageManifest, dir: join(root, relativeDir), relativeDir });
  }
  return found;
}

/** The packages a release publishes: public ones that changesets does not ignore. */
export async function publishedPackages(root = repoRoot): Promise<WorkspacePackage[]> {
  const config = JSON.parse(await readFile(join(root, ".changeset", "config.json"), "utf8")) as { ignore?: string[] };
  const ignored = new Set(config.ignore ?? []);
  return (await workspacePackages(root)).filter((p) => p.manifest.private !== true && !ignored.has(p.manifest.name));
}
