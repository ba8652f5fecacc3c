import { parseArgs } from "node:util";

/** Bad command-line input: the message names the flag. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface DiffCliOptions {
  /** @default the last `@gorgias-kit/spec@*` tag, else the merge base with main, else HEAD */
  base?: string;
  /** @default false */
  json: boolean;
}

/** Parses `[--base <git ref>] [--json]`; `allowJson` is false for commands that take only `--base`. */
export function parseDiffArgs(argv: readonly string[], allowJson: boolean): DiffCliOptions {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { base: { type: "string" }, ...(allowJson ? { json: { type: "boolean" } } : {}) },
      strict: true,
      allowPositionals: false,
    });
    if (values.base !== undefined && values.base.trim() === "") throw new UsageError("--base needs a git ref, such as main or @gorgias-kit/spec@0.2.0.");
    return { ...(values.base !== undefined ? { base: values.base } : {}), json: values.json === true };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}
