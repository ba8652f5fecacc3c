/** How conformance authenticates: HTTP Basic with an API key, or a Bearer token. */
export type ConformanceAuth = { type: "basic"; email: string; apiKey: string } | { type: "bearer"; token: string };

/**
 * The API key `gorgias-mock` accepts when none is configured (`DEFAULT_API_KEY` of
 * `@gorgias-kit/mock-server`, restated here so this package depends only on the spec at runtime).
 */
export const MOCK_DEFAULT_API_KEY = { email: "admin@example.com", apiKey: "mock-api-key" } as const;

/** The `Authorization` header value for an auth. */
export function authorizationHeader(auth: ConformanceAuth): string {
  return auth.type === "bearer" ? `Bearer ${auth.token}` : `Basic ${Buffer.from(`${auth.email}:${auth.apiKey}`).toString("base64")}`;
}
