import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byOperation } from "./diff-report.js";
import type { SpecDiff } from "./spec-diff.js";

/** A changeset file `pnpm spec:changeset` writes: its name in `.changeset/` and its text. */
export interface SpecChangeset {
  fileName: string;
  text: string;
}

const SECTIONS = [
  { level: "breaking", title: "Breaking" },
  { level: "non-breaking", title: "Non-breaking" },
  { level: "documentation", title: "Documentation" },
] as const;

/**
 * The changeset for a spec diff: every reached package at its bump in the front matter, and the
 * diff's changes as the summary, grouped by level and operation. The name derives from the text,
 * so writing the same diff twice writes one file.
 */
export function specChangeset(diff: SpecDiff): SpecChangeset | null {
  if (diff.packages.length === 0) return null;
  const lines = ["---", ...diff.packages.map((p) => `"${p.name}": ${p.bump}`), "---", "", "The spec changed (`pnpm spec:diff`):"];
  for (const { level, title } of SECTIONS) {
    const changes = diff.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    lines.push("", `${title}:`, "");
    for (const [label, group] of byOperation(changes)) {
      for (const change of group) lines.push(`- ${label}: ${change.message}`);
    }
  }
  const text = `${lines.join("\n")}\n`;
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 8);
  return { fileName: `spec-${hash}.md`, text };
}

/** Writes the changeset into `.changeset/` unless the same one is there; resolves with its path and whether it was new. */
export async function writeSpecChangeset(root: string, changeset: SpecChangeset): Promise<{ path: string; written: boolean }> {
  const path = join(root, ".changeset", changeset.fileName);
  const existing = await readFile(path, "utf8").catch(() => null);
  if (existing === changeset.text) return { path, written: false };
  await writeFile(path, changeset.text, { flag: existing === null ? "wx" : "w" });
  return { path, written: true };
}
