import { GorgiasApiError, GorgiasError, MissingScopeError, type GorgiasClient, type OperationId } from "@gorgias-kit/client";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { AccessPolicy } from "./access-policy.js";
import { split, type ArgumentValidator } from "./argument-validator.js";
import type { AuditLog } from "./audit-log.js";
import { toolRoutes } from "./generated/tool-routes.gen.js";
import type { SecretScrubber } from "./redaction.js";
import type { ResponseStatusRecorder } from "./response-status.js";

/** The part of the Gorgias client the server uses: one call by operationId. */
export type OperationClient = Pick<GorgiasClient, "call">;

export interface ToolRunnerParts {
  readonly client: OperationClient;
  readonly policy: AccessPolicy;
  readonly validator: ArgumentValidator;
  readonly audit: AuditLog;
  readonly scrubber: SecretScrubber;
  /** Reads the status of the responses the client's fetch received. */
  readonly statuses: ResponseStatusRecorder;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  /** The meta-tool the call came through, for the audit log. */
  readonly via?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A tool error: the agent reads the text and can act on it. */
export function toolError(text: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text }] };
}

/** A JSON result as text (for every client) and as structuredContent (for clients that read it). */
export function toolResult(data: unknown, emptyText: string): CallToolResult {
  if (data === undefined || data === null) return { content: [{ type: "text", text: emptyText }] };
  // structuredContent must be an object; a bare array (as search may answer live) is wrapped as the list envelope's `data`.
  const structured = isRecord(data) ? data : { data };
  return { content: [{ type: "text", text: JSON.stringify(data) }], structuredContent: structured };
}

/** Runs one tool call: policy, validation, the API call through the client, the audit line. */
export class ToolRunner {
  constructor(private readonly parts: ToolRunnerParts) {}

  run(name: string, rawArgs: unknown, options: RunOptions = {}): Promise<CallToolResult> {
    return this.parts.statuses.track(() => this.runTracked(name, rawArgs, options));
  }

  private async runTracked(name: string, rawArgs: unknown, options: RunOptions): Promise<CallToolResult> {
    const { policy, validator, audit, scrubber, client, statuses } = this.parts;
    const time = new Date().toISOString();
    const started = performance.now();
    const log = (decision: "allowed" | "refused", status: number | null, reason?: string) =>
      audit.record({
        time,
        tool: name,
        ...(options.via ? { via: options.via } : {}),
        arguments: rawArgs ?? {},
        decision,
        ...(reason ? { reason } : {}),
        status,
        duration_ms: Math.round((performance.now() - started) * 100) / 100,
      });
    const refuse = (message: string, reason = message): CallToolResult => {
      log("refused", null, reason);
      return toolError(message);
    };

    const toolRefusal = policy.check(name);
    if (toolRefusal) return refuse(toolRefusal.message);
    if (rawArgs !== undefined && !isRecord(rawArgs)) return refuse(`Invalid arguments for ${name}: the arguments must be a JSON object. Nothing was sent.`);
    const args = rawArgs ?? {};
    const route = toolRoutes[name]!;
    const problems = validator.problems(name, route, args);
    if (problems.length > 0) {
      return refuse(`Invalid arguments for ${name}: ${problems.join("; ")}. Nothing was sent.`, `invalid arguments: ${problems.join("; ")}`);
    }
    const scopeRefusal = policy.check(name, args);
    if (scopeRefusal) return refuse(scopeRefusal.message);

    const parts = split(route, args);
    try {
      const data = await client.call(
        route.operationId as OperationId,
        { path: parts.path, query: parts.query, ...(parts.body !== undefined ? { body: parts.body } : {}) },
        { signal: options.signal },
      );
      log("allowed", statuses.status());
      return toolResult(data, `Done: ${name} succeeded with no content.`);
    } catch (error) {
      if (error instanceof MissingScopeError) return refuse(scrubber.scrub(error.message));
      if (error instanceof GorgiasApiError) {
        log("allowed", error.status, `API error ${error.status}`);
        return toolError(scrubber.scrub(error.message));
      }
      const reason = error instanceof GorgiasError ? error.name : "unexpected error";
      log("allowed", statuses.status(), reason);
      const message = error instanceof Error ? error.message : String(error);
      return toolError(scrubber.scrub(error instanceof GorgiasError ? message : `${name} failed unexpectedly: ${message}`));
    }
  }
}
