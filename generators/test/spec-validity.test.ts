import { join } from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";

describe("the bundled spec", () => {
  it("is structurally valid OpenAPI 3.1 (Redocly's spec ruleset, on the bundle alone)", async () => {
    const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));
    expect(spec.document.openapi).toBe("3.1.0");
    const config = await createConfig({ extends: ["spec"] });
    const problems = await lintFromString({ source: JSON.stringify(spec.document), absoluteRef: "bundle.json", config });
    expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  });
});
