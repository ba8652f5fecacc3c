import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { packPackage, type PackedTarball } from "../pack/pack-package.js";
import { readTarballBudgets } from "../pack/tarball-budgets.js";
import { tarballProblems } from "../pack/tarball-rules.js";
import { runCommand } from "../process/run-command.js";
import { catalogVersion } from "../workspace/catalog.js";
import type { PackageManifest } from "../workspace/package-manifest.js";
import { publishedPackages } from "../workspace/published-packages.js";
import { repoRoot } from "../workspace/repo-root.js";
import { cliChecks } from "./cli-checks.js";
import { consumerEnv } from "./consumer-env.js";
import { consumerTsconfig, entryPointsSource, loadEntriesSource, SETUP_FILES_TEST_SOURCE, SMOKE_SOURCE, vitestConfigSource } from "./consumer-sources.js";
import { entryPoints } from "./entry-points.js";
import { startInstalledMock } from "./mock-process.js";
import { pendingChangesets } from "./pending-changesets.js";
import { makeScratchCopy } from "./scratch-copy.js";
import { TimedSteps, type StepTiming } from "./timed-steps.js";

export interface ReleaseDryOptions {
  /**
   * Keep the scratch copy and the consumer project instead of deleting them (their paths are printed).
   * @default false
   */
  keep?: boolean;
}

export interface ReleaseDryResult {
  tarballs: PackedTarball[];
  timings: StepTiming[];
}

/** An error of the dry run itself: a step's outcome was not what a release needs. */
export class ReleaseDryError extends Error {
  override name = "ReleaseDryError";
}

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const changesetBin = require.resolve("@changesets/cli/bin.js");

/**
 * Versions and packs every published package in a scratch copy of the workspace, installs the
 * tarballs with npm into a fresh project outside it, and checks there what a consumer would do.
 */
