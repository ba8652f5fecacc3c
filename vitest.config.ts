import { defineConfig } from "vitest/config";

// Runs every package's suite from the root (`npx vitest`); `pnpm test` runs them per package via turbo.
export default defineConfig({
  test: { projects: ["generators", "packages/*", "examples/*", "tools/*"] },
});
