import type { CliCommand } from "./cli-command.js";
import { verifyCommand } from "./verify-command.js";

/** The subcommands of `gorgias-contract`, by name (shown in this order in the help). */
export const COMMANDS: Record<string, CliCommand> = {
  verify: verifyCommand,
};
