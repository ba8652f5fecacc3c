import { readFileSync } from "node:fs";
import { operations, operationsById } from "@gorgias-kit/spec/operations";
import { ListToolsResultSchema, ToolSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { excludedOperations } from "../src/generated/excluded-operations.gen.js";
import { inputValidationSchemas } from "../src/generated/input-validation.gen.js";
import { split } from "../src/argument-validator.js";
import { toolRoutes } from "../src/generated/tool-routes.gen.js";
import { manifest, permissionOf, type ManifestTool } from "../src/manifest.js";
import { parameterArguments } from "./support/example-arguments.js";
import { followRefs, toolSchemaAjv } from "./support/tool-schema-refs.js";

type Schema = Record<string, unknown>;
const raw = readFileSync(new URL("../manifest.json", import.meta.url), "utf8");
const byName = new Map(manifest.tools.map((t) => [t.name, t]));
/** The operations that are tools: every one but those the exclusion list names. */
const toolOperations = operations.filter((op) => !excludedOperations.some((e) => e.operationId === op.id));
const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value);
      walk(value, visit);
    }
  }
}

/** The shape a node of a tool schema names, its `$ref`s followed. */
function deref(root: Schema, node: Schema | undefined): Schema | undefined {
  return node && followRefs(root, node);
}

/** Every required field of `full`, at any depth, is present and required in `compact`. */
function missingRequired(fullRoot: Schema, compactRoot: Schema, full: Schema | undefined, compact: Schema | undefined, at: string): string[] {
  const f = deref(fullRoot, full);
  const c = deref(compactRoot, compact);
  if (!f) return [];
  if (!c) return [at];
  const missing: string[] = [];
  const required = (f.required as string[] | undefined) ?? [];
  const cProps = (c.properties as Record<string, Schema> | undefined) ?? {};
  const fProps = (f.properties as Record<string, Schema> | undefined) ?? {};
  for (const name of required) {
    if (!(name in cProps) || !((c.required as string[] | undefined) ?? []).includes(name)) missing.push(`${at}.${name}`);
  }
  for (const [name, sub] of Object.entries(fProps)) {
    if (name in cProps) missing.push(...missingRequired(fullRoot, compactRoot, sub, cProps[name], `${at}.${name}`));
  }
  if (f.items && c.items) missing.push(...missingRequired(fullRoot, compactRoot, f.items as Schema, c.items as Schema, `${at}[]`));
  return missing;
}

