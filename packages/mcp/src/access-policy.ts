import type { GrantOptions } from "./config.js";
import { permissionOf, type ManifestTool } from "./manifest.js";

/** Why a call was refused before reaching the API. */
export interface Refusal {
  readonly reason: "unknown-tool" | "toolset" | "read-only" | "scope";
  readonly message: string;
  /** The OAuth scope the call needs and the grant lacks (reason `scope`). */
  readonly missingScope?: string;
}

/**
 * Least privilege: which tools an agent sees and which calls go through, from the granted
 * scopes, `--read-only` and the served toolsets (already selected: null serves every toolset).
 * The same checks guard listing and calling, so a tool that is not listed cannot be called either.
 */
export class AccessPolicy {
  private readonly byName: ReadonlyMap<string, ManifestTool>;

  constructor(
    private readonly tools: readonly ManifestTool[],
    private readonly grant: GrantOptions,
  ) {
    this.byName = new Map(tools.map((t) => [t.name, t]));
  }

  /** The manifest tool of that name, whether or not it is granted. */
  tool(name: string): ManifestTool | undefined {
    return this.byName.get(name);
  }

  private granted(scope: string): boolean {
    return this.grant.scopes === null || this.grant.scopes.includes(scope);
  }

  /** The searchable types (search only) whose scope is granted. */
  private grantedTypes(tool: ManifestTool): string[] {
    return Object.entries(permissionOf(tool).scopeByType ?? {})
      .filter(([, scope]) => this.granted(scope))
      .map(([type]) => type);
  }

  /**
   * The tools the grant allows, as served: search lists only the types whose scope is granted.
   */
  visibleTools(): ManifestTool[] {
    return this.tools.filter((tool) => this.check(tool.name) === null).map((tool) => this.narrowed(tool));
  }

  private narrowed(tool: ManifestTool): ManifestTool {
    const byType = permissionOf(tool).scopeByType;
    if (!byType || this.grant.scopes === null) return tool;
    const types = this.grantedTypes(tool);
    const properties = tool.inputSchema.properties as Record<string, Record<string, unknown>> | undefined;
    const type = properties?.type;
    if (!type || !Array.isArray(type.enum)) return tool;
    return {
      ...tool,
      inputSchema: { ...tool.inputSchema, properties: { ...properties, type: { ...type, enum: type.enum.filter((t) => types.includes(String(t))) } } },
    };
  }

  /**
   * Null when the call may go ahead. Without `args`, checks the tool as a whole (for search: that
   * some type is granted); with them, checks the scope the arguments need (search's `type`).
   */
  check(name: string, args?: Readonly<Record<string, unknown>>): Refusal | null {
    const tool = this.byName.get(name);
    if (!tool) return { reason: "unknown-tool", message: `Unknown tool "${name}".` };
    const permission = permissionOf(tool);
    if (this.grant.toolsets && !this.grant.toolsets.includes(permission.area)) {
      return {
        reason: "toolset",
        message: `Refused: ${name} belongs to the toolset "${permission.area}", which this server does not serve (toolsets: ${this.grant.toolsets.join(",")}). Restart gorgias-mcp with --toolsets naming ${permission.area} (or --toolsets all) to serve it.`,
      };
    }
    if (this.grant.readOnly && permission.access !== "read") {
      return { reason: "read-only", message: `Refused: ${name} writes to the helpdesk and this server runs with --read-only.` };
    }
    const needed = this.scopeNeeded(tool, args);
    if (needed.some((scope) => this.granted(scope))) return null;
    const missing = needed.length === 1 ? needed[0]! : needed.join(" or ");
    return {
      reason: "scope",
      missingScope: missing,
      message: `Refused: ${name}${needed.length === 1 && permission.scopeByType ? ` of type "${String(args?.type)}"` : ""} needs the OAuth scope ${missing}, which this server was not granted (granted: ${this.grant.scopes?.join(", ") || "none"}). Restart gorgias-mcp with ${missing} in --scopes to allow it.`,
    };
  }

  /** The scopes any one of which authorises the call. */
  private scopeNeeded(tool: ManifestTool, args?: Readonly<Record<string, unknown>>): string[] {
    const permission = permissionOf(tool);
    if (permission.scope) return [permission.scope];
    const byType = permission.scopeByType ?? {};
    const type = args?.type;
    if (typeof type === "string" && type in byType) return [byType[type]!];
    return [...new Set(Object.values(byType))];
  }
}
