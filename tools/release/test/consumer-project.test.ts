import { describe, expect, it } from "vitest";
import { cliChecks } from "../src/dry/cli-checks.js";
import { consumerEnv } from "../src/dry/consumer-env.js";
import { entryPoints } from "../src/dry/entry-points.js";
import { entryPointsSource, loadEntriesSource, vitestConfigSource } from "../src/dry/consumer-sources.js";

describe("the consumer project's checks follow the package.json files", () => {
  it("runs every bin of every package, gorgias-scopes with an operation and any other with --help", () => {
    const checks = cliChecks([
      { name: "@gorgias-kit/client", version: "0.1.0", bin: { "gorgias-scopes": "./bin/gorgias-scopes.js" } },
      { name: "@gorgias-kit/spec", version: "0.1.0" },
      { name: "@gorgias-kit/contract", version: "0.1.0", bin: { "gorgias-contract": "./bin/gorgias-contract.js" } },
      { name: "@gorgias-kit/tool", version: "0.1.0", bin: "./bin/tool.js" },
    ]);
    expect(checks).toEqual([
      { packageName: "@gorgias-kit/client", command: "gorgias-scopes", args: ["listTickets"] },
      { packageName: "@gorgias-kit/contract", command: "gorgias-contract", args: ["--help"] },
      { packageName: "@gorgias-kit/tool", command: "tool", args: ["--help"] },
    ]);
  });

  it("imports modules, type-imports types-only entries and loads JSON and files at run time only", () => {
    const entries = entryPoints({
      name: "@gorgias-kit/spec",
      version: "0.1.0",
      exports: {
        "./operations": { types: "./dist/operations.d.ts", import: "./dist/operations.js" },
        "./types": { types: "./dist/types.d.ts" },
        "./openapi.json": "./openapi.json",
        "./openapi.yaml": "./openapi.yaml",
        "./package.json": "./package.json",
      },
    });
    expect(entries).toEqual([
      { specifier: "@gorgias-kit/spec/operations", kind: "module" },
      { specifier: "@gorgias-kit/spec/types", kind: "types" },
      { specifier: "@gorgias-kit/spec/openapi.json", kind: "json" },
      { specifier: "@gorgias-kit/spec/openapi.yaml", kind: "file" },
    ]);
    const source = entryPointsSource(entries);
    expect(source).toContain('import * as entry0 from "@gorgias-kit/spec/operations";');
    expect(source).toContain('import type * as entry1 from "@gorgias-kit/spec/types";');
    expect(source).not.toContain("openapi.json");
  });

  it("treats a ./vitest export as a vitest setup file: type-checked and run by vitest, never loaded by node", () => {
    const entries = entryPoints({
      name: "@gorgias-kit/contract",
      version: "0.1.0",
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./vitest": { types: "./dist/vitest.d.ts", import: "./dist/vitest.js" } },
    });
    expect(entries).toEqual([
      { specifier: "@gorgias-kit/contract", kind: "module" },
      { specifier: "@gorgias-kit/contract/vitest", kind: "vitest-setup" },
    ]);
    expect(entryPointsSource(entries)).toContain('import "@gorgias-kit/contract/vitest";');
    expect(loadEntriesSource(entries)).not.toContain("@gorgias-kit/contract/vitest");
    expect(vitestConfigSource(entries)).toBe('export default { test: { include: ["setup-files.test.mjs"], setupFiles: ["@gorgias-kit/contract/vitest"] } };\n');
  });

  it("gives npm a fresh shell's environment: pnpm's script variables dropped, the registry kept", () => {
    const env = consumerEnv({
      PATH: "/usr/bin",
      npm_config_registry: "https://registry.example/",
      npm_config_node_linker: "isolated",
      npm_package_name: "gorgias-kit",
      npm_lifecycle_event: "release:dry",
    });
    expect(env).toEqual({ PATH: "/usr/bin", npm_config_registry: "https://registry.example/" });
  });
});
