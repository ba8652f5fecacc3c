/**
 * One request and its answer, as the mock server, the MSW handlers or a wrapped stub saw it.
 * Recording turns these into a consumer contract; spec-checked stubs report them as they check.
 */
export interface ObservedExchange {
  operationId: string;
  /** Lower-case HTTP method, as in the spec. */
  method: string;
  /** The spec's path template, not the concrete URL. */
  path: string;
  /** Query parameters sent, by name (a repeated name gives an array). */
  query: Record<string, string | string[]>;
  /** The parsed JSON request body, or undefined when none was sent. */
  body: unknown;
  status: number;
}
