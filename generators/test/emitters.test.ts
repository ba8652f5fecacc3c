import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resourceMethod } from "../src/emit/client/emit-resources.js";
import { buildSiteData } from "../src/emit/docs/site-data.js";
import { siteDataDeclaration } from "../src/emit/docs/site-data-type.js";
import { operationRow } from "../src/emit/operation-table/emit-operation-table.js";
import { toolAnnotations } from "../src/emit/mcp/tool-annotations.js";
import { toolDescription } from "../src/emit/mcp/tool-description.js";
import { toolInput } from "../src/emit/mcp/input-schema.js";
import { toolName } from "../src/emit/mcp/tool-name.js";
import { buildScopeMatrix } from "../src/emit/scopes/scope-matrix.js";
import { sideEffectPhrase } from "../src/emit/side-effect-phrases.js";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";

const model = buildApiModel(await loadSpec(join(import.meta.dirname, "fixtures/minimal-valid.yaml")));
/** The real spec: the site data needs components that the fixture does not have. */
const realModel = buildApiModel(await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml")));
const [list, create] = model.operations as [NonNullable<(typeof model.operations)[0]>, NonNullable<(typeof model.operations)[0]>];

describe("operation table rows (read by the client, the mock router and the MCP server)", () => {
  it.each([
    ["listWidgets", list, { method: "GET", path: "/api/widgets", resource: "widgets", name: "list", scope: "widgets:read", pagination: "cursor", queryParams: ["limit", "cursor"], body: null, successStatus: 200, event: null }],
    ["createWidget", create, { method: "POST", resource: "widgets", name: "create", scope: "widgets:write", pagination: "none", body: "required", successStatus: 201, event: "widget-created", sideEffects: ["sends-to-customer"] }],
  ])("%s", (_id, op, expected) => {
    expect(operationRow(op)).toMatchObject(expected);
  });
});

describe("client resource methods: one shape, (params, options?)", () => {
  const op = (id: string) => realModel.operations.find((o) => o.id === id)!;
  /** The signature line of a method, without its JSDoc. */
  const signature = (id: string) => resourceMethod(op(id)).split("\n").find((line) => line.includes("=>"))!;

  it.each([
    ["getTicketMessage", 'get: (params: ParamsOf<"getTicketMessage">, options?: CallOptions): Promise<ResultOf<"getTicketMessage">> => caller.call("getTicketMessage", params, options),'],
    ["createTag", 'create: (params: ParamsOf<"createTag">, options?: CallOptions): Promise<ResultOf<"createTag">> => caller.call("createTag", params, options),'],
    ["getCustomer", 'get: (params: ParamsOf<"getCustomer">, options?: CallOptions): Promise<ResultOf<"getCustomer"> & Redirected> => caller.call("getCustomer", params, options),'],
    ["listTickets", 'list: (params?: ParamsOf<"listTickets">, options?: CallOptions): ListPromise<ItemOf<"listTickets">, ResultOf<"listTickets">> => caller.list("listTickets", params, options),'],
  ])("%s", (id, expected) => {
    expect(signature(id)).toBe(expected);
  });

  it("makes params optional exactly when nothing in them is required, and pages every paged list of the table (cursor and view-items)", () => {
    for (const o of realModel.operations) {
      const required = o.parameters.some((p) => p.required && (p.in === "path" || p.in === "query")) || Boolean(o.requestBody?.required);
      expect(signature(o.id).includes("(params?:"), o.id).toBe(!required);
      expect(signature(o.id).includes("caller.list("), o.id).toBe(o.pagination !== "none");
    }
    expect(realModel.operations.filter((o) => o.pagination === "view-items").map((o) => o.id)).toEqual(["listViewItems"]);
    expect(signature("listViewItems")).toContain('caller.list("listViewItems"');
    expect(signature("listTicketTags")).toContain('caller.call("listTicketTags"');
  });

  it("keeps the spec's description as the method's JSDoc", () => {
    expect(resourceMethod(op("deleteTicket"))).toMatch(/^\/\*\*\n \* Delete a ticket\.\n[\s\S]*- Side effects: [\s\S]*@see DELETE \/api\/tickets\/\{id\}\n \*\/\n/);
  });
});

describe("MCP tools", () => {
  it.each([
    ["listWidgets", "list_widgets"],
    ["mergeCustomers", "merge_customers"],
    ["getTicketMessage", "get_ticket_message"],
    ["search", "search"],
  ])("%s is named %s", (id, name) => {
    expect(toolName(id)).toBe(name);
  });

  it.each([
    ["a read", list, { readOnlyHint: true }],
    ["a customer-facing send", create, { readOnlyHint: false, destructiveHint: true, idempotentHint: false }],
  ])("annotates %s", (_what, op, expected) => {
    expect(toolAnnotations(op)).toMatchObject(expected);
  });

  it("describes the scope and the side effect in plain words", () => {
    const text = toolDescription(create);
    expect(text).toContain("widgets:write");
    expect(text).toContain(sideEffectPhrase("sends-to-customer"));
  });

  it("merges query parameters and body fields into one input schema", () => {
    expect(Object.keys((toolInput(list, "full").schema.properties ?? {}) as object)).toEqual(["limit", "cursor"]);
    expect(toolInput(create, "full").schema).toMatchObject({ type: "object", required: expect.arrayContaining(["id", "name"]) });
  });
});

describe("scope matrix", () => {
  const matrix = buildScopeMatrix(model);

  it("has one row per operation, with its scope and event", () => {
    expect(matrix.operations.map((r) => [r.operationId, r.scope, r.event])).toEqual([
      ["listWidgets", "widgets:read", null],
      ["createWidget", "widgets:write", "widget-created"],
    ]);
  });

  it("lists, per scope, what it unlocks and the events those operations trigger", () => {
    const write = matrix.scopes.find((s) => s.scope === "widgets:write");
    expect(write?.operations.map((o) => o.operationId)).toEqual(["createWidget"]);
    expect(write?.events).toEqual(["widget-created"]);
  });
});

describe("the docs package's SiteData type", () => {
  const declaration = siteDataDeclaration();

  it("is one self-contained interface with every key the site data has", () => {
    expect(declaration).toMatch(/^\/\*\*.*\*\/\nexport interface SiteData \{\n/);
    expect(declaration).not.toMatch(/\bimport\b|ScopeMatrixRow|RateLimitModel|ApiModel/);
    const topLevel = [...declaration.matchAll(/^ {2}(\w+)\??: /gm)].map((m) => m[1]);
    expect(topLevel).toEqual(Object.keys(buildSiteData(realModel)));
  });

  it("widens literal unions to what a JSON import infers and keeps nullability and JSDoc", () => {
    expect(declaration).toMatch(/\n {4}method: string;\n/);
    expect(declaration).toMatch(/\n {4}scope: string \| null;\n/);
    expect(declaration).toContain("/** The one OAuth scope it needs; null when the scope depends on the request (see `scopeByType`). */");
    expect(declaration).toMatch(/scopeByType: \{\n {6}\[key: string\]: string;\n {4}\} \| null;/);
  });
});