export async function releaseDry(options: ReleaseDryOptions = {}): Promise<ReleaseDryResult> {
  const steps = new TimedSteps();
  const scratch = await mkdtemp(join(tmpdir(), "gorgias-kit-release-"));
  const consumer = await mkdtemp(join(tmpdir(), "gorgias-kit-consumer-"));
  if (!relative(repoRoot, consumer).startsWith("..")) throw new ReleaseDryError(`The consumer project ${consumer} is inside the workspace; set TMPDIR elsewhere.`);
  const env = consumerEnv();
  try {
    const copy = join(scratch, "workspace");
    const tarballDir = join(scratch, "tarballs");
    await mkdir(tarballDir);
    await steps.run("scratch copy of the workspace", () => makeScratchCopy(repoRoot, copy));

    const changesets = await pendingChangesets(copy);
    await steps.run(`changeset version (${changesets.length} changesets)`, async () => {
      if (changesets.length > 0) await runCommand(process.execPath, [changesetBin, "version"], { cwd: copy });
    });

    const packages = await publishedPackages(copy);
    const budgets = await readTarballBudgets();
    const tarballs = await steps.run(`pnpm pack (${packages.length} packages)`, async () => {
      const packed: PackedTarball[] = [];
      for (const pkg of packages) packed.push(await packPackage(pkg.dir, tarballDir));
      return packed;
    });
    const problems = tarballs.flatMap((t) => tarballProblems(t, packages.find((p) => p.manifest.name === t.name)!.manifest, budgets[t.name]));
    if (problems.length > 0) throw new ReleaseDryError(`Tarballs:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

    const manifests = packages.map((p) => p.manifest);
    const entries = manifests.flatMap(entryPoints);
    await writeFile(join(consumer, "package.json"), `${JSON.stringify({ name: "gorgias-kit-consumer", private: true, type: "module" }, null, 2)}\n`);
    await writeFile(join(consumer, "entry-points.ts"), entryPointsSource(entries));
    await writeFile(join(consumer, "load-entries.mjs"), loadEntriesSource(entries));
    await writeFile(join(consumer, "smoke.ts"), SMOKE_SOURCE);
    const setupFiles = entries.filter((e) => e.kind === "vitest-setup");
    if (setupFiles.length > 0) {
      await writeFile(join(consumer, "vitest.config.mjs"), vitestConfigSource(entries));
      await writeFile(join(consumer, "setup-files.test.mjs"), SETUP_FILES_TEST_SOURCE);
    }
    await writeFile(join(consumer, "tsconfig.node16.json"), consumerTsconfig("node16"));
    await writeFile(join(consumer, "tsconfig.bundler.json"), consumerTsconfig("bundler"));

    // What a TypeScript consumer of every entry point has besides the tarballs: Node's types and
    // each package's peers, optional ones included (\`@gorgias-kit/contract/vitest\` needs vitest).
    const peers = [...new Set(manifests.flatMap((m) => Object.keys(m.peerDependencies ?? {})))].filter((name) => !name.startsWith("@gorgias-kit/")).sort();
    const extras = await Promise.all(["@types/node", ...peers].map(async (name) => `${name}@${await catalogVersion(name)}`));
    await steps.run("npm install of the tarballs (consumer project)", () =>
      runCommand("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...tarballs.map((t) => t.path), ...extras], {
        cwd: consumer,
        env,
      }),
    );
    await checkInstalledVersions(consumer, tarballs);

    // The two type-checks are independent and the slowest steps: they run side by side.
    await Promise.all(
      (["node16", "bundler"] as const).map((resolution) =>
        steps.run(`type-check, moduleResolution ${resolution}`, () => runCommand(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: consumer, env })),
      ),
    );
    await steps.run(`load ${entries.filter((e) => e.kind !== "types" && e.kind !== "vitest-setup").length} entry points at run time`, () =>
      runCommand(process.execPath, ["load-entries.mjs"], { cwd: consumer, env }),
    );

    if (setupFiles.length > 0) {
      await steps.run(`vitest run with ${setupFiles.length} setup file(s) (${setupFiles.map((e) => e.specifier).join(", ")})`, () =>
        runCommand(process.execPath, [join("node_modules", "vitest", "vitest.mjs"), "run"], { cwd: consumer, env, timeoutMs: 120_000 }),
      );
    }

    for (const check of cliChecks(manifests)) {
      await steps.run(`${check.command} ${check.args.join(" ")}`, async () => {
        const { stdout } = await runCommand(join(consumer, "node_modules", ".bin", check.command), check.args, { cwd: consumer, env, timeoutMs: 60_000 });
        if (stdout.trim() === "") throw new ReleaseDryError(`${check.command} ${check.args.join(" ")} printed nothing.`);
      });
    }

    await steps.run("gorgias-mock started, one client call through the installed client", async () => {
      const mock = await startInstalledMock(join(consumer, "node_modules", ".bin", "gorgias-mock"), consumer);
      try {
        const { stdout } = await runCommand(process.execPath, [join("out", "smoke.js")], { cwd: consumer, env: { ...env, GORGIAS_BASE_URL: mock.baseUrl }, timeoutMs: 60_000 });
        console.log(`           ${stdout.trim()}`);
      } finally {
        const code = await mock.stop();
        if (code !== 0) throw new ReleaseDryError(`gorgias-mock exited with ${code} on SIGTERM.`);
      }
    });

    printTarballs(tarballs);
    return { tarballs, timings: steps.timings };
  } finally {
    if (options.keep) console.log(`Kept: ${scratch} (scratch copy, tarballs), ${consumer} (consumer project)`);
    else await Promise.all([rm(scratch, { recursive: true, force: true }), rm(consumer, { recursive: true, force: true })]);
  }
}

/** Each package resolves to the packed version at the top level: none came from the registry. */
async function checkInstalledVersions(consumer: string, tarballs: readonly PackedTarball[]): Promise<void> {
  for (const tarball of tarballs) {
    const installed = JSON.parse(await readFile(join(consumer, "node_modules", tarball.name, "package.json"), "utf8")) as PackageManifest;
    if (installed.version !== tarball.version) {
      throw new ReleaseDryError(`${tarball.name}: installed ${installed.version}, packed ${tarball.version}.`);
    }
  }
  const lock = JSON.parse(await readFile(join(consumer, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
  const fromRegistry = Object.entries(lock.packages).filter(([path, entry]) => /node_modules\/@gorgias-kit\//.test(path) && !entry.resolved?.startsWith("file:"));
  if (fromRegistry.length > 0) throw new ReleaseDryError(`Installed from the registry instead of the tarballs: ${fromRegistry.map(([p]) => p).join(", ")}.`);
}

function printTarballs(tarballs: readonly PackedTarball[]): void {
  console.log("\nTarballs:");
  const width = Math.max(...tarballs.map((t) => `${t.name}@${t.version}`.length));
  for (const t of tarballs) {
    console.log(`  ${`${t.name}@${t.version}`.padEnd(width)}  ${t.bytes.toLocaleString("en-US").padStart(9)} bytes  ${String(t.files.length).padStart(3)} files`);
  }
}
