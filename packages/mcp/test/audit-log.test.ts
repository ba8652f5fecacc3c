import { describe, expect, it } from "vitest";
import { AuditLog } from "../src/audit-log.js";
import { redactArguments, SecretScrubber } from "../src/redaction.js";

describe("audit redaction", () => {
  const scrubber = new SecretScrubber(["mock-api-key", "YWRtaW46bW9jay1hcGkta2V5"]);

  it("redacts message bodies and credential-like fields at any depth, and keeps the rest", () => {
    const args = {
      ticket_id: 1,
      subject: "Where is my order?",
      body_text: "my card number is 4242",
      body_html: "<p>secret</p>",
      stripped_text: "x",
      messages: [{ channel: "email", body_text: "nested" }],
      http: { url: "https://hooks.example.com", headers: { "x-api-key": "k" }, hmac_secret: "s3cr3t" },
      new_password: "hunter2",
    };
    expect(redactArguments(args, scrubber)).toEqual({
      ticket_id: 1,
      subject: "Where is my order?",
      body_text: "[redacted]",
      body_html: "[redacted]",
      stripped_text: "[redacted]",
      messages: [{ channel: "email", body_text: "[redacted]" }],
      http: { url: "https://hooks.example.com", headers: "[redacted]", hmac_secret: "[redacted]" },
      new_password: "[redacted]",
    });
  });

  it("masks a known secret wherever it appears", () => {
    expect(redactArguments({ note: "key is mock-api-key!" }, scrubber)).toEqual({ note: "key is [redacted]!" });
  });

  it("writes one JSON line per call", () => {
    const lines: string[] = [];
    const log = new AuditLog({ write: (line) => lines.push(line) }, scrubber);
    log.record({ time: "2024-01-01T00:00:00.000Z", tool: "get_ticket", arguments: { id: 1 }, decision: "allowed", status: 200, duration_ms: 3 });
    log.record({ time: "2024-01-01T00:00:01.000Z", tool: "delete_ticket", arguments: { id: 1 }, decision: "refused", reason: "read-only", status: null, duration_ms: 0 });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({ time: "2024-01-01T00:00:00.000Z", tool: "get_ticket", arguments: { id: 1 }, decision: "allowed", status: 200, duration_ms: 3 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ tool: "delete_ticket", decision: "refused", reason: "read-only", status: null });
  });
});
