import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { buildSite } from "../src/build/build-site.js";

const dirs: string[] = [];
let parent: string;
let outDir: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), "gorgias-docs-build-"));
  dirs.push(parent);
  outDir = join(parent, "dist");
  await mkdir(outDir);
  await writeFile(join(outDir, "index.html"), "previous site");
});

afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function expectUntouched(): Promise<void> {
  expect(await readFile(join(outDir, "index.html"), "utf8")).toBe("previous site");
  expect((await readdir(parent)).filter((name) => name.startsWith("dist"))).toEqual(["dist"]);
}

describe("buildSite", () => {
  it("names the missing MCP manifest and leaves the previous site as it was", async () => {
    await expect(buildSite({ outDir, mcpManifestFile: join(parent, "manifest.json") })).rejects.toThrow(/manifest\.json, which does not exist: run `pnpm generate`/);
    await expectUntouched();
  });

  it("refuses a spec the site data does not describe, leaving no half-built folder", async () => {
    const spec = join(parent, "spec.json");
    await writeFile(spec, JSON.stringify({ openapi: "3.1.0", info: { title: "x", version: "1" }, paths: { "/x": { get: { operationId: "somethingElse" } } } }));
    await expect(buildSite({ outDir, specFile: spec })).rejects.toThrow(/somethingElse .*pnpm generate/);
    await expectUntouched();
  });

  it("removes the scratch folder a killed build left behind", async () => {
    const spec = join(parent, "spec.json");
    await writeFile(spec, "{}");
    await mkdir(join(parent, "dist.partial-999999999"));
    await expect(buildSite({ outDir, specFile: spec })).rejects.toThrow(/missing from the spec/);
    await expectUntouched();
  });
});
