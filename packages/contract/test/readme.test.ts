import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CONFORMANCE_USAGE } from "../src/conformance/conformance-args.js";
import { CHANGE_RULES } from "../src/index.js";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const tsBlocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README", () => {
  it("shows examples/quick-start.test.ts byte for byte (the suite runs that file)", () => {
    expect(tsBlocks).toContain(readFileSync(new URL("examples/quick-start.test.ts", root), "utf8"));
  });

  it("shows examples/record-and-verify.ts byte for byte, and the example prints what the README says", async () => {
    expect(tsBlocks).toContain(readFileSync(new URL("examples/record-and-verify.ts", root), "utf8"));
    const printed = /It prints:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", fileURLToPath(new URL("examples/record-and-verify.ts", root))], { cwd: fileURLToPath(root), timeout: 60_000 });
    expect(stdout).toBe(printed);
  });

  it("documents every rule of CHANGE_RULES with its level and meaning, and no other", () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| ([a-z-]+) \| (.+) \|$/gm)].map(([, id, level, meaning]) => ({ id, level, meaning }));
    expect(rows).toEqual(Object.entries(CHANGE_RULES).map(([id, rule]) => ({ id, level: rule.level, meaning: rule.meaning })));
  });

  it("documents every flag the conformance command takes", () => {
    for (const flag of CONFORMANCE_USAGE.match(/--[a-z-]+/g) ?? []) if (flag !== "--help") expect(readme, flag).toContain(flag);
  });
});
