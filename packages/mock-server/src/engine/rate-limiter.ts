import { rateLimitPolicy } from "@gorgias-kit/spec/facts";
import type { MockClock } from "./clock.js";

export type AuthKind = "apiKey" | "oauth2";
/** `standard` and `enterprise` are the spec's plans; `off` never refuses but still reports usage. */
export type RateLimitPlan = "standard" | "enterprise" | "off";

export interface RateDecision {
  allowed: boolean;
  /** The `X-Gorgias-Account-Api-Call-Limit` value, `{used}/{limit}`. */
  usage: string;
  /** Seconds until one more request fits; set when refused. */
  retryAfterSeconds?: number;
}

interface Bucket {
  level: number;
  updatedAt: number;
}

/**
 * The account's leaky bucket, with the spec's numbers per auth kind and plan: each request adds
 * one drop, the bucket drains at `requests / windowSeconds` per second, and a request that would
 * overflow it is refused (and not processed). API keys and OAuth apps drain separate buckets,
 * each shared by every credential of its kind on the account.
 */
export class RateLimiter {
  private readonly buckets = new Map<AuthKind, Bucket>();

  constructor(private readonly plan: RateLimitPlan, private readonly clock: MockClock) {}

  private rule(auth: AuthKind) {
    const plan = this.plan === "off" ? "standard" : this.plan;
    const rule = rateLimitPolicy.limits.find((l) => l.auth === auth && l.plan === plan);
    if (!rule) throw new Error(`The spec states no rate limit for ${auth} on the ${plan} plan.`);
    return rule;
  }

  private drained(auth: AuthKind): Bucket {
    const { requests, windowSeconds } = this.rule(auth);
    const now = this.clock.now();
    const bucket = this.buckets.get(auth) ?? { level: 0, updatedAt: now };
    const leaked = (Math.max(0, now - bucket.updatedAt) / 1000) * (requests / windowSeconds);
    bucket.level = Math.max(0, bucket.level - leaked);
    bucket.updatedAt = now;
    this.buckets.set(auth, bucket);
    return bucket;
  }

  /** Counts one request, or refuses it when the bucket is full. */
  take(auth: AuthKind): RateDecision {
    const { requests, windowSeconds } = this.rule(auth);
    const bucket = this.drained(auth);
    if (this.plan !== "off" && bucket.level + 1 > requests + 1e-9) {
      const rate = requests / windowSeconds;
      const retryAfterSeconds = Math.max(1, Math.ceil((bucket.level + 1 - requests) / rate));
      return { allowed: false, usage: `${Math.ceil(bucket.level - 1e-9)}/${requests}`, retryAfterSeconds };
    }
    bucket.level = Math.min(requests, bucket.level + 1);
    return { allowed: true, usage: `${Math.ceil(bucket.level - 1e-9)}/${requests}` };
  }

  /** The usage header without counting a request (for answers given before authentication). */
  peek(auth: AuthKind): string {
    const { requests } = this.rule(auth);
    return `${Math.ceil(this.drained(auth).level - 1e-9)}/${requests}`;
  }

  reset(): void {
    this.buckets.clear();
  }
}
