import { cp, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PAGES } from "../links.js";
import { readMcpManifest } from "../mcp-manifest.js";
import { PAGE_RENDERERS } from "../pages/site-pages.js";
import { siteData } from "../site-data.js";
import { buildReference } from "./reference.js";

const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

export interface BuildSiteOptions {
  /** Where the site goes; replaced only once the whole build succeeded. @default packages/docs/dist */
  outDir?: string;
  /** The bundled spec. @default @gorgias-kit/spec/openapi.json */
  specFile?: string;
  /** The scope matrix offered for download. @default @gorgias-kit/spec/scope-matrix.json */
  scopeMatrixFile?: string;
  /** The MCP tool manifest. @default @gorgias-kit/mcp/manifest.json */
  mcpManifestFile?: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Builds the whole site into a scratch folder, then swaps it in: a failed build leaves the old site untouched. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<{ outDir: string; files: string[] }> {
  const outDir = options.outDir ?? join(packageRoot, "dist");
  const specFile = options.specFile ?? require.resolve("@gorgias-kit/spec/openapi.json");
  const scopeMatrixFile = options.scopeMatrixFile ?? require.resolve("@gorgias-kit/spec/scope-matrix.json");
  const mcp = await readMcpManifest(options.mcpManifestFile ?? require.resolve("@gorgias-kit/mcp/manifest.json"));
  const scratch = `${outDir}.partial-${process.pid}`;
  // A build killed mid-way leaves its scratch folder: the next build removes it (not one still running).
  const prefix = `${basename(outDir)}.partial-`;
  const stale = (await readdir(dirname(outDir)).catch(() => [])).filter((name) => name.startsWith(prefix) && !isRunning(Number(name.slice(prefix.length))));
  await Promise.all(stale.map((name) => rm(join(dirname(outDir), name), { recursive: true, force: true })));
  try {
    await mkdir(scratch, { recursive: true });
    const files: string[] = [];
    for (const [key, render] of Object.entries(PAGE_RENDERERS)) {
      const file = PAGES[key as keyof typeof PAGE_RENDERERS].file;
      await writeFile(join(scratch, file), render({ data: siteData, mcp }).value);
      files.push(file);
    }
    await cp(join(packageRoot, "assets"), join(scratch, "assets"), { recursive: true });
    await cp(specFile, join(scratch, "openapi.json"));
    await cp(scopeMatrixFile, join(scratch, "scope-matrix.json"));
    await buildReference({ specFile, outFile: join(scratch, PAGES.reference.file), data: siteData });
    files.push(PAGES.reference.file, "openapi.json", "scope-matrix.json");
    await rm(outDir, { recursive: true, force: true });
    await rename(scratch, outDir);
    return { outDir, files: files.sort() };
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
