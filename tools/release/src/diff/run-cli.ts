import { SpecLoadError } from "@gorgias-kit/contract";
import { GitError } from "./git.js";
import { UsageError } from "./cli-options.js";

/** Runs a release command, turning the errors a user can fix into one line on stderr and exit 2. */
export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof SpecLoadError) {
      console.error(`${name}: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
