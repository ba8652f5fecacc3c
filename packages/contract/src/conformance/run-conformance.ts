import type { OpenApiDocument } from "../spec/openapi-document.js";
import { loadSpec } from "../spec/load-spec.js";
import { bundledSpec } from "../validate/bundled-spec.js";
import { normalizeHeaders, parseBodyText } from "../validate/exchange-parts.js";
import { SpecValidators } from "../validate/spec-validators.js";
import type { Violation } from "../validate/violation.js";
import { authorizationHeader, MOCK_DEFAULT_API_KEY, type ConformanceAuth } from "./conformance-auth.js";
import { CONFORMANCE_USAGE, ConformanceUsageError, parseConformanceArgs } from "./conformance-args.js";
import type { ConformanceCase } from "./conformance-case.js";
import { planConformance } from "./conformance-plan.js";
import { formatConformanceReport } from "./format-conformance-report.js";
import { IdMemory, substitute } from "./id-memory.js";
import { exampleParameters } from "./spec-examples.js";

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** The server to check, e.g. `http://127.0.0.1:4010`; the spec's paths are appended to it. */
  baseUrl: string;
  /**
   * The OpenAPI document whose examples are replayed and whose responses are the reference.
   * @default the bundled `@gorgias-kit/spec/openapi.json`
   */
  spec?: OpenApiDocument;
  /**
   * Only these operations (operationIds); an unknown one throws `UnknownOperationError`.
   * @default every operation of the spec
   */
  operations?: readonly string[];
  /**
   * Credentials sent with every request.
   * @default HTTP Basic with gorgias-mock's default API key (admin@example.com / mock-api-key)
   */
  auth?: ConformanceAuth;
  /**
   * Deadline of each request, in milliseconds; a request that misses it is a violation.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * How long the whole run may wait on 429 answers, in milliseconds. A 429 is waited out (its
   * `Retry-After`, else one second) and the request sent again, so a rate-limited server (the
   * live API, `gorgias-mock`'s default plan) is paced rather than failed; once the budget is
   * spent, a 429 is the answer. 0 never waits.
   * @default 300000
   */
  maxRateLimitWaitMs?: number;
}

/**
 * What happened to one request: it `conforms`; it was `refused` (an example answered with a
 * documented 4xx: the server lacks the example's record, say); it is a `violation`; or it was
 * `skipped` (no value for a path parameter).
 */
export type ConformanceOutcome = "conforms" | "refused" | "violation" | "skipped";

export interface ConformanceResult {
  case: ConformanceCase;
  /** The concrete path and query sent. */
  target: string;
  status: number | undefined;
  outcome: ConformanceOutcome;
  violations: Violation[];
  /** Why it was skipped. */
  note?: string;
}

export interface ConformanceReport {
  baseUrl: string;
  /** How many operations were checked. */
  operations: number;
  results: ConformanceResult[];
  /** Operations the spec gives no boundary for (no parameters, no body). */
  withoutBoundary: string[];
  /** How many results are violations. */
  violations: number;
  /** 429 answers waited out before a request was sent again, and the time spent waiting. */
  rateLimited: { waits: number; waitedMs: number };
}

/** Serializes query values as the spec says: repeated keys for lists, `name[key]` for `deepObject`. */
function queryString(query: Record<string, unknown>, deepObjects: ReadonlySet<string>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (deepObjects.has(name) && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) params.append(`${name}[${key}]`, String(item));
    } else if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** What an answer means for a case, beyond the spec's own check of the response. */
function outcomeOf(kind: ConformanceCase["kind"], status: number, label: string): { outcome: ConformanceOutcome; violation?: Violation } {
  if (status >= 500) return { outcome: "violation", violation: { part: "status", pointer: "", expected: `must not be a server error (${label})`, actual: String(status) } };
  if (kind === "boundary") {
    return status >= 400 && status < 500 ? { outcome: "conforms" } : { outcome: "violation", violation: { part: "status", pointer: "", expected: `must be a documented 4xx: the request has ${label}`, actual: String(status) } };
  }
  return { outcome: status >= 400 ? "refused" : "conforms" };
}

