import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startMockServer } from "@gorgias-kit/mock-server";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../src/audit-log.js";
import { parseConfig } from "../src/config.js";
import { contextSize } from "../src/context-size.js";
import { SecretScrubber } from "../src/redaction.js";
import { DEFAULT_TOOLSETS } from "../src/toolset-selection.js";
import { createGorgiasMcp } from "../src/gorgias-mcp.js";
import { API_KEY } from "./support/harness.js";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const example = readFileSync(new URL("examples/least-privilege-agent.ts", root), "utf8");
const blocks = (lang: string) => [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);

describe("README", () => {
  it("shows examples/least-privilege-agent.ts byte for byte", () => {
    expect(blocks("ts")).toContain(example);
  });

  it("runs the example against the mock server", async () => {
    const mock = await startMockServer({ port: 0 });
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", fileURLToPath(new URL("examples/least-privilege-agent.ts", root))], {
        cwd: fileURLToPath(root),
        env: { PATH: process.env.PATH ?? "", GORGIAS_BASE_URL: mock.url, GORGIAS_EMAIL: API_KEY.email, GORGIAS_API_KEY: API_KEY.apiKey },
      });
      const lines = stdout.trim().split("\n");
      expect(lines[0]).toMatch(/^\d+ read-only tools, such as list_tickets$/);
      expect(lines.slice(1, 4)).toHaveLength(3);
      for (const line of lines.slice(1, 4)) expect(line).toMatch(/^#\d+ /);
      expect(lines[4]).toContain("--read-only");
    } finally {
      await mock.stop();
    }
  });

  it("gives a Claude Desktop configuration the server accepts", () => {
    const config = JSON.parse(blocks("json").find((b) => b.includes("mcpServers"))!) as {
      mcpServers: Record<string, { command: string; args: string[]; env: Record<string, string> }>;
    };
    const server = config.mcpServers.gorgias!;
    expect(server.args.slice(0, 2)).toEqual(["-y", "@gorgias-kit/mcp"]);
    const parsed = parseConfig(server.args.slice(2), server.env);
    expect(parsed).toMatchObject({ grant: { scopes: ["tickets:read", "customers:read"], readOnly: true }, transport: { type: "stdio" } });
  });

  it("shows an attempt and an outcome line in the shape the audit log writes them", () => {
    const shown = blocks("json")
      .find((b) => b.includes('"event":"attempt"'))!
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const written: Record<string, unknown>[] = [];
    const log = new AuditLog({ write: (line) => written.push(JSON.parse(line) as Record<string, unknown>) }, new SecretScrubber([]));
    log.begin({ tool: "create_ticket_message", arguments: shown[0]!.arguments }).finish({ decision: "allowed", status: 201 });
    expect(shown.map((line) => Object.keys(line))).toEqual(written.map((line) => Object.keys(line)));
    expect(shown[0]!.call).toBe(shown[1]!.call);
    expect(shown[0]!.arguments).toEqual(written[0]!.arguments);
  });

  it("names the default toolsets as the server serves them", () => {
    expect(readme).toContain(`Default toolsets: ${DEFAULT_TOOLSETS.map((id) => `\`${id}\``).join(", ")}.`);
  });

  it("states the tools/list sizes that the manifest has", () => {
    const client = { baseUrl: "http://127.0.0.1:9", auth: { type: "apiKey", email: "a@example.com", apiKey: "unused" } } as const;
    const list = (options: Partial<Parameters<typeof createGorgiasMcp>[0]>) => createGorgiasMcp({ client, audit: { write: () => {} }, ...options }).listTools();
    const row = (label: string, tools: unknown[]) => {
      const { chars, tokens } = contextSize(tools);
      return `| ${label.replace("N", String(tools.length))} | ${chars.toLocaleString("en-US")} | ${tokens.toLocaleString("en-US")} |`;
    };
    expect(readme).toContain(row("default toolsets (N tools)", list({})));
    expect(readme).toContain(row("`--toolsets all` (all N tools)", list({ grant: { toolsets: ["all"] } })));
    expect(readme).toContain(row("`--read-only` (N, default toolsets)", list({ grant: { readOnly: true } })));
    expect(readme).toContain(row("`--read-only --toolsets all` (N)", list({ grant: { readOnly: true, toolsets: ["all"] } })));
    expect(readme).toContain(row("`--dynamic` (N meta-tools, every toolset)", list({ dynamic: true })));
  });
});
