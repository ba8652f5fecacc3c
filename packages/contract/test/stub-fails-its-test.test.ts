import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const fixture = fileURLToPath(new URL("fixtures/swallowing-consumer/", import.meta.url));
const vitestCli = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

interface JsonReport {
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

describe("a drifted stub in a downstream suite", () => {
  it("fails the test that used it, naming the operation, the URL path and the JSON path, though the code swallowed the 500", async () => {
    const run = await promisify(execFile)(process.execPath, [vitestCli, "run", "--config", join(fixture, "vitest.config.ts")], { cwd: fixture, env: { ...process.env, NO_COLOR: "1" } }).then(
      () => {
        throw new Error("the fixture suite passed");
      },
      (error: { code: number; stdout: string }) => error,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as JsonReport;
    expect(report.numFailedTests).toBe(1);
    const [test] = report.testResults[0]!.assertionResults;
    expect(test).toMatchObject({ title: "shows a ticket's status", status: "failed" });
    expect(test!.failureMessages[0]).toContain("SpecViolationError: GET /api/tickets/7 (getTicket): the stub's response differs from the spec:");
    expect(test!.failureMessages[0]).toContain("body /status: must be one of open, closed (got 123)");
  });
});
