// pnpm spec:changeset [--base <git ref>]: writes the changeset the spec's changes since the base need.
import { relative } from "node:path";
import { specChangeset, writeSpecChangeset } from "../src/diff/changeset-file.js";
import { parseDiffArgs } from "../src/diff/cli-options.js";
import { gitRoot } from "../src/diff/git.js";
import { runCli } from "../src/diff/run-cli.js";
import { specDiff } from "../src/diff/spec-diff.js";

await runCli("spec:changeset", async () => {
  const options = parseDiffArgs(process.argv.slice(2), false);
  const root = await gitRoot(process.cwd());
  const diff = await specDiff(root, options.base);
  const changeset = specChangeset(diff);
  if (changeset === null) {
    console.log(`spec:changeset: the spec has not changed since ${diff.base.ref}; no changeset needed.`);
    return;
  }
  const { path, written } = await writeSpecChangeset(root, changeset);
  console.log(`${written ? "Wrote" : "Already there:"} ${relative(root, path)}\n\n${changeset.text}`);
  console.log("Edit the summary to say what changed for users (keep the front matter), then commit it with the spec.");
});
