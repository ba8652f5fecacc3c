import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "./support/paths.js";

const manifest = JSON.parse(await readFile(join(packageRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("what the docs package takes from its siblings", () => {
  it("reads them through their package exports, never by a path into their folders", async () => {
    const offending: string[] = [];
    for (const folder of ["src", "scripts"]) {
      for (const entry of await readdir(join(packageRoot, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
        const text = await readFile(join(entry.parentPath, entry.name), "utf8");
        if (/["'`/]\.\.\/(\.\.\/)*(mcp|client|spec|mock-server)\//.test(text)) offending.push(join(entry.parentPath, entry.name).slice(packageRoot.length));
      }
    }
    expect(offending).toEqual([]);
    expect(manifest.dependencies).toMatchObject({ "@gorgias-kit/mcp": "workspace:*", "@gorgias-kit/spec": "workspace:*" });
  });

  it("needs the client only for its tests", () => {
    expect(manifest.dependencies).not.toHaveProperty("@gorgias-kit/client");
    expect(manifest.devDependencies).toHaveProperty("@gorgias-kit/client");
  });
});
