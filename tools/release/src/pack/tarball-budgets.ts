import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "../workspace/repo-root.js";
import type { TarballBudget } from "./tarball-rules.js";

/** Where each published package's tarball budget lives: one data file. */
export const TARBALL_BUDGETS_FILE = join(repoRoot, "tools", "release", "tarball-budgets.json");

export async function readTarballBudgets(): Promise<Record<string, TarballBudget>> {
  return JSON.parse(await readFile(TARBALL_BUDGETS_FILE, "utf8")) as Record<string, TarballBudget>;
}
