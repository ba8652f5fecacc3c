import { defineConfig } from "tsup";

const entry = { index: "src/index.ts", msw: "src/msw.ts", vitest: "src/vitest.ts" };

export default defineConfig({
  entry,
  format: ["esm"],
  dts: { entry },
  clean: true,
  target: "node20",
  sourcemap: true,
  // Optional peers: loaded only by the entries that name them.
  external: ["msw", "vitest"],
});
