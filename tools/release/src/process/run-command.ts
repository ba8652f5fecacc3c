import { execFile } from "node:child_process";

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** A hang guard, not a measure. @default 300000 */
  timeoutMs?: number;
}

/** A command that exited non-zero (or was stopped by its hang guard), with what it printed. */
export class CommandError extends Error {
  override name = "CommandError";
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`\`${command}\` failed (exit ${exitCode ?? "signal"}):\n${(stderr || stdout).trim().split("\n").slice(-30).join("\n")}`);
  }
}

/** Runs a program without a shell and resolves with its output; rejects with a CommandError. */
export function runCommand(file: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === "number" ? error.code : null;
          reject(new CommandError([file, ...args].join(" "), code, stdout, stderr));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}
