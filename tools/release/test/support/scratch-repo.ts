import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "../../src/process/run-command.js";
import { BUNDLED_SPEC } from "../../src/diff/spec-diff.js";
import { publishedPackages } from "../../src/workspace/published-packages.js";
import { repoRoot } from "../../src/workspace/repo-root.js";

/** A git repository in a temporary folder holding what the spec diff reads: the bundled spec, the published package.json files and `.changeset/`. */
export interface ScratchRepo {
  root: string;
  /** The committed bundled spec, parsed. */
  spec: Record<string, any>;
  git(...args: string[]): Promise<string>;
  /** Writes the working tree's bundled spec, as `pnpm generate` would after a spec edit. */
  writeSpec(spec: unknown): Promise<void>;
  /** Sets every published package's version in the working tree. */
  setVersions(version: string): Promise<void>;
  /** Puts the working tree back to the feature branch's commit. */
  reset(): Promise<void>;
  remove(): Promise<void>;
}

/** `main` with the real bundled spec and package manifests at one commit, checked out on a `feature` branch. */
export async function createScratchRepo(): Promise<ScratchRepo> {
  const root = await mkdtemp(join(tmpdir(), "gorgias-kit-spec-diff-"));
  const git = async (...args: string[]) => (await runCommand("git", args, { cwd: root })).stdout.trim();
  const published = await publishedPackages();
  await mkdir(join(root, ".changeset"));
  await copyFile(join(repoRoot, ".changeset", "config.json"), join(root, ".changeset", "config.json"));
  await writeFile(join(root, ".changeset", "README.md"), "# Changesets\n");
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  for (const pkg of published) {
    await mkdir(join(root, pkg.relativeDir), { recursive: true });
    await writeFile(join(root, pkg.relativeDir, "package.json"), `${JSON.stringify({ ...pkg.manifest, version: "0.1.0" }, null, 2)}\n`);
  }
  await copyFile(join(repoRoot, BUNDLED_SPEC), join(root, BUNDLED_SPEC));
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", "-A");
  await git("-c", "user.name=scratch", "-c", "user.email=scratch@example.com", "commit", "--quiet", "-m", "base");
  await git("checkout", "--quiet", "-b", "feature");
  const spec = JSON.parse(await readFile(join(root, BUNDLED_SPEC), "utf8")) as Record<string, any>;
  return {
    root,
    spec,
    git,
    writeSpec: (next) => writeFile(join(root, BUNDLED_SPEC), `${JSON.stringify(next, null, 2)}\n`),
    setVersions: async (version) => {
      for (const pkg of published) {
        const file = join(root, pkg.relativeDir, "package.json");
        await writeFile(file, `${JSON.stringify({ ...JSON.parse(await readFile(file, "utf8")), version }, null, 2)}\n`);
      }
    },
    reset: async () => {
      await git("checkout", "--quiet", "--", ".");
      await git("clean", "--quiet", "-fd");
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
