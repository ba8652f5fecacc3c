import { formatViolation, type Violation } from "./violation.js";

/**
 * A request or response that differs from the spec, thrown by spec-checked stubs. The message
 * names the request (`GET /api/tickets/1`), the operation and each JSON path with what the spec
 * expects and the value that differed.
 */
export class SpecViolationError extends Error {
  override readonly name = "SpecViolationError";
  constructor(
    /** The operation the request matched; undefined when the spec has no operation at that method and path. */
    readonly operationId: string | undefined,
    /** Upper-case method of the request. */
    readonly method: string,
    /** The concrete URL path of the request. */
    readonly path: string,
    readonly violations: readonly Violation[],
    /** Who broke the spec: the code under test (its request) or the stub (its response). */
    readonly source: "request" | "response",
  ) {
    const operation = operationId === undefined ? "no operation of the spec" : operationId;
    const who = source === "request" ? "the request" : "the stub's response";
    super(`${method} ${path} (${operation}): ${who} differs from the spec:\n${violations.map((v) => `  - ${formatViolation(v)}`).join("\n")}`);
  }
}
