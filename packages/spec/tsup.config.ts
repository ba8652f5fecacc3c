import { defineConfig } from "tsup";

export default defineConfig({
  entry: { operations: "src/operations.ts", facts: "src/facts.ts" },
  format: ["esm"],
  // `types` holds only types: it is built as a declaration file and has no JavaScript.
  dts: { entry: { operations: "src/operations.ts", facts: "src/facts.ts", types: "src/types.ts" } },
  clean: true,
  target: "node20",
  sourcemap: true,
});
