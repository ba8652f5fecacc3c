import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../src/config.js";
import { toolsets } from "../src/generated/toolsets.gen.js";
import { createGorgiasMcp, type GorgiasMcpOptions } from "../src/gorgias-mcp.js";
import { manifest, permissionOf } from "../src/manifest.js";
import { allToolsetIds, DEFAULT_TOOLSETS, selectToolsets, unknownToolsets } from "../src/toolset-selection.js";
import { connectInMemory } from "./support/in-memory.js";

const offline = { baseUrl: "http://127.0.0.1:9", auth: { type: "apiKey", email: "admin@example.com", apiKey: "unused" } } as const;
const names = (options: Omit<GorgiasMcpOptions, "client" | "audit">) =>
  createGorgiasMcp({ client: offline, audit: { write: () => {} }, ...options }).listTools().map((t) => t.name);
const areaOf = (name: string) => permissionOf(manifest.tools.find((t) => t.name === name)!).area;

describe("toolset selection", () => {
  it("names only toolsets the spec has, tickets first", () => {
    expect(unknownToolsets(DEFAULT_TOOLSETS)).toEqual([]);
    expect(DEFAULT_TOOLSETS[0]).toBe("tickets");
  });

  it("serves the default toolsets when none are named, and every toolset in dynamic mode", () => {
    expect(selectToolsets(null, false)).toEqual(DEFAULT_TOOLSETS);
    expect(selectToolsets(null, true)).toBeNull();
  });

  it("expands `all` and `default`, in spec order, without repeats", () => {
    expect(selectToolsets(["all"], false)).toBeNull();
    expect(selectToolsets(["customers", "all"], true)).toBeNull();
    const outside = allToolsetIds().find((id) => !DEFAULT_TOOLSETS.includes(id))!;
    const selected = selectToolsets([outside, "default", "tickets"], false)!;
    expect(new Set(selected)).toEqual(new Set([...DEFAULT_TOOLSETS, outside]));
    expect(selected).toEqual(allToolsetIds().filter((id) => selected.includes(id)));
  });

  it("reaches every tool of the manifest through --toolsets: each tool through its own toolset", () => {
    const reached = toolsets.flatMap((set) => {
      const served = names({ grant: { toolsets: [set.id] } });
      expect(served.length, set.id).toBeGreaterThan(0);
      for (const name of served) expect(areaOf(name), name).toBe(set.id);
      return served;
    });
    expect([...reached].sort()).toEqual(manifest.tools.map((t) => t.name).sort());
  });

  it("refuses an unknown toolset by name", () => {
    expect(() => names({ grant: { toolsets: ["ticket"] } })).toThrow(ConfigError);
    expect(() => names({ grant: { toolsets: ["ticket"] } })).toThrow('unknown toolset "ticket"');
  });
});

describe("tools outside the default toolsets", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0 });
  });
  afterAll(() => mock.stop());

  const connect = (options: Omit<GorgiasMcpOptions, "client" | "audit">) => connectInMemory(mock.url, options, "toolset-test");

  const outsideTool = manifest.tools.find((t) => !DEFAULT_TOOLSETS.includes(permissionOf(t).area) && permissionOf(t).access === "read" && t.name.startsWith("list_"))!;

  it("are refused by default with the flag that serves them, and served by --toolsets", async () => {
    const byDefault = await connect({});
    const refused = (await byDefault.callTool({ name: outsideTool.name, arguments: {} })) as CallToolResult;
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain(`--toolsets naming ${permissionOf(outsideTool).area}`);
    await byDefault.close();

    const named = await connect({ grant: { toolsets: ["default", permissionOf(outsideTool).area] } });
    const listed = (await named.callTool({ name: outsideTool.name, arguments: {} })) as CallToolResult;
    expect(listed.isError).toBeFalsy();
    await named.close();
  });

  it("are listed and called through dynamic mode without --toolsets", async () => {
    const client = await connect({ dynamic: true });
    const sets = ((await client.callTool({ name: "list_toolsets", arguments: {} })) as CallToolResult).structuredContent as {
      toolsets: { id: string; default: boolean; tools: { name: string }[] }[];
    };
    expect(sets.toolsets.map((s) => s.id)).toEqual(allToolsetIds());
    expect(sets.toolsets.filter((s) => s.default).map((s) => s.id)).toEqual(allToolsetIds().filter((id) => DEFAULT_TOOLSETS.includes(id)));
    expect(sets.toolsets.flatMap((s) => s.tools.map((t) => t.name)).sort()).toEqual(manifest.tools.map((t) => t.name).sort());
    const called = (await client.callTool({ name: "call_tool", arguments: { name: outsideTool.name, arguments: {} } })) as CallToolResult;
    expect(called.isError).toBeFalsy();
    await client.close();
  });
});
