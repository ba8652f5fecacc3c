import { fileURLToPath } from "node:url";
import { startStaticServer } from "../src/serve/static-server.js";

// Serve the built site (pnpm docs:build) on a free port of 127.0.0.1, as the browser test does.
const root = fileURLToPath(new URL("../dist", import.meta.url));
const server = await startStaticServer({ root, port: 0 });
try {
  const response = await fetch(new URL("scope-matrix.html", server.url));
  const page = await response.text();
  if (!response.ok || !page.includes('<option value="tickets:write">')) throw new Error("The scope matrix page is not there: run pnpm docs:build.");
  console.log(`scope matrix served at ${server.url}scope-matrix.html (${page.length} bytes)`);
} finally {
  await server.close();
}
