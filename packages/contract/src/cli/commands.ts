import { CONFORMANCE_USAGE } from "../conformance/conformance-args.js";
import { main as runConformanceCommand } from "../conformance/run-conformance.js";
import type { CliCommand } from "./cli-command.js";
import { verifyCommand } from "./verify-command.js";

/** The subcommands of `gorgias-contract`, by name (shown in this order in the help). */
export const COMMANDS: Record<string, CliCommand> = {
  verify: verifyCommand,
  conformance: {
    summary: "replay the spec's examples and boundary cases against a server and check every answer",
    usage: CONFORMANCE_USAGE.trimEnd(),
    run: (args, io) => runConformanceCommand(args, { stdout: { write: io.stdout }, stderr: { write: io.stderr } }),
  },
};
