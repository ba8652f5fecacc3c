import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
export const distDir = fileURLToPath(new URL("../../dist", import.meta.url));
export const testOutput = fileURLToPath(new URL("../../test-output", import.meta.url));

/** The built site; tests run after `build` (turbo), so a missing dist is a setup error worth naming. */
export function requireDist(): string {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`${distDir} is not built: run \`pnpm --filter @gorgias-kit/docs build\` first.`);
  return distDir;
}

export async function readJson<T>(specifier: string): Promise<T> {
  return JSON.parse(await readFile(require.resolve(specifier), "utf8")) as T;
}
