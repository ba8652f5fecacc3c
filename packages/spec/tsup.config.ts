import { defineConfig } from "tsup";

export default defineConfig({
  entry: { operations: "src/operations.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
  sourcemap: true,
});
