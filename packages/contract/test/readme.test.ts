import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);

describe("README", () => {
  it("shows examples/quick-start.test.ts byte for byte (the suite runs that file)", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(readFileSync(new URL("examples/quick-start.test.ts", root), "utf8"));
  });

  it("documents every flag the conformance command takes", async () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    const { CONFORMANCE_USAGE } = await import("../src/conformance/conformance-args.js");
    for (const flag of CONFORMANCE_USAGE.match(/--[a-z-]+/g) ?? []) if (flag !== "--help") expect(readme, flag).toContain(flag);
  });
});
