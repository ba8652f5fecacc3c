import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { operations, operationsById } from "@gorgias-kit/spec/operations";

const root = join(import.meta.dirname, "..");
const read = (file: string) => readFile(join(root, file), "utf8");

describe("@gorgias-kit/spec", () => {
  it("ships the same document as JSON and YAML", async () => {
    expect(parse(await read("openapi.yaml"))).toEqual(JSON.parse(await read("openapi.json")));
  });

  it("publishes every file its exports map names", async () => {
    const pkg = JSON.parse(await read("package.json")) as { exports: Record<string, string | Record<string, string>> };
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)));
    expect(targets).toContain("./dist/operations.js");
    for (const target of targets) {
      await expect(read(target), target).resolves.toBeTruthy();
    }
  });

  it("exports one operation table row per operation of the bundled spec, with its method and path", async () => {
    const spec = JSON.parse(await read("openapi.json")) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => typeof op === "object" && op !== null && typeof op.operationId === "string")
        .map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`),
    );
    expect(operations.map((op) => `${op.id} ${op.method} ${op.path}`).sort()).toEqual(inSpec.sort());
    expect(operationsById.get("listTickets")).toMatchObject({ method: "GET", path: "/api/tickets", scope: "tickets:read", pagination: "cursor" });
  });

  it("shows in its README the coverage table: the spec's operation count, the live total and a row per area", async () => {
    const spec = JSON.parse(await read("openapi.json")) as {
      tags: { name: string }[];
      "x-gorgias-coverage": { liveOperations: number; leftOut?: { path: string; reason: string }[] };
    };
    const readme = await read("README.md");
    const region = readme.slice(readme.indexOf("<!-- generated:coverage"), readme.indexOf("<!-- /generated:coverage -->"));
    const { liveOperations, leftOut = [] } = spec["x-gorgias-coverage"];
    expect(region).toContain(`The spec describes **${operations.length} of the live API's ${liveOperations} operations**`);
    expect(operations.length + leftOut.length).toBe(liveOperations);
    for (const tag of spec.tags) expect(region).toMatch(new RegExp(`^\\| ${tag.name} \\| \\d+ \\| \\d+ \\|`, "m"));
    for (const op of leftOut) expect(region).toContain(`${op.path}\`: ${op.reason}`);
  });

  it("builds the operation table into a module that imports nothing", async () => {
    const built = await read("dist/operations.js");
    expect(built).toContain("listTickets");
    expect(built).not.toMatch(/^\s*import\b|\brequire\(/m);
  });

  it("builds the types entry as declarations only: the spec's operations and schemas, and no JavaScript", async () => {
    const pkg = JSON.parse(await read("package.json")) as { exports: Record<string, unknown> };
    expect(pkg.exports["./types"]).toEqual({ types: "./dist/types.d.ts" });
    const declarations = await read("dist/types.d.ts");
    expect(declarations).toMatch(/\binterface operations\b/);
    expect(declarations).toMatch(/\binterface components\b/);
    expect(declarations).toContain("listTickets");
    await expect(read("dist/types.js")).rejects.toThrow(/ENOENT/);
  });

  it("keeps the README's examples identical to examples/", async () => {
    const snippets = [...(await read("README.md")).matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(snippets).toEqual([await read("examples/scopes-of-writes.mjs"), await read("examples/side-effects.mjs")]);
  });

  it("runs the README example that prints each write operation with its scope", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "examples/scopes-of-writes.mjs")]);
    expect(stdout).toContain("POST /api/tickets → tickets:write");
    expect(stdout).toContain("PUT /api/customers/merge → customers:write");
    expect(stdout).not.toMatch(/:read/);
  });

  it("runs the README example that reads the operation table", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "examples/side-effects.mjs")]);
    expect(stdout).toContain("createTicket (POST /api/tickets): sends-to-customer");
    expect(stdout).not.toContain("listTickets");
  });
});
