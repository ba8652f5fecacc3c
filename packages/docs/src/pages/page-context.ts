import type { McpManifest } from "../mcp-manifest.js";
import type { SiteData } from "../site-data.js";

/** What every page renderer reads: the generated site data and the MCP manifest. */
export interface PageContext {
  data: SiteData;
  mcp: McpManifest;
}
