// pnpm spec:diff [--base <git ref>] [--json]: the spec's changes since the base, and the bumps they need.
import { parseDiffArgs } from "../src/diff/cli-options.js";
import { diffJson, formatDiff } from "../src/diff/diff-report.js";
import { gitRoot } from "../src/diff/git.js";
import { runCli } from "../src/diff/run-cli.js";
import { specDiff } from "../src/diff/spec-diff.js";

await runCli("spec:diff", async () => {
  const options = parseDiffArgs(process.argv.slice(2), true);
  const diff = await specDiff(await gitRoot(process.cwd()), options.base);
  process.stdout.write(options.json ? diffJson(diff) : formatDiff(diff));
});
