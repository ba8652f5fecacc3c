import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/msw.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: ["src/index.ts", "src/msw.ts"] },
  clean: true,
  target: "node20",
  // No source maps: a tool run beside the caller's code, not stepped through; half its bundle is generated tables and the maps would double the tarball (tools/release/tarball-budgets.json).
  sourcemap: false,
  external: ["msw"],
});
