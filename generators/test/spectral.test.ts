import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";

const run = promisify(execFile);
const SPECTRAL = join(import.meta.dirname, "../node_modules/.bin/spectral");
const RULESET = join(import.meta.dirname, "../../spec/spectral.yaml");

/** One finding of `spectral lint --format json`; severity 0 is an error, 1 a warning. */
interface SpectralFinding {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** Spectral's CLI on a file: its findings, whatever its exit code (it exits 1 when it finds errors). */
async function spectralLint(file: string): Promise<SpectralFinding[]> {
  const args = ["lint", file, "--ruleset", RULESET, "--format", "json", "--quiet"];
  const output = await run(SPECTRAL, args, { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`spectral failed without output: ${error.stderr ?? String(error)}`);
    return { stdout: error.stdout };
  });
  return JSON.parse(output.stdout.trim() || "[]") as SpectralFinding[];
}

let dir: string;
let findings: SpectralFinding[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gorgias-spectral-"));
  const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));
  const bundle = join(dir, "openapi.json");
  await writeFile(bundle, JSON.stringify(spec.document));
  findings = await spectralLint(bundle);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const describeFinding = (f: SpectralFinding) => `${f.code} at ${f.path.join(".")}: ${f.message}`;

describe("Spectral's spectral:oas ruleset on the bundled spec", () => {
  it("reports 0 errors", () => {
    expect(findings.filter((f) => f.severity === 0).map(describeFinding)).toEqual([]);
  });

  it("reports 0 warnings", () => {
    expect(findings.filter((f) => f.severity === 1).map(describeFinding)).toEqual([]);
  });

  it("finds an error in a spec whose flow URL is a template, so the check can fail", async () => {
    const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));
    const broken = JSON.parse(JSON.stringify(spec.document).replace("https://your-account.gorgias.com/oauth/token", "https://{subdomain}.gorgias.com/oauth/token"));
    const file = join(dir, "broken.json");
    await writeFile(file, JSON.stringify(broken));
    const errors = (await spectralLint(file)).filter((f) => f.severity === 0);
    expect(errors.map((f) => f.path.join("."))).toContain("components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl");
  }, 120_000);
});
