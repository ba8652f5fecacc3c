import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const read = (file: string) => readFile(join(root, file), "utf8");

describe("@gorgias-kit/spec", () => {
  it("ships the same document as JSON and YAML", async () => {
    expect(parse(await read("openapi.yaml"))).toEqual(JSON.parse(await read("openapi.json")));
  });

  it("publishes every file its exports map names", async () => {
    const pkg = JSON.parse(await read("package.json"));
    for (const target of Object.values(pkg.exports) as string[]) {
      await expect(read(target), target).resolves.toBeTruthy();
    }
  });

  it("runs the README example, which prints each write operation with its scope", async () => {
    const example = await read("examples/scopes-of-writes.mjs");
    const snippet = /```js\n([\s\S]*?)```/.exec(await read("README.md"))?.[1];
    expect(snippet).toBe(example);
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "examples/scopes-of-writes.mjs")]);
    expect(stdout).toContain("POST /api/tickets → tickets:write");
    expect(stdout).toContain("POST /api/customers/{id}/merge → customers:write");
    expect(stdout).not.toMatch(/:read/);
  });
});
