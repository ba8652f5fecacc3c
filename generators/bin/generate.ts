import { fileURLToPath } from "node:url";
import { runGenerate } from "../src/cli/generate-command.js";
import { ModelError } from "../src/model/model-error.js";
import { SpecLoadError } from "../src/load/load-spec.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
try {
  process.exitCode = await runGenerate(repoRoot, process.argv.slice(2), (line) => console.log(line));
} catch (error) {
  if (error instanceof ModelError || error instanceof SpecLoadError) {
    console.error(`generate: the spec lacks a fact an emitter needs.\n${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
