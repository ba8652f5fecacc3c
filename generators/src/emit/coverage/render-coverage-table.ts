import type { AreaCoverage, CoverageModel } from "../../model/types.js";

function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

/** Where an area's facts come from, in a few words: the guide, and how many reference pages. */
export function sourceSummary(area: AreaCoverage): string {
  const parts: string[] = [];
  if (area.fromGuide > 0) parts.push(`the guide (${area.fromGuide} of ${area.described})`);
  if (area.sources.length > 0) parts.push(`${area.sources.length} cited ${area.sources.length === 1 ? "source" : "sources"}`);
  if (area.leftOut.length > 0) parts.push(`left out: ${[...new Set(area.leftOut.map((op) => op.source))].join("; ")}`);
  return parts.join("; ") || "—";
}

/** The coverage table as Markdown: one row per area, a total row, and each left-out operation with its reason. */
export function renderCoverageTable(coverage: CoverageModel): string {
  const rows = coverage.areas.map((area) => {
    const leftOut = area.leftOut.map((op) => `\`${op.method} ${op.path}\`: ${op.reason}`).join("<br>");
    return `| ${cell(area.name)} | ${area.liveOperations} | ${area.described} | ${leftOut ? cell(leftOut) : "—"} | ${cell(sourceSummary(area))} |`;
  });
  const leftOutTotal = coverage.liveOperations - coverage.described;
  return [
    `The spec describes **${coverage.described} of the live API's ${coverage.liveOperations} operations**${leftOutTotal ? `; ${leftOutTotal === 1 ? "1 is left out, with its reason" : `${leftOutTotal} are left out, each with its reason`}` : ""}. Live operations: ${cell(coverage.source)}.`,
    "",
    "| Area | Live operations | In the spec | Left out, and why | Sources |",
    "|---|---|---|---|---|",
    ...rows,
    `| **All** | **${coverage.liveOperations}** | **${coverage.described}** | ${leftOutTotal} | |`,
    "",
  ].join("\n");
}
