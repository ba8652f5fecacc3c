import { apiFacts } from "../generated/api-facts.gen.js";
import { ApiError } from "./api-error.js";
import type { MockRequest, MockResponse } from "./http-types.js";
import type { MockEngine } from "./mock-engine.js";
import { checkState, type StoreState } from "../store/store.js";
import { parseJsonBody } from "./request-body.js";

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
        const problems = checkState(state);
        if (Object.keys(problems).length > 0) throw new ApiError(400, "Invalid state snapshot: send a body from GET /__admin/state.", problems);
        this.engine.importState(state as StoreState);
        return { status: 204, headers: {}, body: null };
      }
      case "POST /__admin/reset":
        this.engine.reset();
        return { status: 204, headers: {}, body: null };
      case "GET /__admin/deliveries":
        return json(200, { data: this.engine.deliveries.attempts, in_progress: this.engine.deliveries.inProgress });
      case "POST /__admin/clock": {
        const b = (body() ?? {}) as { advance_seconds?: unknown };
        if (typeof b.advance_seconds !== "number" || !Number.isFinite(b.advance_seconds)) {
          throw new ApiError(400, "Invalid request: advance_seconds: Expected a number of seconds.", { advance_seconds: "Expected a number of seconds." });
        }
        this.engine.clock.advance(b.advance_seconds * 1000);
        return json(200, { now: this.engine.clock.isoNow() });
      }
      case "POST /__admin/tokens": {
        const b = (body() ?? {}) as { scopes?: unknown; expires_in?: unknown };
        if (!Array.isArray(b.scopes) || !b.scopes.every((s) => typeof s === "string")) {
          throw new ApiError(400, "Invalid request: scopes: Expected a list of scope names.", { scopes: "Expected a list of scope names." });
        }
        try {
          const token = this.engine.issueToken(b.scopes as string[], typeof b.expires_in === "number" ? { expiresInSeconds: b.expires_in } : {});
          return json(201, { access_token: token, token_type: "Bearer", expires_in: typeof b.expires_in === "number" ? b.expires_in : apiFacts.oauth.accessTokenLifetimeSeconds, scope: (b.scopes as string[]).join(" ") });
        } catch (error) {
          throw new ApiError(400, (error as Error).message, { scopes: (error as Error).message });
        }
      }
      default: {
        const known = ["GET /__admin/state", "PUT /__admin/state", "POST /__admin/reset", "GET /__admin/deliveries", "POST /__admin/clock", "POST /__admin/tokens"];
        throw new ApiError(404, `No such admin endpoint: ${route}. Known: ${known.join(", ")}.`);
      }
    }
  }
}
