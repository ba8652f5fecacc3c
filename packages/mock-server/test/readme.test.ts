import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");

/** Each `<!-- example: path -->` marker is followed by the fenced code block that must equal that file. */
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```\n/g)].map((m) => ({ path: m[1]!, block: m[2]! }));

describe("README", () => {
  it("shows the vitest and MSW examples", () => {
    expect(examples.map((e) => e.path)).toEqual(["examples/vitest-example.test.ts", "examples/msw-example.test.ts"]);
  });

  it.each(examples.map((e) => [e.path, e] as const))("keeps %s byte-identical to the example file the suite runs", (path, example) => {
    expect(example.block).toBe(readFileSync(fileURLToPath(new URL(path, root)), "utf8"));
  });

  it("documents every CLI flag", () => {
    const cli = readFileSync(fileURLToPath(new URL("src/cli.ts", root)), "utf8");
    const flags = [...cli.matchAll(/^\s+"?([a-z-]+)"?: \{ type: "(?:string|boolean)"/gm)].map((m) => m[1]!).filter((f) => f !== "help");
    expect(flags.length).toBeGreaterThan(5);
    for (const flag of flags) expect(readme).toContain(`\`--${flag}`);
  });
});
