import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { SiteData } from "../site-data.js";
import { annotateSpec } from "./annotate-spec.js";

const run = promisify(execFile);

/** Redoc's attribution logo, which its bundle would fetch from a CDN; served from the site's assets instead. */
const CDN_LOGOS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];
export const LOCAL_LOGO = "assets/redocly-logo.svg";

function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
}

/**
 * Makes Redoc's output self-contained and file://-friendly: the CDN logo becomes a local file, and
 * the server-rendered links (absolute paths such as `/tickets`, which its hash router never serves)
 * become the hash routes the page actually uses.
 */
export function postProcessReference(page: string): string {
  let out = page;
  for (const url of CDN_LOGOS) out = out.split(url).join(LOCAL_LOGO);
  const start = out.indexOf('<div id="redoc">');
  const end = out.indexOf('<script type="module">', start);
  if (start < 0 || end < 0) throw new Error("Redoc's output has no prerendered <div id=\"redoc\">: the renderer changed; update build/reference.ts.");
  const prerendered = out.slice(start, end).replace(/href="\/([^"]*)"/g, 'href="#/$1"');
  out = out.slice(0, start) + prerendered + out.slice(end);
  if (!out.includes('"disableTelemetry":true')) throw new Error("Redoc's telemetry is not disabled in the reference page.");
  const external = /https:\/\/cdn\.redoc(ly)?\.(ly|com)\/redoc\/logo[^"'`]*/.exec(out);
  if (external) throw new Error(`The reference page still loads ${external[0]}.`);
  return out;
}

/** Renders the bundled spec with `redocly build-docs` (Redoc inlined, telemetry off) into `outFile`. */
export async function buildReference(options: { specFile: string; outFile: string; data: SiteData }): Promise<void> {
  const spec = JSON.parse(await readFile(options.specFile, "utf8")) as Record<string, unknown>;
  const work = await mkdtemp(join(tmpdir(), "gorgias-docs-reference-"));
  try {
    const annotated = join(work, "openapi.json");
    await writeFile(annotated, JSON.stringify(annotateSpec(spec, options.data)));
    await run(
      process.execPath,
      [redoclyCli(), "build-docs", annotated, "--output", options.outFile, "--inlineBundle", "--title", `API reference — ${options.data.api.title}`],
      {
        cwd: work,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`redocly build-docs failed: ${error.stderr?.trim() || error.message}`);
    });
    await writeFile(options.outFile, postProcessReference(await readFile(options.outFile, "utf8")));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
