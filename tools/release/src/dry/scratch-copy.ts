import { cp, readdir, symlink } from "node:fs/promises";
import { basename, join } from "node:path";

/** Folders a scratch copy leaves behind: caches, reports and the git database. */
const LEFT_OUT = new Set([".git", ".turbo", "test-output", "coverage"]);

/**
 * Copies the workspace (working tree, built `dist` folders included) to `destination`, where
 * `changeset version` may rewrite versions and changelogs without touching the real tree. The root
 * `node_modules` is linked, not copied: changesets loads its changelog module from there. Each
 * package's `node_modules` holds only links, copied as they are: pnpm pack reads a `workspace:`
 * dependency's version through them, so they must point at the copy's (bumped) packages.
 */
export async function makeScratchCopy(root: string, destination: string): Promise<void> {
  for (const entry of await readdir(root)) {
    if (LEFT_OUT.has(entry) || entry === "node_modules") continue;
    await cp(join(root, entry), join(destination, entry), {
      recursive: true,
      filter: (source) => !LEFT_OUT.has(basename(source)),
      verbatimSymlinks: true,
    });
  }
  await symlink(join(root, "node_modules"), join(destination, "node_modules"), "dir");
}
