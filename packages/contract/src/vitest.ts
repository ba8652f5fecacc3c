/**
 * `@gorgias-kit/contract/vitest`: list it in vitest's `setupFiles` to register the matchers on
 * `expect` (against the bundled spec), and import it once (or its type) for the matchers' types.
 */
import { expect } from "vitest";
import { gorgiasMatchers } from "./matchers/create-gorgias-matchers.js";
import type { GorgiasMatchers } from "./matchers/gorgias-matcher-types.js";

declare module "vitest" {
  interface Matchers<T = any> extends GorgiasMatchers {}
}

expect.extend(gorgiasMatchers);

export type { GorgiasMatchers };
