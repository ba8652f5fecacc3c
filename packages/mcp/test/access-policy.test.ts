import { describe, expect, it } from "vitest";
import { AccessPolicy } from "../src/access-policy.js";
import { manifest, permissionOf } from "../src/manifest.js";

const names = (policy: AccessPolicy) => policy.visibleTools().map((t) => t.name);
const all = { scopes: null, readOnly: false, toolsets: null };

describe("AccessPolicy", () => {
  it("lists every tool when nothing is narrowed (an API key's full access)", () => {
    expect(names(new AccessPolicy(manifest.tools, all))).toEqual(manifest.tools.map((t) => t.name));
  });

  it("--read-only lists exactly the read tools, and refuses a write", () => {
    const policy = new AccessPolicy(manifest.tools, { ...all, readOnly: true });
    expect(names(policy)).toEqual(manifest.tools.filter((t) => permissionOf(t).access === "read").map((t) => t.name));
    expect(names(policy)).toContain("search");
    expect(policy.check("create_ticket")).toMatchObject({ reason: "read-only", message: expect.stringContaining("--read-only") });
  });

  it("--toolsets lists only the tools of those areas", () => {
    const policy = new AccessPolicy(manifest.tools, { ...all, toolsets: ["customers"] });
    expect(names(policy)).toEqual(["list_customers", "create_customer", "delete_customers", "get_customer", "update_customer", "delete_customer", "merge_customers", "set_customer_data"]);
    expect(policy.check("list_tickets")).toMatchObject({ reason: "toolset", message: expect.stringContaining('toolset "tickets"') });
  });

  it("--scopes lists only the tools those scopes authorise, and a refusal names the missing scope", () => {
    const policy = new AccessPolicy(manifest.tools, { ...all, scopes: ["tags:read"] });
    expect(names(policy)).toEqual(["list_tags", "get_tag", "search"]);
    expect(policy.check("create_tag")).toMatchObject({ reason: "scope", missingScope: "tags:write" });
    expect(policy.check("create_tag")!.message).toContain("needs the OAuth scope tags:write");
  });

  it("narrows search to the types whose scope is granted, and checks the type of each call", () => {
    const policy = new AccessPolicy(manifest.tools, { ...all, scopes: ["customers:read"] });
    const search = policy.visibleTools().find((t) => t.name === "search")!;
    expect((search.inputSchema.properties as Record<string, { enum: string[] }>).type!.enum).toEqual(["customer", "customer_profile", "customer_channel", "customer_channel_email", "customer_channel_phone", "customers_by_phone"]);
    expect(policy.check("search", { type: "customer", query: "jane" })).toBeNull();
    expect(policy.check("search", { type: "tag", query: "vip" })).toMatchObject({ reason: "scope", missingScope: "tags:read" });
    expect(policy.check("search", { type: "tag", query: "vip" })!.message).toContain('search of type "tag" needs the OAuth scope tags:read');
  });

  it("hides search when no searchable type is granted", () => {
    expect(names(new AccessPolicy(manifest.tools, { ...all, scopes: ["events:read"] }))).toEqual(["list_events", "get_event"]);
  });

  it("combines the three narrowings", () => {
    const policy = new AccessPolicy(manifest.tools, { scopes: ["tickets:read", "tickets:write", "customers:read"], readOnly: true, toolsets: ["tickets", "ticket-messages"] });
    expect(names(policy)).toEqual(["list_tickets", "get_ticket", "list_messages", "list_ticket_messages", "get_ticket_message"]);
  });

  it("refuses an unknown tool", () => {
    expect(new AccessPolicy(manifest.tools, all).check("drop_database")).toMatchObject({ reason: "unknown-tool" });
  });
});
