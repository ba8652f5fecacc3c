import { createGorgiasClient, type GorgiasAuth, type GorgiasClientOptions } from "@gorgias-kit/client";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ErrorCode, ListToolsRequestSchema, McpError, type Tool } from "@modelcontextprotocol/sdk/types.js";
import packageJson from "../package.json" with { type: "json" };
import { AccessPolicy } from "./access-policy.js";
import { ArgumentValidator } from "./argument-validator.js";
import { AuditLog, type AuditSink } from "./audit-log.js";
import { CallHandler, type CallRoute } from "./call-handler.js";
import { ConfigError, DEFAULT_MAX_BODY_BYTES, type GrantOptions } from "./config.js";
import { DynamicTools, dynamicTools, isDynamicToolName } from "./dynamic-tools.js";
import { manifest } from "./manifest.js";
import { SecretScrubber } from "./redaction.js";
import { ResponseStatusRecorder } from "./response-status.js";
import { ToolRunner } from "./tool-runner.js";
import { selectToolsets, unknownToolsets } from "./toolset-selection.js";

export interface GorgiasMcpOptions {
  /** How to reach the account: `subdomain` or `baseUrl`, `auth`, and any other client option. */
  client: GorgiasClientOptions;
  /**
   * What agents may do. Without `toolsets`, the default toolsets are served ({@link DEFAULT_TOOLSETS}),
   * or every toolset in dynamic mode; `toolsets: ["all"]` serves every tool.
   * @default every scope, reads and writes, the default toolsets (scopes: null, readOnly: false, toolsets: null)
   */
  grant?: Partial<GrantOptions>;
  /**
   * Serve list_toolsets / describe_tool / call_tool instead of every tool.
   * @default false
   */
  dynamic?: boolean;
  /**
   * Where the audit log goes: `{ file }` appends to a file, `{ write }` hands each line over.
   * Each call writes an attempt line before it runs and an outcome line after; when the attempt
   * cannot be written (or `write` throws), the call is refused and nothing is sent.
   * @default standard error
   */
  audit?: AuditSink;
  /**
   * Largest request body a call may send, in bytes.
   * @default 1048576
   */
  maxBodyBytes?: number;
}

/** One least-privilege MCP service for one Gorgias account. */
export interface GorgiasMcp {
  /** The tools a `tools/list` answers with under this grant (the meta-tools in dynamic mode). */
  listTools(): Tool[];
  /**
   * A new MCP `Server` answering tools/list and tools/call. Servers made by one service share its
   * client (and so its rate limiter and token refresh), so one per HTTP request is fine.
   */
  createServer(): Server;
  /** Resolves once no tool call is in flight: await it before exiting, so that no outcome goes unrecorded. */
  settled(): Promise<void>;
}

/** The strings that must never appear in a log line or a tool result. */
function secretsOf(auth: GorgiasAuth): string[] {
  if (auth.type === "apiKey") return [auth.apiKey, Buffer.from(`${auth.email}:${auth.apiKey}`).toString("base64")];
  return [auth.accessToken, auth.refreshToken, auth.clientSecret].filter((s): s is string => typeof s === "string");
}

/** Builds the service: the client, the policy from the grant, validation and the audit log. */
export function createGorgiasMcp(options: GorgiasMcpOptions): GorgiasMcp {
  const requested: GrantOptions = { scopes: null, readOnly: false, toolsets: null, ...options.grant };
  const unknown = requested.toolsets === null ? [] : unknownToolsets(requested.toolsets);
  if (unknown.length > 0) throw new ConfigError(`grant.toolsets: unknown toolset ${unknown.map((t) => JSON.stringify(t)).join(", ")}.`);
  const grant: GrantOptions = { ...requested, toolsets: selectToolsets(requested.toolsets, options.dynamic === true) };
  const statuses = new ResponseStatusRecorder();
  const client = createGorgiasClient({ ...options.client, fetch: statuses.wrap(options.client.fetch) });
  const scrubber = new SecretScrubber(secretsOf(options.client.auth));
  const audit = new AuditLog(options.audit ?? { write: (line) => process.stderr.write(line) }, scrubber);
  const policy = new AccessPolicy(manifest.tools, grant);
  const runner = new ToolRunner({ client, policy, validator: new ArgumentValidator(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), scrubber, statuses });
  const dynamic = options.dynamic ? new DynamicTools(policy, runner) : null;
  const listTools = (): Tool[] => (dynamic ? dynamicTools(policy.visibleTools()) : policy.visibleTools());
  const route = (name: string, args: unknown): CallRoute =>
    // A real tool's name still works in dynamic mode: the same checks apply either way.
    dynamic && isDynamicToolName(name) ? dynamic.route(name, args) : { subject: { tool: name, arguments: args }, run: (signal) => runner.run(name, args, signal) };
  const calls = new CallHandler(audit, route);

  return {
    listTools,
    createServer() {
      const server = new Server(
        { name: "gorgias-mcp", title: "Gorgias helpdesk", version: packageJson.version },
        {
          capabilities: { tools: {} },
          instructions: dynamic
            ? "Gorgias helpdesk tools. Call list_toolsets first, describe_tool for a tool's arguments, then call_tool."
            : "Gorgias helpdesk tools. List tools take `limit` and `cursor`: pass `meta.next_cursor` of a page as `cursor` for the next one. list_view_items links its next page as the URL `meta.next_items`: pass that URL's `cursor` and `direction` values.",
        },
      );
      server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listTools() }));
      // tools/call is answered by the fallback handler, which gets the raw request: the SDK's own
      // tools/call handler refuses malformed params before any code of ours runs, unaudited.
      server.fallbackRequestHandler = async (request, extra) => {
        if (request.method !== "tools/call") throw new McpError(ErrorCode.MethodNotFound, `Method not found: ${request.method}`);
        return calls.handle(request.params, extra.signal);
      };
      return server;
    },
    settled: () => calls.settled(),
  };
}

/** A single MCP `Server` for one Gorgias account; see {@link createGorgiasMcp} to serve several. */
export function createGorgiasMcpServer(options: GorgiasMcpOptions): Server {
  return createGorgiasMcp(options).createServer();
}
