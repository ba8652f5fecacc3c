import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { AccessPolicy } from "./access-policy.js";
import type { CallRoute } from "./call-handler.js";
import { toolsets } from "./generated/toolsets.gen.js";
import { permissionOf, type ManifestTool } from "./manifest.js";
import { DEFAULT_TOOLSETS } from "./toolset-selection.js";
import { isRecord, refused, toolResult, type Handled, type ToolRunner } from "./tool-runner.js";

/** The meta-tools of `--dynamic` mode. */
export const DYNAMIC_TOOL_NAMES = ["list_toolsets", "describe_tool", "call_tool"] as const;

export type DynamicToolName = (typeof DYNAMIC_TOOL_NAMES)[number];

export function isDynamicToolName(name: string): name is DynamicToolName {
  return (DYNAMIC_TOOL_NAMES as readonly string[]).includes(name);
}

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
  ) {}

  /**
   * The call as the audit log states it, and how to run it. A well-formed `call_tool` is recorded
   * as the tool it calls, `via` call_tool, so that the same call reads the same either way.
   */
  route(name: DynamicToolName, rawArgs: unknown): CallRoute {
    const args = isRecord(rawArgs) ? rawArgs : {};
    const fields = name === "list_toolsets" ? { allowed: [], required: [] } : name === "describe_tool" ? { allowed: ["name"], required: ["name"] } : { allowed: ["name", "arguments"], required: ["name"] };
    const problem = rawArgs === undefined || isRecord(rawArgs) ? argumentProblem(args, fields.allowed, fields.required) : "the arguments must be a JSON object";
    if (problem) {
      return { subject: { tool: name, arguments: rawArgs }, run: async () => refused(`Invalid arguments for ${name}: ${problem}.`, `invalid arguments: ${problem}`) };
    }
    if (name === "call_tool") {
      const tool = String(args.name);
      const inner = args.arguments ?? {};
      return { subject: { tool, via: "call_tool", arguments: inner }, run: (signal) => this.runner.run(tool, inner, signal) };
    }
    return { subject: { tool: name, arguments: args }, run: async () => (name === "describe_tool" ? this.describe(String(args.name)) : this.listToolsets()) };
  }

  private describe(name: string): Handled {
    const refusal = this.policy.check(name);
    if (refusal) return refused(refusal.message);
    const tool = this.policy.visibleTools().find((t) => t.name === name)!;
    return { result: toolResult(tool, ""), outcome: { decision: "allowed", status: null } };
  }

  private listToolsets(): Handled {
    const visible = this.policy.visibleTools();
    const sets = toolsets
      .map((set) => ({
        id: set.id,
        name: set.name,
        description: set.description,
        default: DEFAULT_TOOLSETS.includes(set.id),
        tools: visible
          .filter((t) => permissionOf(t).area === set.id)
          .map((t) => ({ name: t.name, title: t.title, access: permissionOf(t).access })),
      }))
      .filter((set) => set.tools.length > 0);
    return { result: toolResult({ toolsets: sets }, ""), outcome: { decision: "allowed", status: null } };
  }
}
