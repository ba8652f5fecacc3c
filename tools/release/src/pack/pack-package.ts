import { stat } from "node:fs/promises";
import { runCommand } from "../process/run-command.js";

/** One packed package: what `pnpm pack` wrote and what the tarball holds. */
export interface PackedTarball {
  name: string;
  version: string;
  /** Absolute path of the .tgz. */
  path: string;
  /** Size of the gzipped tarball. */
  bytes: number;
  /** Paths inside the package, sorted. */
  files: string[];
}

interface PnpmPackJson {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

/**
 * Packs the package in `dir` into `destination` with `pnpm pack`, the command `pnpm publish` packs
 * with: `workspace:` and `catalog:` ranges become the versions a consumer installs.
 */
export async function packPackage(dir: string, destination: string): Promise<PackedTarball> {
  const { stdout } = await runCommand("pnpm", ["pack", "--pack-destination", destination, "--json"], { cwd: dir });
  const packed = JSON.parse(stdout.slice(stdout.indexOf("{"))) as PnpmPackJson;
  return {
    name: packed.name,
    version: packed.version,
    path: packed.filename,
    bytes: (await stat(packed.filename)).size,
    files: packed.files.map((f) => f.path).sort(),
  };
}
