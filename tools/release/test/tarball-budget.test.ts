import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackage, type PackedTarball } from "../src/pack/pack-package.js";
import { readTarballBudgets } from "../src/pack/tarball-budgets.js";
import { tarballProblems, type TarballBudget } from "../src/pack/tarball-rules.js";
import { publishedPackages, type WorkspacePackage } from "../src/workspace/published-packages.js";

const published = await publishedPackages();
const budgets = await readTarballBudgets();

describe("published tarballs", () => {
  let destination: string;
  const packed = new Map<string, PackedTarball>();

  beforeAll(async () => {
    destination = await mkdtemp(join(tmpdir(), "gorgias-kit-budget-"));
    // One after another: packing is quick and the machine's cores are shared.
    for (const pkg of published) packed.set(pkg.manifest.name, await packPackage(pkg.dir, destination));
  }, 120_000);

  afterAll(async () => {
    await rm(destination, { recursive: true, force: true });
  });

  it("the published packages are the changesets fixed group's five", () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual([
      "@gorgias-kit/client",
      "@gorgias-kit/contract",
      "@gorgias-kit/mcp",
      "@gorgias-kit/mock-server",
      "@gorgias-kit/spec",
    ]);
  });

  it("every published package has a budget and every budget names a published package", () => {
    expect(Object.keys(budgets).sort()).toEqual(published.map((p) => p.manifest.name).sort());
  });

  it.each(published.map((p): [string, WorkspacePackage] => [p.manifest.name, p]))(
    "%s: within its bytes and file budget, only what consumers load, every bin and export present",
    (name, pkg) => {
      const tarball = packed.get(name)!;
      console.log(`${name}: ${tarball.bytes} bytes, ${tarball.files.length} files`);
      expect(tarballProblems(tarball, pkg.manifest, budgets[name])).toEqual([]);
    },
  );
});

describe("tarball rules", () => {
  const manifest = {
    name: "@gorgias-kit/example",
    version: "0.1.0",
    bin: { "gorgias-example": "./bin/gorgias-example.js" },
    exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./package.json": "./package.json" },
  };
  const budget: TarballBudget = { maxBytes: 1000, maxFiles: 6, sourceMaps: false, why: "example" };
  const clean: PackedTarball = {
    name: manifest.name,
    version: manifest.version,
    path: "/tmp/example.tgz",
    bytes: 900,
    files: ["README.md", "bin/gorgias-example.js", "dist/index.d.ts", "dist/index.js", "package.json"],
  };

  it("a tarball within budget with every entry point has no problem", () => {
    expect(tarballProblems(clean, manifest, budget)).toEqual([]);
  });

  it("names the bytes and the file count over budget", () => {
    const big = { ...clean, bytes: 1001, files: [...clean.files, "dist/a.js", "dist/b.js"] };
    expect(tarballProblems(big, manifest, budget)).toEqual([
      "@gorgias-kit/example: tarball is 1001 bytes, over its budget of 1000.",
      "@gorgias-kit/example: tarball holds 7 files, over its budget of 6.",
    ]);
  });

  it("refuses tests, fixtures, bench code, examples and sources", () => {
    const files = ["test/a.test.ts", "dist/x.test.js", "fixtures/f.json", "bench/run.js", "examples/e.ts", "src/index.ts"];
    const problems = tarballProblems({ ...clean, files: [...clean.files, ...files] }, manifest, { ...budget, maxFiles: 20 });
    expect(problems.map((p) => p.split(" is ")[1]?.split(",")[0])).toEqual([
      "tests",
      "tests",
      "fixtures",
      "bench code",
      "examples",
      "TypeScript sources",
    ]);
  });

  it("holds each package to its source-map decision", () => {
    const withMap = { ...clean, files: [...clean.files, "dist/index.js.map"] };
    expect(tarballProblems(withMap, manifest, budget)).toEqual([
      "@gorgias-kit/example: ships 1 source map (dist/index.js.map) but its budget says sourceMaps: false.",
    ]);
    expect(tarballProblems(clean, manifest, { ...budget, sourceMaps: true })).toEqual([
      "@gorgias-kit/example: ships no source map but its budget says sourceMaps: true.",
    ]);
  });

  it("names a bin or export the tarball does not hold", () => {
    const missing = { ...clean, files: clean.files.filter((f) => f !== "bin/gorgias-example.js" && f !== "dist/index.d.ts") };
    expect(tarballProblems(missing, manifest, budget)).toEqual([
      "@gorgias-kit/example: package.json points at bin/gorgias-example.js (bin or exports), which the tarball does not hold.",
      "@gorgias-kit/example: package.json points at dist/index.d.ts (bin or exports), which the tarball does not hold.",
    ]);
  });

  it("a package with no budget is told where to add one", () => {
    expect(tarballProblems(clean, manifest, undefined)).toEqual([
      "@gorgias-kit/example: no budget in tools/release/tarball-budgets.json; add one ({ maxBytes, maxFiles, sourceMaps, why }).",
    ]);
  });
});
