import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { loadSpec } from "../load/load-spec.js";
import { buildApiModel } from "../model/build-model.js";
import { emitAll, ownedFolders } from "../emit/index.js";
import { REGENERATE_COMMAND, type GeneratedFile } from "../emit/generated-file.js";
import { expectedText } from "./splice-region.js";

export interface DriftReport {
  stale: string[];
  missing: string[];
  orphaned: string[];
}

export async function generateFiles(repoRoot: string): Promise<GeneratedFile[]> {
  const spec = await loadSpec(join(repoRoot, "spec/openapi.yaml"));
  return emitAll(buildApiModel(spec));
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Compares every output in memory with the tree; reports all differences at once. */
export async function checkDrift(repoRoot: string, files: GeneratedFile[]): Promise<DriftReport> {
  const report: DriftReport = { stale: [], missing: [], orphaned: [] };
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = await readFile(join(repoRoot, file.path), "utf8").catch(() => null);
    if (current === null) report.missing.push(file.path);
    else if (current !== expectedText(file, current)) report.stale.push(file.path);
  }
  for (const folder of ownedFolders()) {
    for (const absolute of await listFiles(join(repoRoot, folder))) {
      const path = relative(repoRoot, absolute);
      if (!expected.has(path)) report.orphaned.push(path);
    }
  }
  return report;
}

export async function writeFiles(repoRoot: string, files: GeneratedFile[]): Promise<{ written: number; removed: string[] }> {
  const drift = await checkDrift(repoRoot, files);
  let written = 0;
  for (const file of files) {
    if (!drift.stale.includes(file.path) && !drift.missing.includes(file.path)) continue;
    const target = join(repoRoot, file.path);
    const current = await readFile(target, "utf8").catch(() => null);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, expectedText(file, current));
    written++;
  }
  for (const orphan of drift.orphaned) await rm(join(repoRoot, orphan));
  return { written, removed: drift.orphaned };
}

export function formatDrift(report: DriftReport): string {
  const lines: string[] = [];
  for (const [label, paths] of [["stale", report.stale], ["missing", report.missing], ["orphaned", report.orphaned]] as const) {
    for (const path of paths) lines.push(`  ${label.padEnd(8)} ${path}`);
  }
  return lines.join("\n");
}

/** `gorgias-generate [--check]`: returns the process exit code. */
export async function runGenerate(repoRoot: string, argv: string[], out: (line: string) => void): Promise<number> {
  const unknown = argv.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    out(`Unknown argument ${unknown.map((a) => JSON.stringify(a)).join(", ")}. Usage: ${REGENERATE_COMMAND} [--check]`);
    return 2;
  }
  const started = performance.now();
  const files = await generateFiles(repoRoot);
  if (argv.includes("--check")) {
    const drift = await checkDrift(repoRoot, files);
    const total = drift.stale.length + drift.missing.length + drift.orphaned.length;
    if (total === 0) {
      out(`generate --check: ${files.length} generated files match the spec.`);
      return 0;
    }
    out(`generate --check: ${total} generated file(s) differ from what the spec produces:\n${formatDrift(drift)}\nRun \`${REGENERATE_COMMAND}\` and commit the result.`);
    return 1;
  }
  const { written, removed } = await writeFiles(repoRoot, files);
  out(`generate: ${files.length} files (${written} written, ${removed.length} orphan(s) removed) in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}
