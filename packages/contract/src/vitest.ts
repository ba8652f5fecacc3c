/**
 * `@gorgias-kit/contract/vitest`: list it in vitest's `setupFiles` to register the matchers on
 * `expect` (against the bundled spec) and to fail a test in which a spec-checked stub threw a
 * violation; include it in the TypeScript program for the matchers' types.
 */
import { afterEach, expect } from "vitest";
import { gorgiasMatchers } from "./matchers/create-gorgias-matchers.js";
import { assertNoSpecViolations } from "./stubs/unreported-violations.js";
import type { GorgiasMatchers } from "./matchers/gorgias-matcher-types.js";

declare module "vitest" {
  interface Matchers<T = any> extends GorgiasMatchers {}
}

expect.extend(gorgiasMatchers);
afterEach(assertNoSpecViolations);

export type { GorgiasMatchers };
