import type { ApiModel } from "../../model/types.js";
import { ModelError } from "../../model/model-error.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

/** `rate-limits.gen.ts`: the account-level leaky bucket the client mirrors, per auth kind and plan. */
export function renderRateLimits(model: ApiModel): string {
  const rl = model.rateLimits;
  if (rl.algorithm !== "leaky-bucket") {
    throw new ModelError("x-gorgias-rate-limits", `algorithm "${rl.algorithm}" is not one the client implements (leaky-bucket)`);
  }
  if (!/^\{used\}\/\{limit\}$/.test(rl.usageHeaderFormat)) {
    throw new ModelError("x-gorgias-rate-limits", `usageHeaderFormat "${rl.usageHeaderFormat}" is not "{used}/{limit}"`);
  }
  const limits = [...rl.limits].sort((a, b) => `${a.auth}/${a.plan}`.localeCompare(`${b.auth}/${b.plan}`));
  const policy = {
    algorithm: rl.algorithm,
    appliesTo: rl.appliesTo,
    sharedAcrossIntegrations: rl.sharedAcrossIntegrations,
    usageHeader: rl.usageHeader,
    retryAfterHeader: rl.retryAfterHeader,
    overLimitStatus: rl.overLimitStatus,
    limits,
  };
  return formatTypeScript(
    "rate-limits.gen.ts",
    `${tsHeader()}
/** The account's rate limit as the spec states it (\`x-gorgias-rate-limits\`). */
export const rateLimitPolicy = ${JSON.stringify(policy, null, 2)} as const;

export type RateLimitAuth = (typeof rateLimitPolicy.limits)[number]["auth"];
export type Plan = (typeof rateLimitPolicy.limits)[number]["plan"];
`,
  );
}
