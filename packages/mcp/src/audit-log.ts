import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { redactArguments, type SecretScrubber } from "./redaction.js";

/** What is about to be called, as the attempt record states it. */
export interface AuditSubject {
  /** The tool called; null when the request named none. */
  readonly tool: string | null;
  /** The meta-tool the call came through in `--dynamic` mode (`call_tool`). */
  readonly via?: string;
  /** The arguments as received; the log redacts them. */
  readonly arguments: unknown;
}

/** How a call ended, as the outcome record states it. */
export interface AuditOutcome {
  readonly decision: "allowed" | "refused";
  /** Why a call was refused, or what went wrong with an allowed one. */
  readonly reason?: string;
  /** The HTTP status the API answered; null when nothing was sent or no answer came. */
  readonly status: number | null;
}

/** The line written before a call runs. */
export interface AuditAttempt {
  readonly event: "attempt";
  /** Shared by the attempt and its outcome. */
  readonly call: string;
  /** ISO 8601 time the call arrived. */
  readonly time: string;
  readonly tool: string | null;
  readonly via?: string;
  /** The arguments, with message bodies, credentials and URL secrets redacted. */
  readonly arguments: unknown;
}

/** The line written once a call has ended, whatever the end. */
export interface AuditCompletion extends AuditOutcome {
  readonly event: "outcome";
  readonly call: string;
  /** ISO 8601 time the call ended. */
  readonly time: string;
  readonly tool: string | null;
  readonly via?: string;
  readonly duration_ms: number;
}

/** One line of the audit log. */
export type AuditEntry = AuditAttempt | AuditCompletion;

/** Where audit lines go: a file (appended, one line per record) or a stream such as stderr. */
export type AuditSink = { readonly file: string } | { readonly write: (line: string) => void };

/** An audit record could not be written; `code` is the system error code, such as `ENOENT`. */
export class AuditWriteError extends Error {
  override name = "AuditWriteError";
  constructor(
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(`the audit log cannot be written (${code})`, options);
  }
}

/** A call whose attempt is on record; {@link AuditedCall.finish} records its outcome. */
export class AuditedCall {
  private readonly started = performance.now();

  constructor(
    private readonly log: AuditLog,
    readonly id: string,
    private readonly subject: AuditSubject,
  ) {}

  /** Writes the outcome record; throws {@link AuditWriteError} when it cannot. */
  finish(outcome: AuditOutcome): void {
    this.log.write({
      event: "outcome",
      call: this.id,
      time: new Date().toISOString(),
      tool: this.subject.tool,
      ...(this.subject.via ? { via: this.subject.via } : {}),
      decision: outcome.decision,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      status: outcome.status,
      duration_ms: Math.round((performance.now() - this.started) * 100) / 100,
    });
  }
}

/**
 * Write-ahead audit: an attempt line before a call runs and an outcome line with the same call
 * id after it, so a call with no outcome line is one that was cut short. Writes are synchronous:
 * a call whose attempt cannot be written is never made. Arguments are redacted and every line is
 * scrubbed of URL secrets and known secrets.
 */
export class AuditLog {
  constructor(
    private readonly sink: AuditSink,
    private readonly scrubber: SecretScrubber,
  ) {}

  /** Writes the attempt record; throws {@link AuditWriteError} when it cannot, and then nothing may be sent. */
  begin(subject: AuditSubject): AuditedCall {
    const call = new AuditedCall(this, randomUUID(), subject);
    this.write({
      event: "attempt",
      call: call.id,
      time: new Date().toISOString(),
      tool: subject.tool,
      ...(subject.via ? { via: subject.via } : {}),
      arguments: redactArguments(subject.arguments ?? {}, this.scrubber),
    });
    return call;
  }

  /** @internal Appends one record as a JSON line. */
  write(entry: AuditEntry): void {
    const line = `${this.scrubber.clean(JSON.stringify(entry))}\n`;
    try {
      if ("file" in this.sink) appendFileSync(this.sink.file, line);
      else this.sink.write(line);
    } catch (error) {
      throw new AuditWriteError((error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : "error"), { cause: error });
    }
  }
}
