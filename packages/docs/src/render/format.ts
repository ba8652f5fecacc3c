import type { RateLimitRule, SiteData } from "../site-data.js";
import { html, type SafeHtml } from "./html.js";

const AUTH_LABELS: Record<string, string> = { apiKey: "API key", oauth2: "OAuth 2.0 app" };
const PLAN_LABELS: Record<string, string> = { standard: "Standard plan", enterprise: "Enterprise plan" };

export const authLabel = (auth: string): string => AUTH_LABELS[auth] ?? auth;
export const planLabel = (plan: string): string => PLAN_LABELS[plan] ?? plan;

/** 86400 → "24 hours"; 90 → "90 seconds". */
export function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? "" : "s"}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? "" : "s"}`;
  return `${seconds} seconds`;
}

export const ruleText = (rule: RateLimitRule): string => `${rule.requests} requests per ${rule.windowSeconds} s`;

/** Every rate-limit rule in one line, grouped by credential. */
export function rateLimitSummary(data: SiteData): string {
  const auths = [...new Set(data.rateLimits.limits.map((l) => l.auth))];
  return auths
    .map((auth) => {
      const rules = data.rateLimits.limits.filter((l) => l.auth === auth);
      return `${authLabel(auth)}: ${rules.map((r) => `${ruleText(r)} (${planLabel(r.plan)})`).join(", ")}`;
    })
    .join("; ");
}

const PROVENANCE: Record<string, string> = {
  "guide-table": "A row of the guide's method table",
  "guide-prose": "Named in the guide's prose; not a row of its method table",
  live: "An operation of the live API that the guide does not name; its sources are the developer documentation",
};
export const provenanceText = (provenance: string): string => PROVENANCE[provenance] ?? provenance;

export function methodBadge(method: string): SafeHtml {
  return html`<span class="method method-${method.toLowerCase()}">${method}</span>`;
}
