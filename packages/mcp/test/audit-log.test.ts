import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, AuditWriteError } from "../src/audit-log.js";
import { MAX_ARGUMENT_DEPTH, nestsDeeperThan } from "../src/nesting-depth.js";
import { redactArguments, redactCredentialHeaders, redactedPlaceholderIn, redactUrlSecrets, SecretScrubber } from "../src/redaction.js";

const scrubber = new SecretScrubber(["mock-api-key", "YWRtaW46bW9jay1hcGkta2V5"]);

/** A value nested `depth` levels deep (the outer object is level 1). */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

describe("audit redaction", () => {
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
      Cookie: "sid=c00kie",
      "X-Auth-Token": "xat",
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
      Cookie: "[redacted]",
      "X-Auth-Token": "[redacted]",
    });
  });

  it("masks a known secret wherever it appears", () => {
    expect(redactArguments({ note: "key is mock-api-key!" }, scrubber)).toEqual({ note: "key is [redacted]!" });
  });

  it("masks URL userinfo and credential query parameters, case-insensitively, and keeps the rest of the URL byte for byte", () => {
    const url =
      "https://bot:hunter2@hooks.example.com/in?ticket={{ticket.id}}&TOKEN=t0k&api_key=k3y&Access_Token=at&client_secret=cs&password=pw&x-api-key=xk&sig=s1&page=2#access_token=frag";
    expect(redactUrlSecrets(url)).toBe(
      "https://[redacted]@hooks.example.com/in?ticket={{ticket.id}}&TOKEN=[redacted]&api_key=[redacted]&Access_Token=[redacted]&client_secret=[redacted]&password=[redacted]&x-api-key=[redacted]&sig=[redacted]&page=2#access_token=[redacted]",
    );
    expect(redactUrlSecrets("see http://127.0.0.1:9/cb?access%5Ftoken=abc and https://user@host.example/x")).toBe(
      "see http://127.0.0.1:9/cb?access%5Ftoken=[redacted] and https://[redacted]@host.example/x",
    );
    expect(redactUrlSecrets("Where is my order? It shipped on 2024-01-01 to jane@example.com")).toBe("Where is my order? It shipped on 2024-01-01 to jane@example.com");
  });

  it("masks URL secrets in arguments at any depth", () => {
    const redacted = redactArguments({ http: { url: "https://u:p@hooks.example.com/x?token=sekrit-1&keep=yes" }, items: ["https://h.example/?apikey=sekrit-2"] }, scrubber);
    expect(JSON.stringify(redacted)).not.toMatch(/sekrit|u:p@/);
    expect(redacted).toEqual({ http: { url: "https://[redacted]@hooks.example.com/x?token=[redacted]&keep=yes" }, items: ["https://h.example/?apikey=[redacted]"] });
  });

  it("masks credential headers in an API result, at any depth, and keeps the others", () => {
    const integration = {
      id: 21,
      http: { url: "https://hooks.example.com", headers: { Authorization: "Bearer live-secret", "X-Api-Key": "k-secret", Cookie: "sid=c-secret", "X-Auth-Token": "a-secret", "Content-Type": "application/json" } },
    };
    const deep: Record<string, unknown> = { headers: { "set-cookie": "deep-secret" } };
    let page: Record<string, unknown> = deep;
    for (let i = 0; i < 10_000; i++) page = { next: page };
    const result = redactCredentialHeaders({ data: [integration], page });
    expect(result.data[0]!.http.headers).toEqual({ Authorization: "[redacted]", "X-Api-Key": "[redacted]", Cookie: "[redacted]", "X-Auth-Token": "[redacted]", "Content-Type": "application/json" });
    expect(deep.headers).toEqual({ "set-cookie": "[redacted]" });
  });

  it("finds a redacted header value handed back in arguments", () => {
    expect(redactedPlaceholderIn({ id: 3, http: { headers: { Authorization: "[redacted]" } } })).toBe("http.headers.Authorization");
    expect(redactedPlaceholderIn({ id: 3, http: { headers: { Authorization: "Bearer real" } } })).toBeNull();
  });
});

describe("argument nesting depth", () => {
  it(`measures depth up to the limit of ${MAX_ARGUMENT_DEPTH} levels, and any depth without overflowing`, () => {
    expect(MAX_ARGUMENT_DEPTH).toBe(64);
    expect(nestsDeeperThan(nested(64), 64)).toBe(false);
    expect(nestsDeeperThan(nested(65), 64)).toBe(true);
    expect(nestsDeeperThan([[[1]]], 2)).toBe(true);
    expect(nestsDeeperThan(nested(100_000), 64)).toBe(true);
  });

  it("logs arguments of any depth, cut at the limit", () => {
    const text = JSON.stringify(redactArguments(nested(100_000), scrubber));
    expect(text.match(/"a":/g)).toHaveLength(MAX_ARGUMENT_DEPTH);
    expect(text).toContain('"[nested too deeply]"');
  });
});

describe("the audit log", () => {
  it("writes an attempt line before the call and an outcome line with the same call id after it", () => {
    const lines: string[] = [];
    const log = new AuditLog({ write: (line) => lines.push(line) }, scrubber);
    const call = log.begin({ tool: "update_ticket", arguments: { id: 1, body_text: "hi" } });
    expect(lines).toHaveLength(1);
    call.finish({ decision: "allowed", status: 200 });
    const refused = log.begin({ tool: "get_ticket", via: "call_tool", arguments: { id: 1 } });
    refused.finish({ decision: "refused", reason: "read-only", status: null });
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    const [attempt, outcome, attempt2, outcome2] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(attempt).toEqual({ event: "attempt", call: call.id, time: expect.any(String), tool: "update_ticket", arguments: { id: 1, body_text: "[redacted]" } });
    expect(outcome).toEqual({ event: "outcome", call: call.id, time: expect.any(String), tool: "update_ticket", decision: "allowed", status: 200, duration_ms: expect.any(Number) });
    expect(attempt2).toMatchObject({ event: "attempt", call: refused.id, tool: "get_ticket", via: "call_tool" });
    expect(outcome2).toMatchObject({ event: "outcome", call: refused.id, decision: "refused", reason: "read-only", status: null });
    expect(call.id).not.toBe(refused.id);
  });

  it("throws AuditWriteError naming the system error when the file cannot be written", () => {
    const dir = mkdtempSync(join(tmpdir(), "gorgias-mcp-audit-"));
    rmSync(dir, { recursive: true });
    const log = new AuditLog({ file: join(dir, "audit.jsonl") }, scrubber);
    expect(() => log.begin({ tool: "get_ticket", arguments: {} })).toThrow(AuditWriteError);
    expect(() => log.begin({ tool: "get_ticket", arguments: {} })).toThrow("the audit log cannot be written (ENOENT)");
  });

  it("scrubs URL secrets from every field of a line, the reason included", () => {
    const lines: string[] = [];
    const call = new AuditLog({ write: (line) => lines.push(line) }, scrubber).begin({ tool: "get_ticket", arguments: {} });
    call.finish({ decision: "allowed", status: null, reason: "NetworkError: GET http://admin:pw@127.0.0.1:9/api/tickets?access_token=leak-me got no response" });
    expect(lines.join("")).not.toMatch(/leak-me|admin:pw/);
  });
});
