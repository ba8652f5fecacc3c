import { describe, expect, it } from "vitest";
import { contextSize } from "../src/context-size.js";
import { createGorgiasMcp } from "../src/gorgias-mcp.js";

// Nothing is called: listing tools needs no server.
const client = { baseUrl: "http://127.0.0.1:9", auth: { type: "apiKey", email: "admin@example.com", apiKey: "unused" } } as const;
const size = (options: Parameters<typeof createGorgiasMcp>[0]["grant"], dynamic = false) =>
  contextSize(createGorgiasMcp({ client, grant: options, dynamic, audit: { write: () => {} } }).listTools());

describe("context budget of tools/list (tokens ≈ characters / 4)", () => {
  it("keeps every tool within 12,000 tokens", () => {
    expect(size({}).tokens).toBeLessThanOrEqual(12_000);
  });

  it("keeps the read-only tools within 12,000 tokens, and smaller than all", () => {
    expect(size({ readOnly: true }).tokens).toBeLessThanOrEqual(12_000);
    expect(size({ readOnly: true }).tokens).toBeLessThan(size({}).tokens);
  });

  it("keeps dynamic mode within 1,500 tokens", () => {
    expect(size({}, true).tokens).toBeLessThanOrEqual(1_500);
  });
});
