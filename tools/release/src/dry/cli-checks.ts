import { binEntries, type PackageManifest } from "../workspace/package-manifest.js";

/**
 * The arguments each command runs with in the consumer project. A command not listed runs with
 * `--help`, so a new `bin` in a published package.json is checked with no change here.
 */
export const CLI_ARGS: Readonly<Record<string, readonly string[]>> = {
  "gorgias-scopes": ["listTickets"],
};

export interface CliCheck {
  packageName: string;
  command: string;
  args: readonly string[];
}

/** One check per command the published packages declare in `bin`. */
export function cliChecks(manifests: readonly PackageManifest[]): CliCheck[] {
  return manifests.flatMap((manifest) =>
    Object.keys(binEntries(manifest)).map((command) => ({ packageName: manifest.name, command, args: CLI_ARGS[command] ?? ["--help"] })),
  );
}
