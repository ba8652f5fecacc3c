import { describe, expect, it } from "vitest";
import { contextSize } from "../src/context-size.js";
import { createGorgiasMcp } from "../src/gorgias-mcp.js";
import { manifest, permissionOf } from "../src/manifest.js";
import { DEFAULT_TOOLSETS, DEFAULT_TOOLSETS_TOKEN_BUDGET } from "../src/toolset-selection.js";

// Nothing is called: listing tools needs no server.
const client = { baseUrl: "http://127.0.0.1:9", auth: { type: "apiKey", email: "admin@example.com", apiKey: "unused" } } as const;
const tools = (options: Parameters<typeof createGorgiasMcp>[0]["grant"], dynamic = false) =>
  createGorgiasMcp({ client, grant: options, dynamic, audit: { write: () => {} } }).listTools();
const size = (options: Parameters<typeof createGorgiasMcp>[0]["grant"], dynamic = false) => contextSize(tools(options, dynamic));

describe("context budget of tools/list (tokens ≈ characters / 4)", () => {
  it("keeps the default toolsets within 12,000 tokens", () => {
    expect(DEFAULT_TOOLSETS_TOKEN_BUDGET).toBe(12_000);
    expect(size({}).tokens).toBeLessThanOrEqual(DEFAULT_TOOLSETS_TOKEN_BUDGET);
  });

  it("serves by default exactly the tools of the default toolsets", () => {
    const expected = manifest.tools.filter((t) => DEFAULT_TOOLSETS.includes(permissionOf(t).area)).map((t) => t.name);
    expect(tools({}).map((t) => t.name)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("keeps the default read-only tools within the budget, and smaller than the default", () => {
    expect(size({ readOnly: true }).tokens).toBeLessThanOrEqual(DEFAULT_TOOLSETS_TOKEN_BUDGET);
    expect(size({ readOnly: true }).tokens).toBeLessThan(size({}).tokens);
  });

  it("measures every tool together: `all` serves the whole manifest, at least as large as the default", () => {
    const all = tools({ toolsets: ["all"] });
    expect(all.map((t) => t.name)).toEqual(manifest.tools.map((t) => t.name));
    expect(contextSize(all).tokens).toBeGreaterThanOrEqual(size({}).tokens);
  });

  it("keeps dynamic mode within 1,500 tokens", () => {
    expect(size({}, true).tokens).toBeLessThanOrEqual(1_500);
  });
});
