import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteData } from "../src/site-data.js";
import { packageRoot, readJson } from "./support/paths.js";
import { specOperations } from "./support/spec-operations.js";

type Obj = Record<string, unknown>;
const spec = await readJson<Obj>("@gorgias-kit/spec/openapi.json");
const ops = await specOperations();

describe("the site data generated for the docs", () => {
  it("has every operation once, with the MCP tool that calls it", () => {
    expect(siteData.operations.map((op) => op.operationId).sort()).toEqual(ops.map((op) => op.operationId).sort());
    const tools = siteData.operations.map((op) => op.mcpTool);
    expect(new Set(tools).size).toBe(tools.length);
    expect(siteData.operations.find((op) => op.operationId === "mergeCustomers")!.mcpTool).toBe("merge_customers");
  });

  it("has every HTTP-integration trigger of the spec's webhooks, each delivery with its template context and example", () => {
    const triggers = Object.keys(spec.webhooks as Obj);
    expect(siteData.webhooks.map((w) => w.trigger)).toEqual(triggers);
    expect(triggers.sort()).toEqual([...siteData.httpIntegration.triggers.values].sort());
    for (const hook of siteData.webhooks) {
      expect(hook.example, hook.trigger).toMatchObject({ ticket: { id: 1 } });
      expect(hook.fields.find((f) => f.path === "ticket"), hook.trigger).toMatchObject({ required: true });
      expect(hook.fields.some((f) => f.path === "ticket.customer_id"), hook.trigger).toBe(true);
    }
    expect(siteData.webhooks.find((w) => w.trigger === "ticket-status-updated")!.firedBy).toEqual([{ operationId: "updateTicket", changes: ["status"] }]);
    expect(siteData.webhooks.find((w) => w.trigger === "ticket-handed-over")!.firedBy).toEqual([]);
  });

  it("has the guide's 13 events apart from the triggers, each produced by an operation, and the known event types", () => {
    const declared = Object.keys(((spec.components as Obj).schemas as Record<string, Obj>).EventType!["x-gorgias-events"] as Obj);
    expect(siteData.events.map((e) => e.event)).toEqual(declared);
    expect(siteData.events).toHaveLength(13);
    for (const event of siteData.events) {
      expect(event.producedBy.length, event.event).toBeGreaterThan(0);
      expect(siteData.eventTypes.known, event.event).toContain(event.event);
    }
    expect(siteData.events.filter((e) => e.sameNameTrigger).map((e) => e.event)).toEqual(["ticket-created", "ticket-message-created"]);
  });

  it("names the HTTP-integration template variables the spec writes", () => {
    expect(siteData.httpIntegration.templateVariables).toEqual(expect.arrayContaining(["{{ticket.id}}", "{{ticket.customer.email}}", "{{context}}"]));
    for (const variable of siteData.httpIntegration.templateVariables) expect(variable).toMatch(/^\{\{[A-Za-z_][\w.[\]-]*\}\}$/);
    const context = siteData.httpIntegration.context.fields.map((f) => f.path);
    expect(context).toEqual(expect.arrayContaining(["id", "customer_id", "assignee_user_id", "assignee_team_id", "tags", "custom_fields", "snooze_datetime"]));
    expect(context).toHaveLength(23);
  });

  it("gives each error of the guide's table what it means and what to do, from the spec", () => {
    const responses = (spec.components as Obj).responses as Record<string, { description: string; "x-gorgias-what-to-do": string }>;
    expect(siteData.errors.map((e) => e.status)).toEqual([400, 401, 403, 404, 405, 409, 413, 415, 429, 500]);
    for (const error of siteData.errors) {
      expect(error.meaning).toBe(responses[error.name]!.description.replace(/\s+/g, " ").trim());
      expect(error.whatToDo).toBe(responses[error.name]!["x-gorgias-what-to-do"]);
      expect(error.whatToDo.length, error.name).toBeGreaterThan(10);
    }
    expect(siteData.errors.find((e) => e.status === 429)!.code).toBe("Too Many Requests");
  });

  it("carries the pagination parameters, rate limits and OAuth facts of the spec", () => {
    expect(siteData.pagination.parameters.map((p) => p.name)).toEqual(["limit", "cursor"]);
    expect(siteData.pagination.parameters[0]!.default).toBe(siteData.limits.defaultPageSize);
    expect(siteData.pagination.listOperations.sort()).toEqual(
      ops.filter((op) => siteData.operations.find((o) => o.operationId === op.operationId)!.pagination === "cursor").map((op) => op.operationId).sort(),
    );
    expect(siteData.pagination.linkedLists.operations).toEqual(
      ops.filter((op) => siteData.operations.find((o) => o.operationId === op.operationId)!.pagination === "view-items").map((op) => op.operationId),
    );
    expect(siteData.pagination.linkedLists.operations).toEqual(["listViewItems"]);
    expect(siteData.pagination.linkedLists.metaFields.map((f) => f.path)).toEqual(["current_cursor", "next_items", "prev_items"]);
    expect(siteData.rateLimits.limits).toEqual((spec["x-gorgias-rate-limits"] as { limits: unknown }).limits);
    expect(siteData.auth.accessTokenLifetimeSeconds).toBe((spec["x-gorgias-oauth"] as { accessTokenLifetimeSeconds: number }).accessTokenLifetimeSeconds);
  });
});

describe("the SiteData type", () => {
  it("is declared once, in the generated module, and nowhere else in the package", async () => {
    const declaring: string[] = [];
    for (const folder of ["src", "scripts", "test", "examples"]) {
      for (const entry of await readdir(join(packageRoot, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
        const file = join(entry.parentPath, entry.name);
        if (/^\s*(export\s+)?(interface\s+SiteData\b|type\s+SiteData\s*=)/m.test(await readFile(file, "utf8"))) declaring.push(file.slice(packageRoot.length));
      }
    }
    expect(declaring).toEqual(["src/generated/site-data.gen.ts"]);
  });
});
