import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_API_KEY, DEFAULT_OAUTH_CLIENT } from "./options.js";
import type { ApiKeyCredential } from "./engine/credentials.js";
import type { RateLimitPlan } from "./engine/rate-limiter.js";
import { startMockServer } from "./server/start-mock-server.js";
import type { Fixtures } from "./store/fixtures.js";
import { Validators } from "./engine/validators.js";
import { snapshotRecordProblems } from "./store/record-check.js";
import { checkState, type StoreState } from "./store/store.js";

const USAGE = `Usage: gorgias-mock [options]

Runs a stateful mock of the Gorgias REST API.

Options:
  --port N                 port to listen on (default 4010; 0 picks a free port)
  --host HOST              interface to listen on (default 127.0.0.1)
  --seed N                 seed of the generated data (default 1)
  --fixtures FILE          JSON file of records to load, or a state snapshot
  --rate-limit PLAN        standard | enterprise | off (default standard)
  --latency MS             delay added to every answer (default 0)
  --fail-rate P            probability 0..1 of a simulated 500 (default 0)
  --api-key EMAIL:KEY      accepted API key; repeat for several (default admin@example.com:mock-api-key)
  --state FILE             load the store from FILE if it exists, and save it there on a clean stop
  --deliver-to-any-host    let HTTP integrations deliver to any host (default: loopback only)
  -h, --help               show this help
`;

class UsageError extends Error {}

/** How long requests being answered may finish after SIGINT or SIGTERM. */
const STOP_GRACE_MS = 3_000;
/** When the process exits after SIGINT or SIGTERM even if stopping has not finished. */
const STOP_DEADLINE_MS = 5_000;

function number(flag: string, value: string | undefined, check: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${flag} must be ${expected}, got ${JSON.stringify(value)}.`);
  return n;
}

function readJson(flag: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${flag}: ${file} is not valid JSON (${(error as Error).message}).`);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        seed: { type: "string" },
        fixtures: { type: "string" },
        "rate-limit": { type: "string" },
        latency: { type: "string" },
        "fail-rate": { type: "string" },
        "api-key": { type: "string", multiple: true },
        state: { type: "string" },
        "deliver-to-any-host": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`gorgias-mock: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let mock;
  let signalled: Promise<void>;
  try {
    const port = number("port", v.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, "an integer from 0 to 65535") ?? 4010;
    const seed = number("seed", v.seed, Number.isInteger, "an integer");
    const latencyMs = number("latency", v.latency, (n) => n >= 0, "a number of milliseconds >= 0");
    const failRate = number("fail-rate", v["fail-rate"], (n) => n >= 0 && n <= 1, "a probability from 0 to 1");
    const rateLimit = (v["rate-limit"] ?? "standard") as RateLimitPlan;
    if (!["standard", "enterprise", "off"].includes(rateLimit)) throw new UsageError(`--rate-limit must be standard, enterprise or off, got ${JSON.stringify(v["rate-limit"])}.`);
    const apiKeys: ApiKeyCredential[] | undefined = v["api-key"]?.map((pair) => {
      const colon = pair.indexOf(":");
      if (colon <= 0 || colon === pair.length - 1) throw new UsageError("--api-key must be EMAIL:KEY (an email, a colon, then the key).");
      return { email: pair.slice(0, colon), apiKey: pair.slice(colon + 1) };
    });
    const fixtures = v.fixtures === undefined ? undefined : (readJson("fixtures", v.fixtures) as Fixtures);
    if (fixtures !== undefined && (fixtures === null || typeof fixtures !== "object" || Array.isArray(fixtures))) throw new UsageError(`--fixtures: ${v.fixtures} must hold a JSON object.`);
    let saved: StoreState | undefined;
    if (v.state !== undefined && existsSync(v.state)) {
      saved = readJson("state", v.state) as StoreState;
      const problems = checkState(saved);
      if (Object.keys(problems).length > 0) throw new UsageError(`--state: ${v.state} is not a state snapshot (${Object.keys(problems).join(", ")}).`);
      const records = snapshotRecordProblems(saved, new Validators());
      if (Object.keys(records).length > 0) {
        throw new UsageError(`--state: ${v.state} holds records that do not match the spec: ${Object.entries(records).map(([k, p]) => `${k}: ${p}`).join("; ")}`);
      }
    }
    try {
      mock = await startMockServer({
        port,
        ...(v.host !== undefined ? { host: v.host } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(latencyMs !== undefined ? { latencyMs } : {}),
        ...(failRate !== undefined ? { failRate } : {}),
        ...(apiKeys ? { apiKeys } : {}),
        ...(fixtures ? { fixtures } : {}),
        ...(v["deliver-to-any-host"] ? { deliverToAnyHost: true } : {}),
        rateLimit,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE") throw new UsageError(`--port: port ${port} is already in use; pick another with --port.`);
      if (v.fixtures !== undefined && (error as Error).name === "FixtureError") throw new UsageError(`--fixtures: ${(error as Error).message}`);
      throw error;
    }
    if (saved) mock.importState(saved);
    const keys = apiKeys ?? [DEFAULT_API_KEY];
    const lines = [
      `gorgias-mock listening on ${mock.url}`,
      `  REST API:      ${mock.url}/api`,
      "  Accepted credentials:",
      ...keys.map((k) =>
        k.email === DEFAULT_API_KEY.email && k.apiKey === DEFAULT_API_KEY.apiKey
          ? `    HTTP Basic   ${k.email}:${k.apiKey} (the default mock key)`
          : `    HTTP Basic   ${k.email} with the key given by --api-key`,
      ),
      `    OAuth 2.0    client_id ${DEFAULT_OAUTH_CLIENT.clientId}, client_secret ${DEFAULT_OAUTH_CLIENT.clientSecret} (${mock.url}/oauth/authorize, /oauth/token)`,
      `  Rate limit:    ${rateLimit}`,
      `  Deliveries:    ${v["deliver-to-any-host"] ? "to any host (--deliver-to-any-host)" : "to loopback receivers only (127.0.0.0/8, ::1, localhost)"}`,
      "  Admin:         GET/PUT /__admin/state, POST /__admin/reset, GET /__admin/deliveries, POST /__admin/clock, POST /__admin/tokens",
      "Stop with Ctrl+C.",
    ];
    // Listen for signals before the banner: a supervisor that signals as soon as it reads the banner must find them handled.
    signalled = new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        process.stdout.write(`gorgias-mock: ${signal} received, stopping…\n`);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    process.stdout.write(`${lines.join("\n")}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`gorgias-mock: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const running = mock;
  await signalled;
  // Whatever holds the process (a stalled client, a slow answer), it ends within the deadline.
  const deadline = setTimeout(() => {
    process.stderr.write(`gorgias-mock: did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting.\n`);
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  await running.stop({ graceMs: STOP_GRACE_MS });
  if (v.state !== undefined) {
    writeFileSync(v.state, JSON.stringify(running.exportState()));
    process.stdout.write(`gorgias-mock: state saved to ${v.state}\n`);
  }
  process.stdout.write("gorgias-mock: stopped.\n");
  return 0;
}

main(process.argv.slice(2)).then(
  // Exit now rather than when the event loop drains: a request still sleeping out --latency must not hold a stopped server.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`gorgias-mock: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
