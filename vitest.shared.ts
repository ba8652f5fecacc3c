import { defineConfig } from "vitest/config";

/** Shared vitest settings: every package writes a JSON report that the root sums up. */
export const sharedTestConfig = defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
