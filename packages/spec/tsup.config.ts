import { defineConfig } from "tsup";

export default defineConfig({
  entry: { operations: "src/operations.ts", facts: "src/facts.ts", schemas: "src/schemas.ts" },
  format: ["esm"],
  // `types` holds only types: it is built as a declaration file and has no JavaScript.
  dts: { entry: { operations: "src/operations.ts", facts: "src/facts.ts", schemas: "src/schemas.ts", types: "src/types.ts" } },
  clean: true,
  target: "node20",
  // No source maps: the dist is generated tables and schemas only; a map would add nothing to read (tools/release/tarball-budgets.json).
  sourcemap: false,
});
