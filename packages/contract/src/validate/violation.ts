/** The part of a request or response a {@link Violation} is about. */
export type ViolationPart = "method" | "path" | "query" | "header" | "status" | "content-type" | "body";

/** One way a request, a response or a value differs from what the spec says. */
export interface Violation {
  part: ViolationPart;
  /**
   * Where in that part: a JSON pointer into the body (`/messages/0/body_text`), a parameter or
   * header name (`/limit`), or `""` for the part as a whole.
   */
  pointer: string;
  /** What the spec expects, in words: `must be string`, `must be one of open, closed`. */
  expected: string;
  /** The value that differed, rendered short with credentials redacted; absent when it is missing. */
  actual?: string;
}

/** `body /status: must be one of open, closed (got 123)`. */
export function formatViolation(violation: Violation): string {
  const where = violation.pointer === "" ? violation.part : `${violation.part} ${violation.pointer}`;
  const got = violation.actual === undefined ? "missing" : `got ${violation.actual}`;
  return `${where}: ${violation.expected} (${got})`;
}