describe("manifest.json", () => {
  it("is a tools/list result the MCP SDK accepts, tool by tool", () => {
    expect(ListToolsResultSchema.safeParse(manifest).success).toBe(true);
    for (const tool of manifest.tools) {
      const parsed = ToolSchema.safeParse(tool);
      expect(parsed.success, `${tool.name}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("starts with the generated header in its top-level _meta", () => {
    expect(Object.keys(JSON.parse(raw))[0]).toBe("_meta");
    expect(raw.slice(0, 400)).toContain("generated — do not edit");
    expect(raw.slice(0, 400)).toContain("pnpm generate");
  });

  it("has one tool per operation but the excluded ones, named in snake_case from the operationId", () => {
    expect(manifest.tools.map((t) => t.name)).toEqual(toolOperations.map((op) => snake(op.id)));
    expect(byName.get("list_tickets")).toBeDefined();
    expect(byName.get("merge_customers")).toBeDefined();
    expect(byName.get("create_ticket_message")).toBeDefined();
    for (const tool of manifest.tools) expect(tool.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
  });

  it("carries each operation's scope, access, area and the event it records in _meta", () => {
    for (const op of toolOperations) {
      const meta = permissionOf(byName.get(snake(op.id))!);
      expect(meta.scope).toBe(op.scope);
      expect(meta.access).toBe(op.access);
      expect(meta.area).toBe(op.area);
      expect(meta.event).toBe(op.event ?? undefined);
      if (op.scopeByType) expect(meta.scopeByType).toEqual(op.scopeByType);
    }
    expect(permissionOf(byName.get("search")!).scopeByType?.customer).toBe("customers:read");
  });

  it("marks reads read-only, and deletes, merges and customer-facing sends destructive", () => {
    for (const op of toolOperations) {
      const hints = byName.get(snake(op.id))!.annotations!;
      expect(hints.readOnlyHint, op.id).toBe(op.access === "read");
      if (op.access === "read") continue;
      const destructive = op.sideEffects.some((e) => ["deletes-history", "deletes-record", "merges-records", "revokes-access", "sends-to-customer"].includes(e));
      expect(hints.destructiveHint, op.id).toBe(destructive);
      expect(hints.idempotentHint, op.id).toBe(op.method === "PUT" || op.method === "DELETE");
      expect(typeof hints.openWorldHint, op.id).toBe("boolean");
    }
    expect(byName.get("search")!.annotations!.readOnlyHint).toBe(true);
    for (const name of ["delete_ticket", "merge_customers", "merge_tags", "create_ticket_message"]) {
      expect(byName.get(name)!.annotations!.destructiveHint, name).toBe(true);
    }
    expect(byName.get("create_ticket_message")!.annotations!.openWorldHint).toBe(true);
  });

  it("says what each tool does, the scope it needs and its side effects", () => {
    for (const tool of manifest.tools) {
      const meta = permissionOf(tool);
      expect(tool.title).toBeTruthy();
      if (meta.scope) expect(tool.description).toContain(`Scope ${meta.scope}.`);
      expect(tool.description!.length).toBeLessThan(300);
    }
    expect(byName.get("create_ticket_message")!.description).toContain("can send a message to the customer");
    expect(byName.get("delete_ticket")!.description).toContain("Side effects: permanently deletes support history");
    expect(byName.get("search")!.description).toContain("tag: tags:read");
  });

  it("inlines every spec $ref, repeats no schema, and carries no examples", () => {
    for (const tool of manifest.tools) {
      walk(tool, (key, value) => {
        expect(key, tool.name).not.toMatch(/^(example|examples|readOnly|x-.*)$/);
        if (key === "$ref") expect(value, tool.name).toMatch(/^#\/\$defs\//);
      });
    }
  });

  it("declares an outputSchema exactly where the success response is an object", () => {
    for (const op of operations) {
      const tool = byName.get(snake(op.id))!;
      if (op.successStatus === 204) expect(tool.outputSchema, op.id).toBeUndefined();
    }
    expect(byName.get("get_ticket")!.outputSchema).toMatchObject({ type: "object", properties: { id: { type: "integer" } } });
    expect(byName.get("list_tickets")!.outputSchema).toMatchObject({ properties: { data: { type: "array" }, meta: { type: "object" } } });
  });

  it("never drops a required field: every field the API requires, at any depth, is shown and required", () => {
    for (const tool of manifest.tools) {
      const full = inputValidationSchemas[tool.name] as Schema;
      const compact = tool.inputSchema as Schema;
      expect(missingRequired(full, compact, full, compact, tool.name)).toEqual([]);
    }
    expect(byName.get("create_ticket")!.inputSchema.required).toContain("messages");
    expect(byName.get("merge_tags")!.inputSchema.required).toEqual(["destination_tag_id", "source_tags_ids"]);
    expect(byName.get("merge_customers")!.inputSchema.required).toEqual(["source_id", "target_id"]);
  });

  it("merges path, query and body parameters into one flat object", () => {
    const tool = byName.get("create_ticket_message")!;
    expect(Object.keys(tool.inputSchema.properties!)).toEqual(expect.arrayContaining(["ticket_id", "action", "channel", "body_text"]));
    expect(split(toolRoutes.create_ticket_message!, { ticket_id: 7, action: "force", channel: "email", body_text: "Hi" })).toEqual({
      path: { ticket_id: 7 },
      query: { action: "force" },
      body: { channel: "email", body_text: "Hi" },
    });
  });

  it("accepts every request example of the spec, in both the manifest schema and the complete one", () => {
    const spec = JSON.parse(readFileSync(new URL("../../spec/openapi.json", import.meta.url), "utf8")) as Schema;
    const ajv = toolSchemaAjv();
    const byOperation = new Map<string, ManifestTool>(operations.map((op) => [op.id, byName.get(snake(op.id))!]));
    let checked = 0;
    for (const item of Object.values(spec.paths as Record<string, Record<string, Schema>>)) {
      for (const op of Object.values(item)) {
        const tool = byOperation.get(op.operationId as string);
        const media = ((op.requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined)?.["application/json"];
        if (!tool || !media?.examples) continue;
        const pathArgs = parameterArguments(spec, op, operationsById.get(op.operationId as string)!.pathParams);
        for (const [exampleName, example] of Object.entries(media.examples as Record<string, { value: Schema }>)) {
          // A tool that takes its body whole (a bare array or value) gets the example as its `body` argument.
          const args = { ...pathArgs, ...(toolRoutes[tool.name]!.wholeBody ? { body: example.value } : example.value) };
          for (const [label, schema] of [["manifest", tool.inputSchema], ["complete", inputValidationSchemas[tool.name]]] as const) {
            const validate = ajv.compile(schema as Schema);
            expect(validate(args), `${tool.name} ${exampleName} (${label}): ${ajv.errorsText(validate.errors)}`).toBe(true);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});
