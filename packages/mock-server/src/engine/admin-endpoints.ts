import { oauthFacts } from "@gorgias-kit/spec/facts";
import { ApiError, invalid } from "./api-error.js";
import { CLOCK_MAX_MS, CLOCK_MIN_MS } from "./clock.js";
import { MAX_TOKEN_LIFETIME_SECONDS, unknownScopes } from "./credentials.js";
import type { MockRequest, MockResponse } from "./http-types.js";
import type { MockEngine } from "./mock-engine.js";
import type { StoreState } from "../store/store.js";
import { parseJsonBody } from "./request-body.js";

/** Most scope names one `POST /__admin/tokens` takes. */
const MAX_TOKEN_SCOPES = 100;

/** An admin body as an object with only the `allowed` fields; a 400 naming what is wrong otherwise. */
function adminFields(value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw invalid({ body: "Expected a JSON object." });
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw invalid(Object.fromEntries(unknown.map((k) => [k, `Unknown field; expected ${allowed.join(" or ")}.`])));
  return value as Record<string, unknown>;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function json(status: number, body: unknown): MockResponse {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

/** Admin state snapshots are bigger than API bodies: allow 512 MiB. */
export const STATE_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Test-support endpoints under `/__admin/` (no authentication: the mock is a local test tool):
 * `GET/PUT state`, `POST reset`, `GET deliveries`, `POST clock` and `POST tokens`.
 */
export class AdminEndpoints {
  constructor(private readonly engine: MockEngine) {}

  handle(request: MockRequest, path: string): MockResponse {
    const method = request.method.toUpperCase();
    const route = `${method} ${path.replace(/\/$/, "")}`;
    const body = (maxDepth = 64) =>
      request.bodyTruncated || (request.body && request.body.byteLength > 0)
        ? parseJsonBody(request.body ?? new Uint8Array(0), request.headers["content-type"], { maxBytes: STATE_MAX_BYTES, maxDepth }, request.bodyTruncated === true)
        : undefined;
    switch (route) {
      case "GET /__admin/state":
        return json(200, this.engine.exportState());
      case "PUT /__admin/state": {
        const state = body(256);
        const problems = this.engine.stateProblems(state);
        if (Object.keys(problems).length > 0) {
          const [field, problem] = Object.entries(problems)[0]!;
          throw new ApiError(400, `Invalid state snapshot: ${field}: ${problem} Send a body from GET /__admin/state.`, problems);
        }
        this.engine.importState(state as StoreState);
        return { status: 204, headers: {}, body: null };
      }
      case "POST /__admin/reset":
        this.engine.reset();
        return { status: 204, headers: {}, body: null };
      case "GET /__admin/deliveries":
        return json(200, { data: this.engine.deliveries.attempts, in_progress: this.engine.deliveries.inProgress });
      case "POST /__admin/clock": {
        const b = adminFields(body(), ["advance_seconds"]);
        const seconds = b.advance_seconds;
        if (typeof seconds !== "number") throw invalid({ advance_seconds: "Expected a number of seconds." });
        try {
          this.engine.clock.advance(seconds * 1000);
        } catch {
          const now = this.engine.clock.now();
          const earliest = Math.ceil((CLOCK_MIN_MS - now) / 1000);
          const latest = Math.floor((CLOCK_MAX_MS - now) / 1000);
          throw invalid({ advance_seconds: `Must keep the mock clock within years 1970 to 9999: from ${earliest} to ${latest} seconds from now.` });
        }
        return json(200, { now: this.engine.clock.isoNow() });
      }
      case "POST /__admin/tokens": {
        const b = adminFields(body(), ["scopes", "expires_in"]);
        const { scopes, expires_in: expiresIn } = b;
        if (!isStringList(scopes) || scopes.length === 0 || scopes.length > MAX_TOKEN_SCOPES) {
          throw invalid({ scopes: `Expected a list of 1 to ${MAX_TOKEN_SCOPES} scope names.` });
        }
        const unknown = unknownScopes(scopes);
        if (unknown.length > 0) throw invalid({ scopes: `Unknown scope(s): ${unknown.join(", ")}.` });
        if (expiresIn !== undefined && !(Number.isSafeInteger(expiresIn) && (expiresIn as number) > 0 && (expiresIn as number) <= MAX_TOKEN_LIFETIME_SECONDS)) {
          throw invalid({ expires_in: `Expected a whole number of seconds from 1 to ${MAX_TOKEN_LIFETIME_SECONDS}.` });
        }
        const lifetime = expiresIn === undefined ? oauthFacts.accessTokenLifetimeSeconds : (expiresIn as number);
        const token = this.engine.issueToken(scopes, { expiresInSeconds: lifetime });
        return json(201, { access_token: token, token_type: "Bearer", expires_in: lifetime, scope: scopes.join(" ") });
      }
      default: {
        const known = ["GET /__admin/state", "PUT /__admin/state", "POST /__admin/reset", "GET /__admin/deliveries", "POST /__admin/clock", "POST /__admin/tokens"];
        throw new ApiError(404, `No such admin endpoint: ${route}. Known: ${known.join(", ")}.`);
      }
    }
  }
}
