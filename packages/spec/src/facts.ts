// `@gorgias-kit/spec/facts`: the API-wide facts the client and the mock server both follow.
export { oauthFacts, rateLimitPolicy, scopes } from "./generated/api-facts.gen.js";
export type { Plan, RateLimitAuth } from "./generated/api-facts.gen.js";
