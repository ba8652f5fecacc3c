import { defineConfig } from "tsup";

const libraryEntries = { index: "src/index.ts", msw: "src/msw.ts", vitest: "src/vitest.ts" };

export default defineConfig({
  entry: { ...libraryEntries, "cli/main": "src/cli/main.ts" },
  format: ["esm"],
  dts: { entry: libraryEntries },
  clean: true,
  target: "node20",
  sourcemap: true,
  // Optional peers: loaded only by the entries that name them.
  external: ["msw", "vitest"],
});
