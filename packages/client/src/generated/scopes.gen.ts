/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** Every OAuth scope the oauth2 scheme declares, with what it grants. */
export const declaredScopes: Readonly<Record<string, string>> = {
  "openid": "Sign in with Gorgias; Gorgias acts as the OpenID provider.",
  "email": "Read the signed-in user's email address.",
  "profile": "Read the signed-in user's basic profile, such as their name.",
  "offline": "Receive a refresh token alongside the access token.",
  "account:read": "Read account information and account-wide settings, such as business hours.",
  "account:write": "Change account-wide settings, including the account owner.",
  "users:read": "Read helpdesk users (email, names, bio, role) and teams.",
  "users:write": "Create, change and remove helpdesk users and teams.",
  "customers:read": "Read customers (email, names, language, notes, integration data).",
  "customers:write": "Create, change, merge and remove customers.",
  "tickets:read": "Read tickets and their content (messages, tags, assignees) and ticket views.",
  "tickets:write": "Create, change and remove tickets, messages, ticket tags and views.",
  "custom_fields:read": "Read custom field definitions.",
  "custom_fields:write": "Create and change custom field definitions.",
  "events:read": "Read the events that track changes in the account.",
  "events:write": "Record events in the account.",
  "integrations:read": "Read HTTP integrations, native integrations and widgets.",
  "integrations:write": "Create, change and remove HTTP integrations, native integrations and widgets.",
  "jobs:read": "Read bulk jobs, such as exports or mass ticket updates.",
  "jobs:write": "Create, change and cancel bulk jobs.",
  "macros:read": "Read macros.",
  "macros:write": "Create, change and remove macros.",
  "rules:read": "Read rules.",
  "rules:write": "Create, change and remove rules.",
  "satisfaction_survey:read": "Read satisfaction surveys.",
  "satisfaction_survey:write": "Create and change satisfaction surveys.",
  "statistics:read": "Read support statistics and metrics.",
  "tags:read": "Read account-wide tags.",
  "tags:write": "Create, change, merge and remove account-wide tags.",
  "apps:read": "Read the apps installed on the account.",
  "apps:write": "Install, change and remove apps on the account.",
  "write:all": "Deprecated legacy scope granting full access; still accepted for existing apps, not for new ones."
};

/** The OAuth 2.0 endpoints (paths on the account's origin) and token facts. */
export const oauthFacts = {
  "serverUrl": "https://{subdomain}.gorgias.com",
  "authorizePath": "/oauth/authorize",
  "tokenPath": "/oauth/token",
  "scopeSeparator": " ",
  "refreshTokenScope": "offline",
  "accessTokenLifetimeSeconds": 86400
} as const;
