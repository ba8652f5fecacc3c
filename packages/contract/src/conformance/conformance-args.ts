import { MOCK_DEFAULT_API_KEY, type ConformanceAuth } from "./conformance-auth.js";

/** Thrown for a bad command line; the message is one line naming the flag. */
export class ConformanceUsageError extends Error {
  override readonly name = "ConformanceUsageError";
}

export interface ConformanceArgs {
  help: boolean;
  baseUrl: string;
  operations: string[] | undefined;
  auth: ConformanceAuth;
  specFile: string | undefined;
  json: boolean;
  timeoutMs: number;
  maxRateLimitWaitMs: number;
}

export const CONFORMANCE_USAGE = `Usage: gorgias-contract conformance --base-url URL [options]

Replays the spec's request examples and one boundary case per operation (a required field left
out, a value out of range) against a server, and checks every answer against the spec.
Exits 0 when every answer conforms, 1 on a violation, 2 on a bad command line.

Options:
  --base-url URL        the server to check, e.g. http://127.0.0.1:4010 (required)
  --operations ID,...   only these operations (operationIds), in the spec's order
  --token T             send "Authorization: Bearer T" instead of the API key
  --email E             the API key's account email (default: admin@example.com, gorgias-mock's)
  --api-key K           the API key for HTTP Basic auth (default: mock-api-key, gorgias-mock's)
  --spec FILE           an OpenAPI 3.1 file (.json, .yaml) instead of the bundled @gorgias-kit/spec
  --timeout-ms N        deadline of each request in milliseconds (default: 30000)
  --max-rate-limit-wait-ms N
                        how long the run may wait out 429 answers (Retry-After) before a 429
                        counts as the answer; 0 never waits (default: 300000)
  --json                print the report as JSON instead of text
  -h, --help            show this help
`;

/** Parses `conformance`'s arguments (after the subcommand); throws {@link ConformanceUsageError}. */
export function parseConformanceArgs(argv: readonly string[]): ConformanceArgs {
  const values = new Map<string, string>();
  let help = false;
  let json = false;
  const takesValue = new Set(["--base-url", "--operations", "--token", "--email", "--api-key", "--spec", "--timeout-ms", "--max-rate-limit-wait-ms"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "--json") json = true;
    else {
      const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
      if (!takesValue.has(flag!)) throw new ConformanceUsageError(`unknown argument ${JSON.stringify(arg)} (see --help)`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) throw new ConformanceUsageError(`${flag} needs a value`);
      values.set(flag!, value);
    }
  }
  if (help) return { help, baseUrl: "", operations: undefined, auth: { type: "basic", ...MOCK_DEFAULT_API_KEY }, specFile: undefined, json, timeoutMs: 30_000, maxRateLimitWaitMs: 300_000 };
  const baseUrl = values.get("--base-url");
  if (baseUrl === undefined) throw new ConformanceUsageError("--base-url is required, e.g. --base-url http://127.0.0.1:4010");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConformanceUsageError(`--base-url must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConformanceUsageError(`--base-url must be an http or https URL, got ${JSON.stringify(baseUrl)}`);
  const operations = values.get("--operations")?.split(",").map((id) => id.trim()).filter((id) => id !== "");
  if (operations !== undefined && operations.length === 0) throw new ConformanceUsageError("--operations needs at least one operationId");
  const timeout = values.get("--timeout-ms");
  const timeoutMs = timeout === undefined ? 30_000 : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new ConformanceUsageError(`--timeout-ms must be a positive whole number of milliseconds, got ${JSON.stringify(timeout)}`);
  const wait = values.get("--max-rate-limit-wait-ms");
  const maxRateLimitWaitMs = wait === undefined ? 300_000 : Number(wait);
  if (!Number.isInteger(maxRateLimitWaitMs) || maxRateLimitWaitMs < 0) {
    throw new ConformanceUsageError(`--max-rate-limit-wait-ms must be a whole number of milliseconds, 0 or more, got ${JSON.stringify(wait)}`);
  }
  const token = values.get("--token");
  if (token !== undefined && (values.has("--email") || values.has("--api-key"))) throw new ConformanceUsageError("--token cannot be combined with --email or --api-key");
  const auth: ConformanceAuth =
    token !== undefined
      ? { type: "bearer", token }
      : { type: "basic", email: values.get("--email") ?? MOCK_DEFAULT_API_KEY.email, apiKey: values.get("--api-key") ?? MOCK_DEFAULT_API_KEY.apiKey };
  return { help, baseUrl: url.href.replace(/\/$/, ""), operations, auth, specFile: values.get("--spec"), json, timeoutMs, maxRateLimitWaitMs };
}
