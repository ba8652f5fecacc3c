import { appendFileSync } from "node:fs";
import { redactArguments, type SecretScrubber } from "./redaction.js";

/** One call, as the audit log records it. */
export interface AuditEntry {
  /** ISO 8601 time the call arrived. */
  readonly time: string;
  readonly tool: string;
  /** The meta-tool the call came through in `--dynamic` mode (`call_tool`). */
  readonly via?: string;
  /** The arguments, with message bodies and credentials redacted. */
  readonly arguments: unknown;
  readonly decision: "allowed" | "refused";
  /** Why a call was refused, or what went wrong with an allowed one. */
  readonly reason?: string;
  /** The HTTP status the API answered; null when nothing was sent or no answer came. */
  readonly status: number | null;
  readonly duration_ms: number;
}

/** Where audit lines go: a file (appended, one line per call) or a stream such as stderr. */
export type AuditSink = { readonly file: string } | { readonly write: (line: string) => void };

/** Appends one JSON line per call. Arguments are redacted and every line is scrubbed of known secrets. */
export class AuditLog {
  constructor(
    private readonly sink: AuditSink,
    private readonly scrubber: SecretScrubber,
  ) {}

  record(entry: Omit<AuditEntry, "arguments"> & { readonly arguments: unknown }): void {
    const line = `${this.scrubber.scrub(JSON.stringify({ ...entry, arguments: redactArguments(entry.arguments, this.scrubber) }))}\n`;
    if ("file" in this.sink) appendFileSync(this.sink.file, line);
    else this.sink.write(line);
  }
}
