import { defineConfig } from "tsup";

export default defineConfig({
  entry: { operations: "src/operations.ts" },
  format: ["esm"],
  // `types` holds only types: it is built as a declaration file and has no JavaScript.
  dts: { entry: { operations: "src/operations.ts", types: "src/types.ts" } },
  clean: true,
  target: "node20",
  sourcemap: true,
});
