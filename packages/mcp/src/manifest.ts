import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import manifestJson from "../manifest.json" with { type: "json" };
import { META_KEY } from "./generated/meta-key.gen.js";

export { META_KEY };

/** What a tool needs and touches, from the spec (`_meta["gorgias-kit"]` of each manifest tool). */
export interface ToolPermission {
  /** The OAuth scope the tool needs; null when it depends on the arguments (see `scopeByType`). */
  readonly scope: string | null;
  /** Search only: the searched `type` → the OAuth scope it needs. */
  readonly scopeByType?: Readonly<Record<string, string>>;
  readonly access: "read" | "write";
  /** The area (toolset) id, such as `tickets` or `ticket-messages`. */
  readonly area: string;
  /** The guide event a successful call records (an `Event.type` read through `GET /api/events`); absent when none. */
  readonly event?: string;
}

/** One tool of the manifest: an MCP `Tool` whose `_meta` carries its {@link ToolPermission}. */
export type ManifestTool = Tool & { readonly _meta: { readonly [META_KEY]: ToolPermission } };

/** The generated manifest: exactly a `tools/list` result, plus the generated header in `_meta`. */
export interface Manifest {
  readonly _meta: Readonly<Record<string, string>>;
  readonly tools: readonly ManifestTool[];
}

/** The tool manifest generated from the spec (`@gorgias-kit/mcp/manifest.json`). */
export const manifest: Manifest = manifestJson as unknown as Manifest;

/** The permission facts of a manifest tool. */
export function permissionOf(tool: ManifestTool): ToolPermission {
  return tool._meta[META_KEY];
}
