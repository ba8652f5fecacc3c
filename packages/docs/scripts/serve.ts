import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseServeOptions } from "../src/serve/serve-options.js";
import { startStaticServer } from "../src/serve/static-server.js";

const root = fileURLToPath(new URL("../dist", import.meta.url));

try {
  const options = parseServeOptions(process.argv.slice(2), process.env);
  if (!existsSync(root)) throw new Error(`${root} does not exist: run \`pnpm docs:build\` first.`);
  const server = await startStaticServer({ root, ...options });
  console.log(`docs: serving ${root} at ${server.url} (Ctrl+C to stop)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`docs:serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
