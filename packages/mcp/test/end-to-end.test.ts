import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manifest, permissionOf } from "../src/manifest.js";
import { CLIENT_GONE } from "../src/tool-runner.js";
import { DEFAULT_TOOLSETS } from "../src/toolset-selection.js";
import { startHoldingProxy } from "./support/holding-proxy.js";
import { API_KEY, apiKeyEnv, CLI, connect, readAudit, textOf, type Session, type TransportKind } from "./support/harness.js";

let mock: MockServer;
const sessions: Session[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  mock.reset();
});
afterAll(() => mock.stop());

async function open(kind: TransportKind, flags: string[], env: Record<string, string> = apiKeyEnv(mock.url)): Promise<Session> {
  const session = await connect(kind, flags, env);
  sessions.push(session);
  return session;
}

async function toolNames(session: Session): Promise<string[]> {
  return (await session.client.listTools()).tools.map((t) => t.name);
}

const defaultTools = manifest.tools.filter((t) => DEFAULT_TOOLSETS.includes(permissionOf(t).area));
const readTools = defaultTools.filter((t) => permissionOf(t).access === "read").map((t) => t.name);

describe.each(["stdio", "http"] as const)("gorgias-mcp over %s, against the mock server", (kind) => {
  it("lists exactly the tools each grant allows", async () => {
    expect(await toolNames(await open(kind, []))).toEqual(defaultTools.map((t) => t.name));
    expect(await toolNames(await open(kind, ["--toolsets", "all"]))).toEqual(manifest.tools.map((t) => t.name));
    expect(await toolNames(await open(kind, ["--read-only"]))).toEqual(readTools);
    expect(await toolNames(await open(kind, ["--toolsets", "customers"]))).toEqual([
      "list_customers",
      "create_customer",
      "delete_customers",
      "get_customer",
      "update_customer",
      "delete_customer",
      "merge_customers",
      "set_customer_data",
    ]);
    const narrow = await open(kind, ["--scopes", "tickets:read,customers:read"]);
    const listed = (await narrow.client.listTools()).tools;
    expect(listed.map((t) => t.name)).toEqual([
      "list_tickets",
      "get_ticket",
      "list_messages",
      "list_ticket_messages",
      "get_ticket_message",
      "list_ticket_tags",
      "list_customers",
      "get_customer",
      "search",
    ]);
    expect((listed.find((t) => t.name === "search")!.inputSchema.properties as Record<string, { enum: string[] }>).type!.enum).toEqual(["customer", "customer_profile", "customer_channel", "customer_channel_email", "customer_channel_phone", "customers_by_phone"]);
  });

  it("sends a tool's whole-body argument as the request body: a bare array and a bare value", async () => {
    const session = await open(kind, ["--toolsets", "default,custom-fields"]);
    const set = await session.call("set_ticket_custom_field_values", { ticket_id: 1, body: [{ id: 1, value: "Refund" }] });
    expect(set.isError, textOf(set)).toBeFalsy();
    const one = await session.call("update_ticket_custom_field_value", { ticket_id: 1, id: 2, body: 4 });
    expect(one.isError, textOf(one)).toBeFalsy();
    expect(mock.engine.store.tickets.get(1)!.custom_fields).toEqual({ "1": { id: 1, value: "Refund" }, "2": { id: 2, value: 4 } });
    const wrong = await session.call("update_ticket_custom_field_value", { ticket_id: 1, id: 2, body: { value: 4 } });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toContain("`body`");
  });

  it("calls read and write tools end to end, with JSON text and structuredContent", async () => {
    const session = await open(kind, []);
    const ticket = await session.call("get_ticket", { id: 1 });
    expect(ticket.isError).toBeFalsy();
    expect(ticket.structuredContent).toMatchObject({ id: 1, subject: "Where is my order?" });
    expect(JSON.parse(textOf(ticket))).toEqual(ticket.structuredContent);

    const reply = await session.call("create_ticket_message", {
      ticket_id: 1,
      channel: "email",
      via: "api",
      from_agent: true,
      sender: { id: 5 },
      receiver: { id: 42 },
      body_text: "Your order shipped this morning.",
    });
    expect(reply.isError).toBeFalsy();
    const created = reply.structuredContent as { id: number; ticket_id: number };
    expect(created.ticket_id).toBe(1);

    const page = await session.call("list_messages", { ticket_id: 1, limit: 100 });
    expect((page.structuredContent as { data: { id: number }[] }).data.map((m) => m.id)).toContain(created.id);

    const tagged = await session.call("add_ticket_tags", { ticket_id: 1, names: ["vip"] });
    expect(tagged.isError).toBeFalsy();
    expect(textOf(tagged)).toContain("no content");

    const audit = session.audit();
    expect(audit.map((l) => [l.tool, l.decision, l.status])).toEqual([
      ["get_ticket", "allowed", 200],
      ["create_ticket_message", "allowed", 201],
      ["list_messages", "allowed", 200],
      ["add_ticket_tags", "allowed", 201],
    ]);
    for (const line of audit) {
      expect(new Date(String(line.time)).toISOString()).toBe(line.time);
      expect(typeof line.duration_ms).toBe("number");
    }
    expect(audit[1]!.arguments).toMatchObject({ ticket_id: 1, body_text: "[redacted]", sender: { id: 5 } });
  });

  it("merges customers and tags in the live API's form, and searches with a 201", async () => {
    const session = await open(kind, []);
    const customers = await session.call("merge_customers", { source_id: 43, target_id: 42, note: "Merged by an agent." });
    expect(customers.isError, textOf(customers)).toBeFalsy();
    expect(customers.structuredContent).toMatchObject({ id: 42, note: "Merged by an agent." });
    expect(mock.engine.store.customers.get(43)).toBeUndefined();

    const tags = await session.call("merge_tags", { destination_tag_id: 3, source_tags_ids: [4] });
    expect(tags.isError).toBeFalsy();
    expect(tags.structuredContent).toMatchObject({ id: 3 });
    expect(mock.engine.store.tags.get(4)).toBeUndefined();

    const found = await session.call("search", { type: "tag", query: "refund" });
    expect(found.isError).toBeFalsy();
    expect(session.audit().map((l) => [l.tool, l.status])).toEqual([
      ["merge_customers", 200],
      ["merge_tags", 202],
      ["search", 201],
    ]);
  });

  it("pages a view's items with the cursor and direction of meta.next_items, and lists a ticket's tags as an array", async () => {
    const session = await open(kind, ["--read-only", "--toolsets", "default,views"]);
    const first = await session.call("list_view_items", { view_id: 7, limit: 2 });
    const meta = (first.structuredContent as { meta: { next_items: string | null } }).meta;
    expect(meta.next_items).toMatch(/^\/api\/views\/7\/items\?cursor=/);
    const link = new URL(meta.next_items!, mock.url);
    const second = await session.call("list_view_items", { view_id: 7, limit: 2, cursor: link.searchParams.get("cursor"), direction: link.searchParams.get("direction") });
    expect(second.isError).toBeFalsy();
    const firstIds = (first.structuredContent as { data: { id: number }[] }).data.map((t) => t.id);
    const secondIds = (second.structuredContent as { data: { id: number }[] }).data.map((t) => t.id);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    const tags = await session.call("list_ticket_tags", { ticket_id: 1 });
    expect(JSON.parse(textOf(tags))).toEqual([expect.objectContaining({ id: 3, name: "urgent" })]);
    expect(tags.structuredContent).toEqual({ data: [expect.objectContaining({ id: 3, name: "urgent" })] });
  });

  it("refuses a call outside the grant, naming the missing scope, and sends nothing", async () => {
    const session = await open(kind, ["--scopes", "tickets:read"]);
    const before = mock.exportState();
    const refused = await session.call("create_ticket", { messages: [{ channel: "email", via: "api", from_agent: false, body_text: "Hi" }] });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain("needs the OAuth scope tickets:write");
    const readOnly = await open(kind, ["--read-only"]);
    expect(textOf(await readOnly.call("delete_ticket", { id: 1 }))).toContain("--read-only");
    expect(mock.exportState()).toEqual(before);
    expect(session.audit()).toEqual([
      expect.objectContaining({ tool: "create_ticket", decision: "refused", status: null, reason: expect.stringContaining("tickets:write") }),
    ]);
    expect(readOnly.audit()).toEqual([expect.objectContaining({ tool: "delete_ticket", decision: "refused", status: null })]);
  });

  it("refuses bad arguments before calling the API, naming the field", async () => {
    const session = await open(kind, []);
    const before = mock.exportState();
    const unknown = await session.call("list_tickets", { limt: 5 });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain("`limt` is not a field of this tool");
    const wrongType = await session.call("update_ticket", { id: "one", status: "closed" });
    expect(textOf(wrongType)).toContain("`id` must be integer");
    const tooBig = await session.call("create_ticket_message", { ticket_id: 1, channel: "email", via: "api", from_agent: true, body_html: "x".repeat(1_100_000) });
    expect(textOf(tooBig)).toMatch(/over the 1048576-byte limit; the largest field is `body_html`/);
    expect(mock.exportState()).toEqual(before);
    expect(session.audit().map((l) => [l.tool, l.decision, l.status])).toEqual([
      ["list_tickets", "refused", null],
      ["update_ticket", "refused", null],
      ["create_ticket_message", "refused", null],
    ]);
    expect(JSON.stringify(session.audit())).not.toContain("xxxxxxxx");
  });

  it("refuses every call once the audit log cannot be written, and nothing reaches the API", async () => {
    const session = await open(kind, []);
    expect((await session.call("get_ticket", { id: 1 })).isError).toBeFalsy();
    const before = mock.exportState();
    rmSync(dirname(session.auditFile), { recursive: true });
    const update = await session.call("update_ticket", { id: 1, status: "closed" });
    expect(update.isError).toBe(true);
    expect(textOf(update)).toContain("Refused: the audit log cannot be written (ENOENT), so this call was not made and nothing was sent to Gorgias.");
    expect(textOf(await session.call("get_ticket", { id: 1 }))).toContain("the audit log cannot be written");
    expect(mock.exportState()).toEqual(before);
  });

  it("turns an API error into a tool error that says what to do", async () => {
    const session = await open(kind, []);
    const missing = await session.call("get_ticket", { id: 987654 });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toContain("404 Not Found");
    expect(textOf(missing)).toContain("Confirm the id and that the resource still exists.");
    expect(session.audit()).toEqual([expect.objectContaining({ tool: "get_ticket", decision: "allowed", status: 404 })]);
  });

  it("serves three meta-tools in --dynamic mode, with the same checks", async () => {
    const session = await open(kind, ["--dynamic", "--scopes", "tickets:read"]);
    expect(await toolNames(session)).toEqual(["list_toolsets", "describe_tool", "call_tool"]);
    const sets = (await session.call("list_toolsets")).structuredContent as { toolsets: { id: string; tools: { name: string }[] }[] };
    expect(sets.toolsets.map((s) => s.id)).toEqual(["tickets", "ticket-messages", "ticket-tags", "views", "phone", "custom-fields"]);
    const described = (await session.call("describe_tool", { name: "get_ticket" })).structuredContent as { inputSchema: { required: string[] } };
    expect(described.inputSchema.required).toEqual(["id"]);
    const ticket = await session.call("call_tool", { name: "get_ticket", arguments: { id: 1 } });
    expect(ticket.structuredContent).toMatchObject({ id: 1 });
    const refused = await session.call("call_tool", { name: "delete_ticket", arguments: { id: 1 } });
    expect(textOf(refused)).toContain("needs the OAuth scope tickets:write");
    expect(textOf(await session.call("describe_tool", { name: "create_tag" }))).toContain("tags:write");
    expect(session.audit().map((l) => [l.tool, l.via ?? null, l.decision])).toEqual([
      ["list_toolsets", null, "allowed"],
      ["describe_tool", null, "allowed"],
      ["get_ticket", "call_tool", "allowed"],
      ["delete_ticket", "call_tool", "refused"],
      ["describe_tool", null, "refused"],
    ]);
  });

  it("with an OAuth token, calls with the token and never grants beyond its scopes", async () => {
    const token = mock.issueToken(["tickets:read"]);
    const env = { GORGIAS_BASE_URL: mock.url, GORGIAS_ACCESS_TOKEN: token, GORGIAS_TOKEN_SCOPES: "tickets:read" };
    const session = await open(kind, [], env);
    expect(await toolNames(session)).not.toContain("list_customers");
    expect((await session.call("get_ticket", { id: 1 })).structuredContent).toMatchObject({ id: 1 });
    expect(textOf(await session.call("list_customers", {}))).toContain("needs the OAuth scope customers:read");
    expect(session.transcript()).not.toContain(token);
  });

  it("never writes the API key or the token to its logs or outputs", async () => {
    const basic = Buffer.from(`${API_KEY.email}:${API_KEY.apiKey}`).toString("base64");
    const session = await open(kind, []);
    await session.call("get_ticket", { id: 1 });
    await session.call("get_ticket", { id: 987654 });
    await session.call("create_ticket_message", { ticket_id: 1, channel: "internal-note", via: "api", from_agent: true, public: false, body_text: "note" });
    await session.call("create_tag", { nme: "oops" });
    const token = mock.issueToken(["tickets:read"]);
    const oauth = await open(kind, [], { GORGIAS_BASE_URL: mock.url, GORGIAS_ACCESS_TOKEN: token, GORGIAS_TOKEN_SCOPES: "tickets:read" });
    await oauth.call("get_ticket", { id: 1 });
    await oauth.call("get_ticket", { id: 987654 });
    await oauth.call("create_tag", { name: "x" });
    const everything = `${session.transcript()}\n${oauth.transcript()}`;
    expect(everything).toContain("get_ticket");
    for (const secret of [API_KEY.apiKey, basic, token]) expect(everything).not.toContain(secret);
  });
});

describe("gorgias-mcp over stdio, shutting down", () => {
  it("carries a write in flight to its end when the client goes, and records the outcome the API gave", async () => {
    const proxy = await startHoldingProxy(mock.url, (req) => req.method === "PUT" && req.url === "/api/tickets/1");
    try {
      const session = await open("stdio", [], apiKeyEnv(proxy.url));
      const pending = session.call("update_ticket", { id: 1, status: "closed" }).then(
        () => "answered",
        () => "client closed",
      );
      await proxy.arrived;
      // The client hangs up mid-write: stdin ends and the server starts shutting down. Only once
      // it has, the API answers.
      const closing = session.client.close();
      await expect.poll(() => session.stderr(), { timeout: 10_000 }).toContain("stopping (the client closed stdin)");
      proxy.release();
      await closing;
      expect(await pending).toBe("client closed");
      expect(session.audit()).toEqual([expect.objectContaining({ tool: "update_ticket", decision: "allowed", status: 200, reason: CLIENT_GONE })]);
      const tickets = mock.exportState().collections.tickets.records as { id: number; status: string }[];
      expect(tickets.find((t) => t.id === 1)!.status).toBe("closed");
    } finally {
      await proxy.close();
    }
  });
});
