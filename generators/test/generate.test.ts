import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDrift, generateFiles, runGenerate } from "../src/cli/generate-command.js";
import { expectedText } from "../src/cli/splice-region.js";
import { ownedFolders } from "../src/emit/index.js";

const repoRoot = join(import.meta.dirname, "../..");
const first = await generateFiles(repoRoot);

describe("generation", () => {
  it("is deterministic: two runs give the same bytes", async () => {
    const second = await generateFiles(repoRoot);
    expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
    for (const [i, file] of second.entries()) expect(file.contents, file.path).toBe(first[i]!.contents);
  });

  it("marks every generated file with a header naming the source and the regenerate command", () => {
    for (const file of first.filter((f) => f.region === undefined)) {
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

  it("emits the operation table once, into the spec package", () => {
    const tables = first.filter((f) => f.contents.includes("export const operations ="));
    expect(tables.map((f) => f.path)).toEqual(["packages/spec/src/generated/operations.gen.ts"]);
    expect(tables[0]!.contents).not.toMatch(/^import /m);
  });

  it("matches what is committed (the drift check is clean)", async () => {
    expect(await checkDrift(repoRoot, first)).toEqual({ stale: [], missing: [], orphaned: [] });
  });
});

describe("a one-description edit of the spec", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("changes only the generated files that show that description", async () => {
    const tree = await mkdtemp(join(tmpdir(), "gorgias-edit-"));
    dirs.push(tree);
    await cp(join(repoRoot, "spec"), join(tree, "spec"), { recursive: true });
    const file = join(tree, "spec/paths/api_tickets.yaml");
    const original = "description: Only tickets of this customer.";
    const edited = "description: Only tickets of this one customer.";
    const yaml = await readFile(file, "utf8");
    expect(yaml).toContain(original);
    await writeFile(file, yaml.replace(original, edited));

    const after = await generateFiles(tree);
    expect(after.map((f) => f.path)).toEqual(first.map((f) => f.path));
    const changed = after.filter((f, i) => f.contents !== first[i]!.contents).map((f) => f.path);
    const showing = after.filter((f) => f.contents.includes("tickets of this one customer")).map((f) => f.path);
    expect(changed).toEqual(showing);
    // The parameter's description shows in the types' JSDoc, the MCP tool's input schema and the published bundle.
    expect(changed).toEqual([
      "packages/mcp/manifest.json",
      "packages/spec/openapi.json",
      "packages/spec/openapi.yaml",
      "packages/spec/src/generated/schema.gen.ts",
    ]);
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
      const committed = await readFile(join(repoRoot, file.path), "utf8");
      await writeFile(join(tree, file.path), expectedText(file, committed));
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

describe("the turbo graph", async () => {
  const turbo = JSON.parse(await readFile(join(repoRoot, "turbo.json"), "utf8")) as { tasks: Record<string, { inputs?: string[]; outputs?: string[] }> };
  const globs = (list: string[] | undefined) => (list ?? []).map((g) => g.replace("$TURBO_ROOT$/", ""));
  const covers = (list: string[], path: string) => list.some((g) => (g.endsWith("/**") ? path.startsWith(g.slice(0, -2)) : g === path));
  const outputs = globs(turbo.tasks.generate?.outputs);

  it("caches generate with every generated file as an output, and nothing else", () => {
    for (const file of first) expect(covers(outputs, file.path), file.path).toBe(true);
    for (const glob of outputs) {
      if (glob.endsWith("/**")) expect(ownedFolders(), glob).toContain(glob.slice(0, -3));
      else expect(first.map((f) => f.path), glob).toContain(glob);
    }
  });

  it("reruns the drift check when any generated file changes", () => {
    const inputs = globs(turbo.tasks["check:generated"]?.inputs);
    for (const file of first) expect(covers(inputs, file.path), file.path).toBe(true);
  });
});
