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
  "usageHeaderFormat": "{used}/{limit}",
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

/** Every OAuth scope the oauth2 scheme declares: the resource and access it covers (null for identity scopes), and what it grants. */
export const scopes = [
  {
    "name": "openid",
    "resource": null,
    "access": null,
    "description": "Sign in with Gorgias; Gorgias acts as the OpenID provider."
  },
  {
    "name": "email",
    "resource": null,
    "access": null,
    "description": "Read the signed-in user's email address."
  },
  {
    "name": "profile",
    "resource": null,
    "access": null,
    "description": "Read the signed-in user's basic profile, such as their name."
  },
  {
    "name": "offline",
    "resource": null,
    "access": null,
    "description": "Receive a refresh token alongside the access token."
  },
  {
    "name": "account:read",
    "resource": "account",
    "access": "read",
    "description": "Read account information and account-wide settings, such as business hours."
  },
  {
    "name": "account:write",
    "resource": "account",
    "access": "write",
    "description": "Change account-wide settings, including the account owner."
  },
  {
    "name": "users:read",
    "resource": "users",
    "access": "read",
    "description": "Read helpdesk users (email, names, bio, role) and teams."
  },
  {
    "name": "users:write",
    "resource": "users",
    "access": "write",
    "description": "Create, change and remove helpdesk users and teams."
  },
  {
    "name": "customers:read",
    "resource": "customers",
    "access": "read",
    "description": "Read customers (email, names, language, notes, integration data)."
  },
  {
    "name": "customers:write",
    "resource": "customers",
    "access": "write",
    "description": "Create, change, merge and remove customers."
  },
  {
    "name": "tickets:read",
    "resource": "tickets",
    "access": "read",
    "description": "Read tickets and their content (messages, tags, assignees) and ticket views."
  },
  {
    "name": "tickets:write",
    "resource": "tickets",
    "access": "write",
    "description": "Create, change and remove tickets, messages, ticket tags and views."
  },
  {
    "name": "custom_fields:read",
    "resource": "custom_fields",
    "access": "read",
    "description": "Read custom field definitions."
  },
  {
    "name": "custom_fields:write",
    "resource": "custom_fields",
    "access": "write",
    "description": "Create and change custom field definitions."
  },
  {
    "name": "events:read",
    "resource": "events",
    "access": "read",
    "description": "Read the events that track changes in the account."
  },
  {
    "name": "events:write",
    "resource": "events",
    "access": "write",
    "description": "Record events in the account."
  },
  {
    "name": "integrations:read",
    "resource": "integrations",
    "access": "read",
    "description": "Read HTTP integrations, native integrations and widgets."
  },
  {
    "name": "integrations:write",
    "resource": "integrations",
    "access": "write",
    "description": "Create, change and remove HTTP integrations, native integrations and widgets."
  },
  {
    "name": "jobs:read",
    "resource": "jobs",
    "access": "read",
    "description": "Read bulk jobs, such as exports or mass ticket updates."
  },
  {
    "name": "jobs:write",
    "resource": "jobs",
    "access": "write",
    "description": "Create, change and cancel bulk jobs."
  },
  {
    "name": "macros:read",
    "resource": "macros",
    "access": "read",
    "description": "Read macros."
  },
  {
    "name": "macros:write",
    "resource": "macros",
    "access": "write",
    "description": "Create, change and remove macros."
  },
  {
    "name": "rules:read",
    "resource": "rules",
    "access": "read",
    "description": "Read rules."
  },
  {
    "name": "rules:write",
    "resource": "rules",
    "access": "write",
    "description": "Create, change and remove rules."
  },
  {
    "name": "satisfaction_survey:read",
    "resource": "satisfaction_survey",
    "access": "read",
    "description": "Read satisfaction surveys."
  },
  {
    "name": "satisfaction_survey:write",
    "resource": "satisfaction_survey",
    "access": "write",
    "description": "Create and change satisfaction surveys."
  },
  {
    "name": "statistics:read",
    "resource": "statistics",
    "access": "read",
    "description": "Read support statistics and metrics."
  },
  {
    "name": "tags:read",
    "resource": "tags",
    "access": "read",
    "description": "Read account-wide tags."
  },
  {
    "name": "tags:write",
    "resource": "tags",
    "access": "write",
    "description": "Create, change, merge and remove account-wide tags."
  },
  {
    "name": "apps:read",
    "resource": "apps",
    "access": "read",
    "description": "Read the apps installed on the account."
  },
  {
    "name": "apps:write",
    "resource": "apps",
    "access": "write",
    "description": "Install, change and remove apps on the account."
  },
  {
    "name": "write:all",
    "resource": null,
    "access": null,
    "description": "Deprecated legacy scope granting full access; still accepted for existing apps, not for new ones."
  }
] as const;

/** The OAuth 2.0 endpoints (paths on the account's origin, `serverUrl` with the subdomain filled in) and token facts. */
export const oauthFacts = {
  "serverUrl": "https://{subdomain}.gorgias.com",
  "authorizePath": "/oauth/authorize",
  "tokenPath": "/oauth/token",
  "scopeSeparator": " ",
  "refreshTokenScope": "offline",
  "accessTokenLifetimeSeconds": 86400
} as const;
