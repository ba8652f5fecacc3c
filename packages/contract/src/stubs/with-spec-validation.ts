import { HttpHandler } from "msw";
import type { ObservedExchange } from "../recording/observed-exchange.js";
import type { OpenApiDocument } from "../spec/openapi-document.js";
import { bundledSpec } from "../validate/bundled-spec.js";
import { normalizeRequest, normalizeResponse } from "../validate/exchange-parts.js";
import { SpecValidators } from "../validate/spec-validators.js";
import { SpecViolationError } from "../validate/spec-violation-error.js";
import { noteThrownViolation } from "./unreported-violations.js";

/** Options of {@link withSpecValidation}. */
export interface SpecValidationOptions {
  /**
   * The OpenAPI document the stubs are checked against.
   * @default the bundled `@gorgias-kit/spec/openapi.json`
   */
  spec?: OpenApiDocument;
  /** Called with each exchange the stubs answered, after it was checked (a recorder plugs in here). */
  onExchange?: (exchange: ObservedExchange) => void;
  /**
   * Called with each violation instead of throwing it.
   * @default throws the error from the handler: MSW answers 500 and logs it, and
   * `assertNoSpecViolations()` (run after each test by `@gorgias-kit/contract/vitest`) fails the
   * test even when the code under test swallowed the 500
   */
  onViolation?: (error: SpecViolationError) => void;
}

/**
 * Wraps MSW HTTP handlers (`http.get(...)`) so that every request one of them answers, and the
 * response it returns, is checked against the operation the spec has at that method and path. A
 * request the spec has no operation for is a violation too. Handlers that answer nothing (fall
 * through, `passthrough()`) are not checked. Returns new handlers; the given ones are unchanged.
 */
export function withSpecValidation(handlers: readonly HttpHandler[], options: SpecValidationOptions = {}): HttpHandler[] {
  const validators = SpecValidators.for(options.spec ?? bundledSpec());
  const report =
    options.onViolation ??
    ((error: SpecViolationError) => {
      noteThrownViolation(error);
      throw error;
    });
  return handlers.map(
    (handler) =>
      new HttpHandler(handler.info.method, handler.info.path, async ({ request, requestId }) => {
        // Read before the stub runs: its resolver may consume the body.
        const sent = await normalizeRequest(request);
        const result = await handler.run({ request, requestId });
        const response = result?.response;
        if (!response || response.headers.get("x-msw-intention") === "passthrough") return response;
        const match = validators.index.match(sent.method, sent.path);
        if (!match) {
          report(new SpecViolationError(undefined, sent.method, sent.path, [{ part: "path", pointer: "", expected: "must be a method and path the spec documents", actual: `${sent.method} ${sent.path}` }], "request"));
          return response;
        }
        const requestViolations = validators.checkRequest(match.operationId, sent);
        if (requestViolations.length > 0) report(new SpecViolationError(match.operationId, sent.method, sent.path, requestViolations, "request"));
        const answered = await normalizeResponse(response);
        const responseViolations = validators.checkResponse(match.operationId, answered);
        if (responseViolations.length > 0) report(new SpecViolationError(match.operationId, sent.method, sent.path, responseViolations, "response"));
        options.onExchange?.({ operationId: match.operationId, method: match.method, path: match.path, query: sent.query, body: sent.body, status: answered.status });
        return response;
      }),
  );
}
