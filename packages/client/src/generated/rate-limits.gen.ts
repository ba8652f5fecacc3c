/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** The account's rate limit as the spec states it (`x-gorgias-rate-limits`). */
export const rateLimitPolicy = {
  "algorithm": "leaky-bucket",
  "appliesTo": "account",
  "sharedAcrossIntegrations": true,
  "usageHeader": "X-Gorgias-Account-Api-Call-Limit",
  "retryAfterHeader": "Retry-After",
  "overLimitStatus": 429,
  "limits": [
    {
      "auth": "apiKey",
      "plan": "enterprise",
      "requests": 40,
      "windowSeconds": 10
    },
    {
      "auth": "apiKey",
      "plan": "standard",
      "requests": 40,
      "windowSeconds": 20
    },
    {
      "auth": "oauth2",
      "plan": "enterprise",
      "requests": 80,
      "windowSeconds": 10
    },
    {
      "auth": "oauth2",
      "plan": "standard",
      "requests": 80,
      "windowSeconds": 20
    }
  ]
} as const;

export type RateLimitAuth = (typeof rateLimitPolicy.limits)[number]["auth"];
export type Plan = (typeof rateLimitPolicy.limits)[number]["plan"];
