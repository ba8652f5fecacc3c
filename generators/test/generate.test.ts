import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDrift, generateFiles, runGenerate } from "../src/cli/generate-command.js";

const repoRoot = join(import.meta.dirname, "../..");
const first = await generateFiles(repoRoot);

describe("generation", () => {
  it("is deterministic: two runs give the same bytes", async () => {
    const second = await generateFiles(repoRoot);
    expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
    for (const [i, file] of second.entries()) expect(file.contents, file.path).toBe(first[i]!.contents);
  });

  it("marks every generated file with a header naming the source and the regenerate command", () => {
    for (const file of first) {
      expect(file.contents.slice(0, 600), file.path).toContain("generated — do not edit");
      expect(file.contents.slice(0, 600), file.path).toContain("pnpm generate");
    }
  });

  it("names generated TypeScript *.gen.ts and puts a README in each generated folder", () => {
    const ts = first.filter((f) => f.path.endsWith(".ts"));
    expect(ts.length).toBeGreaterThan(0);
    for (const file of ts) expect(file.path).toMatch(/\.gen\.ts$/);
    const folders = new Set(ts.map((f) => f.path.slice(0, f.path.lastIndexOf("/"))));
    for (const folder of folders) expect(first.map((f) => f.path)).toContain(`${folder}/README.md`);
  });

  it("matches what is committed (the drift check is clean)", async () => {
    expect(await checkDrift(repoRoot, first)).toEqual({ stale: [], missing: [], orphaned: [] });
  });
});

describe("generate --check in a tree that drifted", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("lists every stale, missing and orphaned file, prints the fix and exits 1", async () => {
    const tree = await mkdtemp(join(tmpdir(), "gorgias-drift-"));
    dirs.push(tree);
    await cp(join(repoRoot, "spec"), join(tree, "spec"), { recursive: true });
    for (const file of first) {
      await mkdir(join(tree, file.path, ".."), { recursive: true });
      await writeFile(join(tree, file.path), file.contents);
    }
    const [stale, missing] = [first[0]!.path, first[1]!.path];
    await writeFile(join(tree, stale), "edited by hand\n");
    await rm(join(tree, missing));
    await writeFile(join(tree, "packages/client/src/generated/left-over.gen.ts"), "export {};\n");

    const out: string[] = [];
    const code = await runGenerate(tree, ["--check"], (line) => out.push(line));
    expect(code).toBe(1);
    const text = out.join("\n");
    expect(text).toContain(`stale    ${stale}`);
    expect(text).toContain(`missing  ${missing}`);
    expect(text).toContain("orphaned packages/client/src/generated/left-over.gen.ts");
    expect(text).toContain("Run `pnpm generate`");

    expect(await runGenerate(tree, [], () => {})).toBe(0);
    expect(await runGenerate(tree, ["--check"], () => {})).toBe(0);
    expect(await readFile(join(tree, stale), "utf8")).toBe(first[0]!.contents);
  });

  it("rejects an unknown flag by name with exit code 2", async () => {
    const out: string[] = [];
    expect(await runGenerate(repoRoot, ["--chek"], (l) => out.push(l))).toBe(2);
    expect(out.join("\n")).toContain('Unknown argument "--chek"');
  });
});

describe("whole-file snapshots on the real spec", () => {
  it.each(["packages/client/src/generated/operations.gen.ts", "packages/client/src/generated/resources.gen.ts", "docs/scope-matrix.md"])("%s", async (path) => {
    const file = first.find((f) => f.path === path)!;
    await expect(file.contents).toMatchFileSnapshot(join(import.meta.dirname, "__snapshots__", path.replaceAll("/", "__")));
  });
});
