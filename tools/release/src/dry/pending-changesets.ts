import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The changeset files waiting in `.changeset/` (its README is not one). */
export async function pendingChangesets(root: string): Promise<string[]> {
  const entries = await readdir(join(root, ".changeset"));
  return entries.filter((e) => e.endsWith(".md") && e !== "README.md").sort();
}
