import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const spec = JSON.parse(await readFile(require.resolve("@gorgias-kit/spec/openapi.json"), "utf8"));

// Every write operation and the OAuth scope it needs.
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (op["x-gorgias-access"] !== "write") continue;
    const scopes = op.security.flatMap((s) => s.oauth2 ?? []);
    console.log(`${method.toUpperCase()} ${path} → ${scopes.join(" | ")}`);
  }
}
