/**
 * The matchers' signatures as they appear on `expect(value)`, for declaration merging: the
 * `@gorgias-kit/contract/vitest` entry merges them into vitest's `Matchers`; jest users merge
 * them into `jest.Matchers` (see the README).
 */
export interface GorgiasMatchers {
  /**
   * The value (a fetch `Response`, read through a clone, or `{ status, headers?, body? }`) is a
   * response the operation documents: its status (or `default`), headers, content type and body.
   * Asynchronous: `await expect(response).toSatisfyOperation("getTicket")`.
   */
  toSatisfyOperation(operationId: string): Promise<void>;
  /** The value matches the named schema under `components.schemas` (`"Ticket"`). */
  toMatchSchema(schemaName: string): void;
  /**
   * The value (a fetch `Request`, or `{ method, url | path, query?, headers?, body? }`) is a request
   * the operation accepts: method and path, parameters, required parameters and body.
   * Asynchronous: `await expect(request).toBeValidRequest("createTicket")`.
   */
  toBeValidRequest(operationId: string): Promise<void>;
}

/** What a matcher returns to vitest's or jest's `expect`. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The part of vitest's and jest's matcher context the matchers read. */
export interface MatcherContext {
  /** True under `.not`. */
  isNot?: boolean;
}
