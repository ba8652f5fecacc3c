import type { VerifyReport } from "./verify-report.js";

/**
 * The report as a table per consumer: one row per interaction (`ok` or `BREAK`), each break
 * under its row with its rule, then a one-line total.
 */
export function formatReport(report: VerifyReport): string {
  const lines: string[] = [];
  for (const consumer of report.consumers) {
    const broken = consumer.interactions.filter((i) => i.breaks.length > 0).length;
    lines.push(`${consumer.consumer} (${consumer.file}): ${broken === 0 ? "ok" : `${broken} of ${consumer.interactions.length} interactions break`}`);
    const rows = consumer.interactions.map((i) => [i.breaks.length === 0 ? "ok" : "BREAK", i.operationId, `${i.method.toUpperCase()} ${i.path}`, i.statuses.join(",")]);
    const widths = [5, ...[1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), 0))];
    lines.push(`  ${["RESULT".padEnd(widths[0]! + 1), "OPERATION".padEnd(widths[1]!), "REQUEST".padEnd(widths[2]!), "STATUSES"].join("  ")}`);
    consumer.interactions.forEach((interaction, i) => {
      const row = rows[i]!;
      lines.push(`  ${[row[0]!.padEnd(widths[0]! + 1), row[1]!.padEnd(Math.max(widths[1]!, 9)), row[2]!.padEnd(Math.max(widths[2]!, 7)), row[3]].join("  ")}`.trimEnd());
      for (const change of interaction.breaks) lines.push(`      ${change.rule}: ${change.message}`);
    });
    lines.push("");
  }
  const consumers = report.consumers.length;
  lines.push(
    report.ok
      ? `No breaks: ${report.spec} serves every recorded interaction of ${consumers} consumer${consumers === 1 ? "" : "s"}.`
      : `${report.breakCount} break${report.breakCount === 1 ? "" : "s"} against ${report.spec} (${consumers} consumer${consumers === 1 ? "" : "s"}).`,
  );
  return `${lines.join("\n")}\n`;
}
