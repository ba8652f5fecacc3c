import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PAGES } from "../src/links.js";
import { packageRoot, requireDist } from "./support/paths.js";

const run = promisify(execFile);
const readme = await readFile(join(packageRoot, "README.md"), "utf8");
const exampleFile = "examples/serve-built-site.ts";

describe("README", () => {
  it("shows the example file byte for byte", async () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(await readFile(join(packageRoot, exampleFile), "utf8"));
  });

  it("lists every page of the site", () => {
    for (const page of Object.values(PAGES)) expect(readme, page.file).toContain(`\`${page.file}\``);
  });

  it("runs the example against the built site", async () => {
    requireDist();
    const { stdout } = await run(process.execPath, ["--import", "tsx", exampleFile], { cwd: packageRoot });
    expect(stdout).toMatch(/^scope matrix served at http:\/\/127\.0\.0\.1:\d+\/scope-matrix\.html \(\d+ bytes\)\n$/);
  });
});
