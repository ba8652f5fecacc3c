import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchRepo, type ScratchRepo } from "./support/scratch-repo.js";

const tsx = import.meta.resolve("tsx");
const bin = (name: string) => fileURLToPath(new URL(`../bin/${name}.ts`, import.meta.url));

/** Runs a release command from the scratch repository, as `pnpm spec:diff` runs it from the root. */
function run(name: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", tsx, bin(name), ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let repo: ScratchRepo;
beforeAll(async () => {
  repo = await createScratchRepo();
  const spec = structuredClone(repo.spec);
  spec.components.schemas.TicketCreate.properties.reference_note = { type: "string" };
  spec.paths["/api/tickets"].get.description = "List tickets, newest first unless a view orders them.";
  await repo.writeSpec(spec);
}, 60_000);
afterAll(() => repo.remove());

describe("the spec:diff and spec:changeset commands", () => {
  it("spec:diff prints the changes by level and operation, then each package's bump", async () => {
    const { code, stdout } = await run("spec-diff", [], repo.root);
    expect(code).toBe(0);
    expect(stdout).toContain("Non-breaking (1)\n  createTicket (POST /api/tickets)\n    - request body field \"reference_note\" was added as optional. [new-optional-request-property]");
    expect(stdout).toContain("Documentation (1)\n  listTickets (GET /api/tickets)\n    - description changed at /paths/~1api~1tickets/get/description. [description-changed]");
    expect(stdout).toMatch(/@gorgias-kit\/mock-server\s+minor\s+1 non-breaking\n/);
  });

  it("spec:diff --json gives the base, the classified changes and the bumps", async () => {
    const { code, stdout } = await run("spec-diff", ["--json", "--base", "main"], repo.root);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.base).toMatchObject({ ref: "main", source: "--base" });
    expect(report.changes.map((c: { rule: string }) => c.rule)).toEqual(["description-changed", "new-optional-request-property"]);
    expect(report.packages.map((p: { name: string; bump: string }) => `${p.name} ${p.bump}`)).toEqual([
      "@gorgias-kit/spec minor",
      "@gorgias-kit/client minor",
      "@gorgias-kit/mock-server minor",
      "@gorgias-kit/mcp minor",
      "@gorgias-kit/contract minor",
    ]);
  });

  it("spec:changeset writes the changeset into .changeset/ and prints it", async () => {
    const { code, stdout } = await run("spec-changeset", [], repo.root);
    expect(code).toBe(0);
    const written = (await readdir(join(repo.root, ".changeset"))).filter((f) => f.startsWith("spec-"));
    expect(written).toHaveLength(1);
    const text = await readFile(join(repo.root, ".changeset", written[0]!), "utf8");
    expect(stdout).toContain(`Wrote .changeset/${written[0]}\n\n${text}`);
    expect(text).toContain('"@gorgias-kit/mcp": minor\n"@gorgias-kit/contract": minor\n---');
  });

  it("refuses an unknown flag and a base that is not a ref, naming them, with exit 2", async () => {
    const unknown = await run("spec-diff", ["--bogus"], repo.root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^spec:diff: Unknown option '--bogus'/);
    const badBase = await run("spec-diff", ["--base", "no-such-branch"], repo.root);
    expect([badBase.code, badBase.stderr.trim()]).toEqual([2, "spec:diff: --base no-such-branch is not a commit, branch or tag of this repository."]);
    const jsonOnDiff = await run("spec-changeset", ["--json"], repo.root);
    expect(jsonOnDiff.code).toBe(2);
    expect(jsonOnDiff.stderr).toContain("spec:changeset: Unknown option '--json'");
  });
});
