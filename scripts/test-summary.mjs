// Prints the plain total over every package's vitest JSON report: "N passed, N failed".
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const within = async (dir) => (await readdir(join(root, dir))).map((p) => join(dir, p));
const folders = ["generators", ...(await within("packages")), ...(await within("examples")), ...(await within("tools"))];
const reports = folders.map((f) => join(root, f, "test-output", "vitest.json"));

if (process.argv.includes("--clean")) {
  await Promise.all(reports.map((r) => rm(r, { force: true })));
} else {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const report of reports) {
    const text = await readFile(report, "utf8").catch(() => null);
    if (text === null) continue;
    const result = JSON.parse(text);
    passed += result.numPassedTests ?? 0;
    // A file that fails to load runs no test; count it as one failure so the total never hides it.
    const brokenFiles = (result.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
    ).length;
    failed += (result.numFailedTests ?? 0) + brokenFiles;
    skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
