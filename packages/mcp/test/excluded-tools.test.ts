import { readFileSync } from "node:fs";
import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { operations } from "@gorgias-kit/spec/operations";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excludedOperations } from "../src/generated/excluded-operations.gen.js";
import { toolsets } from "../src/generated/toolsets.gen.js";
import { createGorgiasMcp, type GorgiasMcpOptions } from "../src/gorgias-mcp.js";
import { manifest } from "../src/manifest.js";
import { API_KEY } from "./support/harness.js";
import { connectInMemory } from "./support/in-memory.js";

const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
const EXCLUDED = ["uploadFiles", "downloadFile", "downloadStatistic"];
const excludedNames = EXCLUDED.map(snake);
const toolNames = operations.filter((op) => !EXCLUDED.includes(op.id)).map((op) => snake(op.id));

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.stop());

const connect = (options: Omit<GorgiasMcpOptions, "client" | "audit">) => connectInMemory(mock.url, options, "excluded-tools-test");

describe("operations offered as no tool", () => {
  it("are exactly the upload, the file download and the CSV export, each with its reason", () => {
    expect(excludedOperations.map((e) => e.operationId)).toEqual(EXCLUDED);
    for (const { operationId, reason } of excludedOperations) expect(reason.length, operationId).toBeGreaterThan(80);
    expect(manifest.tools.map((t) => t.name)).toEqual(toolNames);
    for (const name of excludedNames) expect(manifest.tools.some((t) => t.name === name), name).toBe(false);
  });

  it("leave the files area without a toolset, while the statistics toolset keeps its JSON tools", () => {
    expect(toolsets.map((t) => t.id)).not.toContain("files");
    const statistics = createGorgiasMcp({ client: { baseUrl: mock.url, auth: { type: "apiKey", ...API_KEY } }, audit: { write: () => {} }, grant: { toolsets: ["statistics"] } });
    expect(statistics.listTools().map((t) => t.name)).toEqual(["query_reporting_stats", "get_statistic"]);
  });

  it("are absent from --toolsets all, which lists every other operation", async () => {
    const client = await connect({ grant: { toolsets: ["all"] } });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(toolNames);
    const refused = (await client.callTool({ name: "upload_files", arguments: {} })) as CallToolResult;
    expect(refused.isError).toBe(true);
    await client.close();
  });

  it("are absent from dynamic mode, which reaches every other tool and calls the new read tools", async () => {
    const client = await connect({ dynamic: true });
    const sets = ((await client.callTool({ name: "list_toolsets", arguments: {} })) as CallToolResult).structuredContent as { toolsets: { tools: { name: string }[] }[] };
    expect(sets.toolsets.flatMap((s) => s.tools.map((t) => t.name)).sort()).toEqual([...toolNames].sort());
    const download = (await client.callTool({ name: "call_tool", arguments: { name: "download_statistic", arguments: {} } })) as CallToolResult;
    expect(download.isError).toBe(true);
    const card = (await client.callTool({ name: "call_tool", arguments: { name: "get_metric_card", arguments: { slug: "first-response-time" } } })) as CallToolResult;
    expect(card.isError, JSON.stringify(card.content)).toBeFalsy();
    expect(card.structuredContent).toMatchObject({ slug: "first-response-time" });
    const statistic = (await client.callTool({
      name: "call_tool",
      arguments: { name: "get_statistic", arguments: { name: "support-volume", filters: { period: { start_datetime: "2024-02-01T00:00:00", end_datetime: "2024-02-03T23:59:59" } } } },
    })) as CallToolResult;
    expect(statistic.isError, JSON.stringify(statistic.content)).toBeFalsy();
    expect((statistic.structuredContent as { data: { lines: unknown[] } }).data.lines).toHaveLength(3);
    await client.close();
  });

  it("are named in the README with their reasons", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const { operationId, reason } of excludedOperations) expect(readme).toContain(`| \`${operationId}\` | ${reason} |`);
  });
});
