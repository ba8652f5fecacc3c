/** Where a command writes; the entry passes the process's streams, tests can pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One subcommand of `gorgias-contract`. Add a command by adding an entry to `COMMANDS` in `commands.ts`. */
export interface CliCommand {
  /** One line for the top-level help. */
  summary: string;
  /** The command's `--help` text. */
  usage: string;
  /** Runs with the arguments after the command name (`--help` is handled before); resolves to the exit code. Throws `UsageError` for bad usage. */
  run(args: string[], io: CliIo): Promise<number>;
}
