/** One request `gorgias-contract conformance` sends, and what it expects back. */
export interface ConformanceCase {
  operationId: string;
  /** Upper-case method. */
  method: string;
  /** The spec's path template. */
  path: string;
  /**
   * `example`: a request built from the spec's examples, answered with any documented response.
   * `boundary`: a request the spec says is invalid, answered with a documented 4xx.
   */
  kind: "example" | "boundary";
  /** What the request is: the body example's name, or the boundary it crosses. */
  label: string;
  /** Path parameter values; a missing one is taken from an earlier response (see `IdMemory`). */
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The body, or undefined for none: JSON, or for a multipart operation each property a part. */
  body: unknown;
  /** How the body is sent. */
  bodyKind: "json" | "multipart";
}
