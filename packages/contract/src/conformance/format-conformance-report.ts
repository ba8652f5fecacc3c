import { formatViolation } from "../validate/violation.js";
import type { ConformanceReport } from "./run-conformance.js";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The text report: one block per violation (operation, request, the case, each difference),
 * one line per refused or skipped example, then a summary line.
 */
export function formatConformanceReport(report: ConformanceReport): string {
  const lines: string[] = [`conformance of ${report.baseUrl}: ${plural(report.operations, "operation")}, ${plural(report.results.length, "request")}`];
  for (const result of report.results) {
    const c = result.case;
    const head = `${c.operationId} ${c.method} ${result.target} [${c.label}]`;
    if (result.outcome === "violation") {
      lines.push(`FAIL ${head}${result.status === undefined ? "" : ` → ${result.status}`}`);
      for (const v of result.violations) lines.push(`  - ${formatViolation(v)}`);
    } else if (result.outcome === "refused") lines.push(`note ${head} → ${result.status}: the server refused a spec example`);
    else if (result.outcome === "skipped") lines.push(`skip ${head}: ${result.note}`);
  }
  const count = (outcome: string, kind?: string) => report.results.filter((r) => r.outcome === outcome && (kind === undefined || r.case.kind === kind)).length;
  const examples = report.results.filter((r) => r.case.kind === "example").length;
  const boundaries = report.results.length - examples;
  lines.push(
    `${report.violations === 0 ? "PASS" : "FAIL"}: ${plural(examples, "example")} (${count("conforms", "example")} conform, ${count("refused")} refused, ${count("skipped")} skipped), ` +
      `${plural(boundaries, "boundary case")} (${count("conforms", "boundary")} refused as documented), ${plural(report.violations, "violation")}` +
      (report.withoutBoundary.length > 0 ? `; no boundary case for ${report.withoutBoundary.join(", ")}` : ""),
  );
  if (report.rateLimited.waits > 0) lines.push(`(paced by the server's rate limit: ${plural(report.rateLimited.waits, "429")} waited out, ${(report.rateLimited.waitedMs / 1000).toFixed(1)} s in all)`);
  return `${lines.join("\n")}\n`;
}
