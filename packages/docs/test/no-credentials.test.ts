import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireDist } from "./support/paths.js";

const dist = requireDist();

describe("the built site", () => {
  it("publishes no credential: no Basic or Bearer header value", async () => {
    const leaks: string[] = [];
    for (const file of (await readdir(dist)).filter((f) => /\.(html|json)$/.test(f))) {
      const text = await readFile(join(dist, file), "utf8");
      for (const pattern of [/Basic [A-Za-z0-9+/]{12,}={0,2}/g, /Bearer [A-Za-z0-9._~+/-]{20,}/g]) {
        for (const match of text.matchAll(pattern)) leaks.push(`${file}: ${match[0].slice(0, 40)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
