import { GorgiasApiError, GorgiasError, MissingScopeError, type GorgiasClient, type OperationId } from "@gorgias-kit/client";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { AccessPolicy } from "./access-policy.js";
import { split, type ArgumentValidator } from "./argument-validator.js";
import type { AuditOutcome } from "./audit-log.js";
import { toolRoutes } from "./generated/tool-routes.gen.js";
import { permissionOf } from "./manifest.js";
import { MAX_ARGUMENT_DEPTH, nestsDeeperThan } from "./nesting-depth.js";
import { redactCredentialHeaders, type SecretScrubber } from "./redaction.js";
import type { ResponseStatusRecorder } from "./response-status.js";

/** The part of the Gorgias client the server uses: one call by operationId. */
export type OperationClient = Pick<GorgiasClient, "call">;

export interface ToolRunnerParts {
  readonly client: OperationClient;
  readonly policy: AccessPolicy;
  readonly validator: ArgumentValidator;
  readonly scrubber: SecretScrubber;
  /** Reads the status of the responses the client's fetch received. */
  readonly statuses: ResponseStatusRecorder;
}

/** What a call answers, and how it ended for the audit log. */
export interface Handled {
  readonly result: CallToolResult;
  readonly outcome: AuditOutcome;
}

/** The audit reason of a read the MCP client cancelled (or hung up on) before it ended. */
export const CANCELLED_BY_CLIENT = "cancelled: the MCP client cancelled the call or went away";

/** The audit reason of a call that ended after the MCP client went away. */
export const CLIENT_GONE = "the MCP client went away before the result was delivered";

export function isRecord(value: unknown): value is Record<string, unknown> {
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

/** A refusal: nothing was sent. */
export function refused(message: string, reason = message): Handled {
  return { result: toolError(message), outcome: { decision: "refused", reason, status: null } };
}

/** Runs one tool call: policy, validation, the API call through the client. The caller audits it. */
export class ToolRunner {
  constructor(private readonly parts: ToolRunnerParts) {}

  run(name: string, rawArgs: unknown, signal?: AbortSignal): Promise<Handled> {
    return this.parts.statuses.track(() => this.runTracked(name, rawArgs, signal));
  }

  private async runTracked(name: string, rawArgs: unknown, signal: AbortSignal | undefined): Promise<Handled> {
    const { policy, validator, scrubber, client, statuses } = this.parts;

    const toolRefusal = policy.check(name);
    if (toolRefusal) return refused(toolRefusal.message);
    if (rawArgs !== undefined && !isRecord(rawArgs)) return refused(`Invalid arguments for ${name}: the arguments must be a JSON object. Nothing was sent.`);
    const args = rawArgs ?? {};
    if (nestsDeeperThan(args, MAX_ARGUMENT_DEPTH)) {
      const problem = `the arguments nest deeper than ${MAX_ARGUMENT_DEPTH} levels of objects and arrays, the limit`;
      return refused(`Invalid arguments for ${name}: ${problem}. Nothing was sent.`, `invalid arguments: ${problem}`);
    }
    const route = toolRoutes[name]!;
    const problems = validator.problems(name, route, args);
    if (problems.length > 0) {
      return refused(`Invalid arguments for ${name}: ${problems.join("; ")}. Nothing was sent.`, `invalid arguments: ${problems.join("; ")}`);
    }
    const scopeRefusal = policy.check(name, args);
    if (scopeRefusal) return refused(scopeRefusal.message);

    // A write, once started, is carried to its end even if the MCP client cancels or hangs up:
    // its outcome is then known and audited. The client's own deadline still bounds it.
    const write = permissionOf(policy.tool(name)!).access === "write";
    const parts = split(route, args);
    try {
      // The client's one params shape: path and query parameters by name, the body under `body`.
      const params = { ...parts.path, ...parts.query, ...(parts.body !== undefined ? { body: parts.body } : {}) };
      const data = await client.call(route.operationId as OperationId, params, write ? {} : { signal });
      return {
        result: toolResult(redactCredentialHeaders(data), `Done: ${name} succeeded with no content.`),
        outcome: { decision: "allowed", status: statuses.status(), ...(signal?.aborted ? { reason: CLIENT_GONE } : {}) },
      };
    } catch (error) {
      if (error instanceof MissingScopeError) return refused(scrubber.scrub(error.message));
      if (error instanceof GorgiasApiError) {
        return { result: toolError(scrubber.scrub(error.message)), outcome: { decision: "allowed", status: error.status, reason: `API error ${error.status}` } };
      }
      const message = error instanceof Error ? error.message : String(error);
      if (!write && signal?.aborted) {
        return { result: toolError(`${name} was cancelled.`), outcome: { decision: "allowed", status: statuses.status(), reason: CANCELLED_BY_CLIENT } };
      }
      const reason = error instanceof GorgiasError ? `${error.name}: ${message}` : `unexpected error: ${message}`;
      return {
        result: toolError(scrubber.scrub(error instanceof GorgiasError ? message : `${name} failed unexpectedly: ${message}`)),
        outcome: { decision: "allowed", status: statuses.status(), reason: scrubber.scrub(reason) },
      };
    }
  }
}
