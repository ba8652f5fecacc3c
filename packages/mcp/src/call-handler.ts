import { ErrorCode, McpError, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { AuditWriteError, type AuditedCall, type AuditLog, type AuditSubject } from "./audit-log.js";
import { isRecord, refused, toolError, type Handled } from "./tool-runner.js";

/** One `tools/call`: what the audit log records of it, and how to run it. */
export interface CallRoute {
  readonly subject: AuditSubject;
  run(signal: AbortSignal | undefined): Promise<Handled>;
}

/** Why the params of a `tools/call` are not a call at all (the checks of the SDK's own schema), or null. */
function malformed(params: unknown): string | null {
  if (!isRecord(params)) return "`params` must be an object";
  if (typeof params.name !== "string") return "`name` must be a string: the tool to call";
  if (params.arguments !== undefined && !isRecord(params.arguments)) return "`arguments` must be a JSON object";
  return null;
}

/**
 * Every `tools/call` goes through here, so that every one is audited: the attempt is written
 * before the call runs (and a call whose attempt cannot be written is refused with nothing sent),
 * the outcome after it, under the same call id. Takes the raw params, so that a request the SDK's
 * schema would refuse before any handler runs is audited too.
 */
export class CallHandler {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly audit: AuditLog,
    private readonly route: (name: string, args: unknown) => CallRoute,
  ) {}

  /** Answers a `tools/call`; a malformed request is audited, then answered with the protocol's InvalidParams error. */
  handle(params: unknown, signal?: AbortSignal): Promise<CallToolResult> {
    const task = this.audited(params, signal);
    const done = () => void this.inFlight.delete(task);
    this.inFlight.add(task);
    task.then(done, done);
    return task;
  }

  /** Resolves once no call is in flight, so that a shutdown loses no outcome record. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async audited(params: unknown, signal: AbortSignal | undefined): Promise<CallToolResult> {
    const problem = malformed(params);
    const raw = isRecord(params) ? params : {};
    const route: CallRoute = problem
      ? { subject: { tool: typeof raw.name === "string" ? raw.name : null, arguments: raw.arguments }, run: async () => refused(`Invalid tools/call request: ${problem}.`) }
      : this.route(raw.name as string, raw.arguments);

    let call: AuditedCall;
    try {
      call = this.audit.begin(route.subject);
    } catch (error) {
      if (!(error instanceof AuditWriteError)) throw error;
      return toolError(`Refused: ${error.message}, so this call was not made and nothing was sent to Gorgias. Ask the operator to fix the audit log (--audit-log); the call can then be made again.`);
    }

    let handled: Handled;
    try {
      handled = await route.run(signal);
    } catch (error) {
      // A fault of this server, before anything was sent: the calls to the API catch their own errors.
      finishOrNote(call, { decision: "refused", reason: `internal error: ${error instanceof Error ? error.message : String(error)}`, status: null });
      throw error;
    }
    const note = finishOrNote(call, handled.outcome);
    if (problem) throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call request: ${problem}.`);
    return note ? { ...handled.result, content: [...handled.result.content, { type: "text", text: note }] } : handled.result;
  }
}

/** Records the outcome; when that fails, the note the agent gets so that it does not repeat a call that was made. */
function finishOrNote(call: AuditedCall, outcome: Handled["outcome"]): string | null {
  try {
    call.finish(outcome);
    return null;
  } catch (error) {
    if (!(error instanceof AuditWriteError)) throw error;
    return `Note: ${error.message}, so how this call ended is not on record. The result above is final: do not repeat the call because of this note.`;
  }
}
