import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./repo-root.js";

/** The version the workspace's `catalog:` pins for a dependency. */
export async function catalogVersion(name: string, root = repoRoot): Promise<string> {
  const workspace = parse(await readFile(join(root, "pnpm-workspace.yaml"), "utf8")) as { catalog?: Record<string, string> };
  const version = workspace.catalog?.[name];
  if (version === undefined) throw new Error(`pnpm-workspace.yaml's catalog pins no version of ${name}.`);
  return version;
}
