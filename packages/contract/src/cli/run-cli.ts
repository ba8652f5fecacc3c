import { ContractFileError } from "../recording/contract-errors.js";
import { SpecLoadError } from "../spec/load-spec.js";
import type { CliIo } from "./cli-command.js";
import { COMMANDS } from "./commands.js";
import { UsageError } from "./usage-error.js";

const HELP = () => `Usage: gorgias-contract <command> [options]

Contract tests for teams building on the Gorgias API.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
  .join("\n")}

Run gorgias-contract <command> --help for a command's options.`;

/** Runs `gorgias-contract` with its arguments; resolves to the exit code (2 for bad usage or unreadable input). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(`${HELP()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`gorgias-contract: unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")}.\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecLoadError || error instanceof ContractFileError) {
      io.stderr(`gorgias-contract ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
