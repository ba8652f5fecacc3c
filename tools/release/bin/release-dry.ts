// pnpm release:dry [--keep]: proves the published packages install and work for a consumer.
import { performance } from "node:perf_hooks";
import { CommandError } from "../src/process/run-command.js";
import { ReleaseDryError, releaseDry } from "../src/dry/release-dry.js";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--keep");
if (unknown.length > 0) {
  console.error(`release:dry: unknown argument ${unknown[0]} (takes only --keep).`);
  process.exit(2);
}

console.log("release:dry: version, pack, install into a fresh consumer project and check it there\n");
try {
  const start = performance.now();
  await releaseDry({ keep: args.includes("--keep") });
  console.log(`\nrelease:dry passed in ${((performance.now() - start) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof ReleaseDryError || error instanceof CommandError) {
    console.error(`\nrelease:dry failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
