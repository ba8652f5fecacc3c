import { relative } from "node:path";
import { buildSite } from "../src/build/build-site.js";

try {
  const started = performance.now();
  const { outDir, files } = await buildSite();
  console.log(`docs: built ${files.length} files into ${relative(process.cwd(), outDir) || "."} in ${Math.round(performance.now() - started)} ms: ${files.join(", ")}`);
} catch (error) {
  console.error(`docs: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
