import type { EntryPoint } from "./entry-points.js";

/**
 * The files of the consumer project, written as a user of the packages would: one TypeScript file
 * importing every entry point, a smoke test through the client against the mock, and a script that
 * loads every entry point at run time.
 */
export interface ConsumerSources {
  files: Record<string, string>;
}

/** The consumer's tsconfig for one module resolution; `node16` also emits the JavaScript that runs. */
export function consumerTsconfig(resolution: "node16" | "bundler"): string {
  const common = {
    target: "ES2022",
    // msw's types (the mock's `/msw` entry) need the DOM library, as msw asks of its users.
    lib: ["ES2022", "DOM"],
    types: ["node"],
    strict: true,
    // The published declaration files are what is being checked.
    skipLibCheck: false,
    forceConsistentCasingInFileNames: true,
  };
  const options =
    resolution === "node16"
      ? { ...common, module: "node16", moduleResolution: "node16", outDir: "out", rootDir: "." }
      : { ...common, module: "preserve", moduleResolution: "bundler", noEmit: true };
  return `${JSON.stringify({ compilerOptions: options, files: ["entry-points.ts", "smoke.ts"] }, null, 2)}\n`;
}

/** `entry-points.ts`: imports each module and types-only entry point, so both resolutions type-check them. */
export function entryPointsSource(entries: readonly EntryPoint[]): string {
  const lines = ["// Imports every public entry point of the published packages.", ""];
  const values: string[] = [];
  const types: string[] = [];
  entries.forEach((entry, i) => {
    if (entry.kind === "module") {
      lines.push(`import * as entry${i} from ${JSON.stringify(entry.specifier)};`);
      values.push(`entry${i}`);
    } else if (entry.kind === "vitest-setup") {
      lines.push(`import ${JSON.stringify(entry.specifier)};`);
    } else if (entry.kind === "types") {
      lines.push(`import type * as entry${i} from ${JSON.stringify(entry.specifier)};`);
      types.push(`typeof entry${i}`);
    }
  });
  lines.push("", `export const modules: readonly object[] = [${values.join(", ")}];`);
  lines.push(`export type TypesOnlyEntries = [${types.join(", ")}];`, "");
  return lines.join("\n");
}

/** `load-entries.mjs`: loads each entry point at run time the way Node resolves it for a consumer. */
export function loadEntriesSource(entries: readonly EntryPoint[]): string {
  const runtime = entries.filter((e) => e.kind !== "types" && e.kind !== "vitest-setup");
  return `import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entries = ${JSON.stringify(runtime, null, 2)};
for (const { specifier, kind } of entries) {
  if (kind === "module") {
    const loaded = await import(specifier);
    if (Object.keys(loaded).length === 0) throw new Error(\`\${specifier} exports nothing\`);
  } else if (kind === "json") {
    await import(specifier, { with: { type: "json" } });
  } else if (!existsSync(fileURLToPath(import.meta.resolve(specifier)))) {
    throw new Error(\`\${specifier} resolves to no file\`);
  }
}
console.log(\`loaded \${entries.length} entry points\`);
`;
}

/** `vitest.config.mjs`: the packages' vitest setup files, as a consumer lists them in `setupFiles`. */
export function vitestConfigSource(entries: readonly EntryPoint[]): string {
  const setupFiles = entries.filter((e) => e.kind === "vitest-setup").map((e) => e.specifier);
  return `export default { test: { include: ["setup-files.test.mjs"], setupFiles: ${JSON.stringify(setupFiles)} } };\n`;
}

/** `setup-files.test.mjs`: a test that needs the contract matchers the setup file registers. */
export const SETUP_FILES_TEST_SOURCE = `import { expect, it } from "vitest";

it("has the contract matchers, checking against the installed spec", async () => {
  expect({ id: "not an integer" }).not.toMatchSchema("Ticket");
  await expect({ method: "GET", url: "/api/tickets?limit=500" }).not.toBeValidRequest("listTickets");
  await expect({ method: "GET", url: "/api/tickets?limit=5" }).toBeValidRequest("listTickets");
});
`;

/** `smoke.ts`: one client call through the installed client against the installed mock. */
export const SMOKE_SOURCE = `import { createGorgiasClient, type GorgiasClient } from "@gorgias-kit/client";
import type { components } from "@gorgias-kit/spec/types";

const baseUrl = process.env.GORGIAS_BASE_URL;
if (!baseUrl) throw new Error("GORGIAS_BASE_URL is not set");

const client: GorgiasClient = createGorgiasClient({
  baseUrl,
  auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" },
});
const page = await client.tickets.list({ limit: 1 });
const first: components["schemas"]["Ticket"] | undefined = page.data[0];
if (page.data.length !== 1 || first === undefined) throw new Error(\`expected one ticket, got \${page.data.length}\`);
console.log(JSON.stringify({ operation: "listTickets", tickets: page.data.length, firstId: first.id }));
`;
