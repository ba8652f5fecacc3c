import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { AccessPolicy } from "./access-policy.js";
import type { AuditLog } from "./audit-log.js";
import { toolsets } from "./generated/toolsets.gen.js";
import { permissionOf, type ManifestTool } from "./manifest.js";
import { toolError, toolResult, type RunOptions, type ToolRunner } from "./tool-runner.js";

/** The meta-tools of `--dynamic` mode. */
export const DYNAMIC_TOOL_NAMES = ["list_toolsets", "describe_tool", "call_tool"] as const;

/**
 * The meta-tools that replace the full tool list in `--dynamic` mode: an agent lists the toolsets,
 * reads the definition of the tools it needs, and calls them, under the same checks as direct calls.
 * Their annotations sum up what the granted tools can do.
 */
export function dynamicTools(visible: readonly ManifestTool[]): Tool[] {
  const writes = visible.filter((t) => !t.annotations?.readOnlyHint);
  const openWorld = visible.some((t) => t.annotations?.openWorldHint === true);
  const callHints = writes.length === 0
    ? { readOnlyHint: true, openWorldHint: openWorld }
    : {
        readOnlyHint: false,
        destructiveHint: writes.some((t) => t.annotations?.destructiveHint === true),
        idempotentHint: false,
        openWorldHint: openWorld,
      };
  return [
    {
      name: "list_toolsets",
      title: "List Gorgias toolsets",
      description: "List the Gorgias toolsets this server grants, with the name, title and access of each tool. Start here.",
      inputSchema: { type: "object", properties: {}, additionalProperties: false },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    {
      name: "describe_tool",
      title: "Describe a Gorgias tool",
      description: "The full definition of one tool: description, input schema (its arguments), output schema, scope and annotations.",
      inputSchema: {
        type: "object",
        properties: { name: { type: "string", description: "Tool name from list_toolsets, such as list_tickets." } },
        required: ["name"],
        additionalProperties: false,
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    {
      name: "call_tool",
      title: "Call a Gorgias tool",
      description: "Call one tool by name with arguments matching its input schema (see describe_tool). The same permission checks apply as to a direct call.",
      inputSchema: {
        type: "object",
        properties: {
          name: { type: "string", description: "Tool name, such as list_tickets." },
          arguments: { type: "object", description: "The tool's arguments." },
        },
        required: ["name"],
        additionalProperties: false,
      },
      annotations: callHints,
    },
  ];
}

function argumentProblem(args: Record<string, unknown>, allowed: readonly string[], required: readonly string[]): string | null {
  const unknown = Object.keys(args).find((k) => !allowed.includes(k));
  if (unknown) return `\`${unknown}\` is not a field of this tool`;
  const missing = required.find((k) => typeof args[k] !== "string");
  if (missing) return `\`${missing}\` is required and must be a string`;
  if ("arguments" in args && (args.arguments === null || typeof args.arguments !== "object" || Array.isArray(args.arguments))) {
    return "`arguments` must be an object";
  }
  return null;
}

/** Answers the meta-tools of `--dynamic` mode. */
export class DynamicTools {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly runner: ToolRunner,
    private readonly audit: AuditLog,
  ) {}

  async run(name: string, rawArgs: unknown, options: RunOptions): Promise<CallToolResult> {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    const started = performance.now();
    const time = new Date().toISOString();
    const log = (decision: "allowed" | "refused", reason?: string) =>
      this.audit.record({ time, tool: name, arguments: args, decision, ...(reason ? { reason } : {}), status: null, duration_ms: Math.round((performance.now() - started) * 100) / 100 });

    const fields = name === "list_toolsets" ? { allowed: [], required: [] } : name === "describe_tool" ? { allowed: ["name"], required: ["name"] } : { allowed: ["name", "arguments"], required: ["name"] };
    const problem = typeof rawArgs === "object" && !Array.isArray(rawArgs) ? argumentProblem(args, fields.allowed, fields.required) : "the arguments must be a JSON object";
    if (problem) {
      log("refused", `invalid arguments: ${problem}`);
      return toolError(`Invalid arguments for ${name}: ${problem}.`);
    }

    if (name === "call_tool") return this.runner.run(String(args.name), args.arguments ?? {}, { ...options, via: "call_tool" });

    if (name === "describe_tool") {
      const refusal = this.policy.check(String(args.name));
      if (refusal) {
        log("refused", refusal.message);
        return toolError(refusal.message);
      }
      log("allowed");
      const tool = this.policy.visibleTools().find((t) => t.name === args.name)!;
      return toolResult(tool, "");
    }

    log("allowed");
    const visible = this.policy.visibleTools();
    const sets = toolsets
      .map((set) => ({
        id: set.id,
        name: set.name,
        description: set.description,
        tools: visible
          .filter((t) => permissionOf(t).area === set.id)
          .map((t) => ({ name: t.name, title: t.title, access: permissionOf(t).access })),
      }))
      .filter((set) => set.tools.length > 0);
    return toolResult({ toolsets: sets }, "");
  }
}
