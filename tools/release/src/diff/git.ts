import { runCommand, CommandError } from "../process/run-command.js";

/** A git ref the spec is compared against, resolved to its commit, with why it was chosen. */
export interface SpecBase {
  ref: string;
  commit: string;
  /** How the base was found: given with `--base`, the last release tag, the merge base with main, or HEAD. */
  source: "--base" | "release tag" | "merge base with main" | "HEAD";
}

/** A git operation the tooling needs failed; the message says which and why. */
export class GitError extends Error {
  override name = "GitError";
}

/** The last release of the spec package is tagged `@gorgias-kit/spec@<version>` (changesets' tag form). */
export const SPEC_RELEASE_TAG = "@gorgias-kit/spec@*";

async function git(root: string, args: readonly string[]): Promise<string> {
  return (await runCommand("git", args, { cwd: root, timeoutMs: 60_000 })).stdout.trim();
}

async function tryGit(root: string, args: readonly string[]): Promise<string | null> {
  try {
    return await git(root, args);
  } catch (error) {
    if (error instanceof CommandError) return null;
    throw error;
  }
}

/** The top folder of the git work tree that holds `cwd`. */
export async function gitRoot(cwd: string): Promise<string> {
  const root = await tryGit(cwd, ["rev-parse", "--show-toplevel"]);
  if (root === null) throw new GitError(`${cwd} is not inside a git work tree; the spec diff reads the base spec from git.`);
  return root;
}

/**
 * The base to compare with: `explicit` when given; else the newest release tag of the spec package
 * reachable from HEAD; else the merge base of HEAD with `main` (or `origin/main`); else HEAD itself.
 * On a clean clone of main with no release tag, that is HEAD: there is no diff to cover.
 */
export async function resolveBase(root: string, explicit?: string): Promise<SpecBase> {
  if (explicit !== undefined) {
    const commit = await tryGit(root, ["rev-parse", "--verify", "--quiet", `${explicit}^{commit}`]);
    if (commit === null) throw new GitError(`--base ${explicit} is not a commit, branch or tag of this repository.`);
    return { ref: explicit, commit, source: "--base" };
  }
  const tag = await tryGit(root, ["describe", "--tags", "--abbrev=0", "--match", SPEC_RELEASE_TAG, "HEAD"]);
  if (tag) return { ref: tag, commit: await git(root, ["rev-parse", `${tag}^{commit}`]), source: "release tag" };
  for (const main of ["main", "origin/main"]) {
    const base = await tryGit(root, ["merge-base", "HEAD", main]);
    if (base) return { ref: `merge-base(HEAD, ${main})`, commit: base, source: "merge base with main" };
  }
  return { ref: "HEAD", commit: await git(root, ["rev-parse", "HEAD"]), source: "HEAD" };
}

/** A file's content at a commit, or null when the commit has no such file. */
export async function fileAt(root: string, commit: string, path: string): Promise<string | null> {
  return tryGit(root, ["show", `${commit}:${path}`]);
}

/** The names of the files in a folder at a commit (none when the folder did not exist). */
export async function filesAt(root: string, commit: string, folder: string): Promise<string[]> {
  const listing = await tryGit(root, ["ls-tree", "--name-only", commit, `${folder}/`]);
  return listing ? listing.split("\n").map((p) => p.slice(folder.length + 1)) : [];
}
