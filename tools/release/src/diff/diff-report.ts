import type { ChangeLevel, SpecChange } from "@gorgias-kit/contract";
import type { PackageBump } from "./package-reach.js";
import type { SpecDiff } from "./spec-diff.js";

const LEVELS: readonly { level: ChangeLevel; title: string }[] = [
  { level: "breaking", title: "Breaking" },
  { level: "non-breaking", title: "Non-breaking" },
  { level: "documentation", title: "Documentation" },
];

/** The operation a change belongs to, as a reader names it: `deleteTicket (DELETE /api/tickets/{id})`. */
export function operationLabel(change: SpecChange): string {
  if (change.path === undefined) return "document-wide";
  const where = `${change.method?.toUpperCase() ?? ""} ${change.path}`.trim();
  return change.operationId ? `${change.operationId} (${where})` : where;
}

/** Changes of one level grouped by operation, in the classification's order. */
export function byOperation(changes: readonly SpecChange[]): Map<string, SpecChange[]> {
  const groups = new Map<string, SpecChange[]>();
  for (const change of changes) {
    const label = operationLabel(change);
    groups.set(label, [...(groups.get(label) ?? []), change]);
  }
  return groups;
}

/** Why a package takes its bump, in one line: the size semver gives and the below-1.0 rule when it applied. */
export function bumpReason(pkg: PackageBump): string {
  const counts = LEVELS.map(({ level }) => [level, pkg.changes.filter((c) => c.level === level).length] as const)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${level}`)
    .join(", ");
  const belowOne = pkg.semverBump === "major" && pkg.bump === "minor" ? `; breaking below 1.0 (${pkg.version}) is a minor bump` : "";
  return `${counts}${belowOne}`;
}

/** The text report of `pnpm spec:diff`. */
export function formatDiff(diff: SpecDiff): string {
  const lines = [`Spec changes since ${diff.base.ref} (${diff.base.commit.slice(0, 12)}, ${diff.base.source}):`];
  if (diff.changes.length === 0) return `${lines[0]} none.\n`;
  for (const { level, title } of LEVELS) {
    const changes = diff.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    lines.push("", `${title} (${changes.length})`);
    for (const [label, group] of byOperation(changes)) {
      lines.push(`  ${label}`);
      for (const change of group) lines.push(`    - ${change.message} [${change.rule}]`);
    }
  }
  lines.push("", "Packages reached:");
  const width = Math.max(...diff.packages.map((p) => p.name.length));
  for (const pkg of diff.packages) lines.push(`  ${pkg.name.padEnd(width)}  ${pkg.bump.padEnd(5)}  ${bumpReason(pkg)}`);
  return `${lines.join("\n")}\n`;
}

/** The `--json` report: the base, every change as classified, and each package's bump. */
export function diffJson(diff: SpecDiff): string {
  const packages = diff.packages.map((p) => ({ name: p.name, version: p.version, bump: p.bump, semverBump: p.semverBump, changes: p.changes.length }));
  return `${JSON.stringify({ base: diff.base, changes: diff.changes, packages }, null, 2)}\n`;
}