/**
 * Replays each operation's spec examples and one boundary case against a server and checks every
 * answer against the spec (status, headers, content type, body). Ids missing from the examples
 * are taken from what earlier requests created. Network failures and timeouts count as violations.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const document = options.spec ?? bundledSpec();
  const validators = SpecValidators.for(document);
  for (const id of options.operations ?? []) validators.operation(id);
  const plan = planConformance(document, options.operations ? new Set(options.operations) : undefined);
  const authorization = authorizationHeader(options.auth ?? { type: "basic", ...MOCK_DEFAULT_API_KEY });
  const base = options.baseUrl.replace(/\/$/, "");
  const memory = new IdMemory();
  const results: ConformanceResult[] = [];
  const maxWait = options.maxRateLimitWaitMs ?? 300_000;
  const rateLimited = { waits: 0, waitedMs: 0 };
  for (const testCase of plan.cases) {
    const pathParams = { ...testCase.pathParams };
    const missing = memory.fill(testCase.path, pathParams);
    const { operation } = validators.operation(testCase.operationId);
    const deepObjects = new Set(exampleParameters(document, testCase.path, operation).filter((p) => p.style === "deepObject").map((p) => p.name));
    const target = `${substitute(testCase.path, pathParams)}${queryString(testCase.query, deepObjects)}`;
    if (missing.length > 0) {
      results.push({ case: testCase, target, status: undefined, outcome: "skipped", violations: [], note: `no example or earlier id for path parameter ${missing.join(", ")}` });
      continue;
    }
    const headers: Record<string, string> = { authorization, accept: "application/json" };
    // A multipart body's content type, with its boundary, is fetch's to set.
    if (testCase.body !== undefined && testCase.bodyKind === "json") headers["content-type"] = "application/json";
    const init: RequestInit = {
      method: testCase.method,
      headers,
      redirect: "manual",
      ...(testCase.body !== undefined ? { body: testCase.bodyKind === "multipart" ? formOf(testCase.body) : JSON.stringify(testCase.body) } : {}),
    };
    let response: Response;
    let text: string;
    try {
      for (;;) {
        response = await fetch(`${base}${target}`, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
        text = await response.text();
        const wait = response.status === 429 ? retryAfterMs(response.headers.get("retry-after")) : undefined;
        if (wait === undefined || rateLimited.waitedMs + wait > maxWait) break;
        rateLimited.waits += 1;
        rateLimited.waitedMs += wait;
        await sleep(wait);
      }
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${options.timeoutMs ?? 30_000} ms` : String((error as Error).cause ?? error);
      results.push({ case: testCase, target, status: undefined, outcome: "violation", violations: [{ part: "status", pointer: "", expected: "must answer", actual: reason }] });
      continue;
    }
    const body = parseBodyText(text, response.headers.get("content-type") ?? undefined);
    const violations = validators.checkResponse(testCase.operationId, { status: response.status, headers: normalizeHeaders(response.headers), body });
    const judged = outcomeOf(testCase.kind, response.status, testCase.label);
    if (judged.violation) violations.unshift(judged.violation);
    memory.remember(testCase.method, substitute(testCase.path, pathParams), response.status, body);
    results.push({ case: testCase, target, status: response.status, outcome: violations.length > 0 ? "violation" : judged.outcome, violations });
  }
  const operations = new Set(plan.cases.map((c) => c.operationId)).size;
  return { baseUrl: base, operations, results, withoutBoundary: plan.withoutBoundary, violations: results.filter((r) => r.outcome === "violation").length, rateLimited };
}

/** A 429's `Retry-After` (seconds, or an HTTP date) in milliseconds; one second when it gives none. */
function retryAfterMs(header: string | null): number {
  if (header !== null && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = header === null ? Number.NaN : Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A multipart example as a form: each property a file part named after it, its value the part's text. */
function formOf(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([typeof value === "string" ? value : JSON.stringify(value)], { type: "text/plain" }), name);
  return form;
}

/** Where `main` writes. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `gorgias-contract conformance [flags]`: runs {@link runConformance} and prints its report.
 * Resolves to the exit code: 0 when everything conforms, 1 on a violation, 2 on a bad command line.
 */
export async function main(argv: readonly string[], io: CommandIo = process): Promise<number> {
  let args;
  try {
    args = parseConformanceArgs(argv);
  } catch (error) {
    if (!(error instanceof ConformanceUsageError)) throw error;
    io.stderr.write(`gorgias-contract conformance: ${error.message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(CONFORMANCE_USAGE);
    return 0;
  }
  try {
    const spec = args.specFile === undefined ? undefined : await loadSpec(args.specFile);
    const report = await runConformance({ baseUrl: args.baseUrl, auth: args.auth, timeoutMs: args.timeoutMs, maxRateLimitWaitMs: args.maxRateLimitWaitMs, ...(spec ? { spec } : {}), ...(args.operations ? { operations: args.operations } : {}) });
    io.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatConformanceReport(report));
    return report.violations > 0 ? 1 : 0;
  } catch (error) {
    // A spec that cannot be read or an unknown operationId: the typed error's message names it.
    io.stderr.write(`gorgias-contract conformance: ${(error as Error).message}\n`);
    return 2;
  }
}
