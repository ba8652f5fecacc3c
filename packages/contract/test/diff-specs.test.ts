import { describe, expect, it } from "vitest";
import { CHANGE_RULES, diffSpecs, type ChangeRuleId, type OpenApiDocument } from "../src/index.js";
import { bundledSpec, specVariant, type SpecJson } from "./support/bundled-spec.js";

type Change = (spec: SpecJson) => void;

interface RuleCase {
  rule: ChangeRuleId;
  /** Makes the base from the bundled spec (default: unchanged). */
  base?: Change;
  /** Makes the head from the bundled spec. */
  head: Change;
  operationId?: string;
  message: RegExp;
}

const schemas = (spec: SpecJson) => spec.components.schemas;
const getTicket = (spec: SpecJson) => spec.paths["/api/tickets/{id}"].get;
const createTicket = (spec: SpecJson) => spec.paths["/api/tickets"].post;
const createTagBody = (spec: SpecJson) => spec.paths["/api/tags"].post.requestBody.content["application/json"];
const getTicketBody = (spec: SpecJson) => getTicket(spec).responses["200"].content["application/json"];
const relationships = (spec: SpecJson) => getTicket(spec).parameters.find((p: SpecJson) => p.name === "relationships");
const deprecateTicketPath = (spec: SpecJson) => {
  for (const op of Object.values(spec.paths["/api/tickets/{id}"]) as SpecJson[]) op.deprecated = true;
};

/** One spec variant per rule: each must be reported under that rule, with the table's level. */
const CASES: RuleCase[] = [
  { rule: "api-path-removed-without-deprecation", head: (s) => delete s.paths["/api/tickets/{id}"], operationId: "getTicket", message: /getTicket \(GET \/api\/tickets\/\{id\}\) was removed with its path/ },
  { rule: "api-path-removed-before-sunset", base: deprecateTicketPath, head: (s) => delete s.paths["/api/tickets/{id}"], operationId: "getTicket", message: /was removed with its path/ },
  { rule: "api-removed-without-deprecation", head: (s) => delete s.paths["/api/tickets/{id}"].get, operationId: "getTicket", message: /getTicket .* was removed\.$/ },
  { rule: "api-removed-before-sunset", base: deprecateTicketPath, head: (s) => delete s.paths["/api/tickets/{id}"].get, operationId: "getTicket", message: /was removed/ },
  { rule: "api-operation-id-removed", head: (s) => (getTicket(s).operationId = "fetchTicket"), operationId: "getTicket", message: /"getTicket" was renamed to "fetchTicket"/ },
  { rule: "api-operation-id-added", base: (s) => delete getTicket(s).operationId, head: () => {}, operationId: "getTicket", message: /gained the operationId "getTicket"/ },
  { rule: "api-tag-added", head: (s) => getTicket(s).tags.push("Reading"), operationId: "getTicket", message: /Tag "Reading" was added/ },
  { rule: "api-tag-removed", head: (s) => (getTicket(s).tags = []), operationId: "getTicket", message: /Tag "Tickets" was removed/ },
  { rule: "endpoint-added", head: (s) => (s.paths["/api/tickets/{id}/snooze"] = { post: { operationId: "snoozeTicket", responses: { "204": { description: "Snoozed." } } } }), operationId: "snoozeTicket", message: /snoozeTicket was added at POST \/api\/tickets\/\{id\}\/snooze/ },
  { rule: "endpoint-deprecated", head: (s) => (getTicket(s).deprecated = true), operationId: "getTicket", message: /deprecated/ },
  { rule: "endpoint-reactivated", base: (s) => (getTicket(s).deprecated = true), head: () => {}, operationId: "getTicket", message: /no longer deprecated/ },

  { rule: "request-body-added-required", base: (s) => delete createTicket(s).requestBody, head: () => {}, operationId: "createTicket", message: /required request body was added/ },
  { rule: "request-body-added-optional", base: (s) => delete createTicket(s).requestBody, head: (s) => (createTicket(s).requestBody.required = false), operationId: "createTicket", message: /optional request body was added/ },
  { rule: "request-body-removed", head: (s) => delete createTicket(s).requestBody, operationId: "createTicket", message: /request body was removed/ },
  { rule: "request-body-became-required", base: (s) => (createTicket(s).requestBody.required = false), head: () => {}, operationId: "createTicket", message: /became required/ },
  { rule: "request-body-became-optional", head: (s) => (createTicket(s).requestBody.required = false), operationId: "createTicket", message: /became optional/ },
  { rule: "request-body-media-type-removed", head: (s) => (createTicket(s).requestBody.content = { "application/xml": {} }), operationId: "createTicket", message: /media type application\/json was removed/ },
  { rule: "request-body-media-type-added", head: (s) => (createTicket(s).requestBody.content["multipart/form-data"] = {}), operationId: "createTicket", message: /media type multipart\/form-data was added/ },
  { rule: "request-body-type-changed", head: (s) => (createTagBody(s).schema = { type: "array" }), operationId: "createTag", message: /request body: type changed from object to array/ },
  { rule: "request-body-type-generalized", head: (s) => (schemas(s).TagCreate.type = ["object", "array"]), operationId: "createTag", message: /from object to array \| object/ },
  { rule: "request-body-became-not-nullable", base: (s) => (schemas(s).TagCreate.type = ["object", "null"]), head: () => {}, operationId: "createTag", message: /request body: no longer accepts null/ },
  { rule: "request-body-became-nullable", head: (s) => (schemas(s).TagCreate.type = ["object", "null"]), operationId: "createTag", message: /request body: now accepts null/ },
  { rule: "request-body-enum-value-removed", base: (s) => (createTagBody(s).schema = { enum: ["a", "b"] }), head: (s) => (createTagBody(s).schema = { enum: ["a"] }), operationId: "createTag", message: /enum value "b" was removed/ },
  { rule: "request-body-enum-value-added", base: (s) => (createTagBody(s).schema = { enum: ["a"] }), head: (s) => (createTagBody(s).schema = { enum: ["a", "b"] }), operationId: "createTag", message: /enum value "b" was added/ },

  { rule: "new-required-request-property", head: (s) => { schemas(s).TicketCreate.properties.team_id = { type: "integer" }; schemas(s).TicketCreate.required.push("team_id"); }, operationId: "createTicket", message: /request body field "team_id" was added as required/ },
  { rule: "new-optional-request-property", head: (s) => (schemas(s).TicketCreate.properties.team_id = { type: "integer" }), operationId: "createTicket", message: /"team_id" was added as optional/ },
  { rule: "request-property-removed", head: (s) => delete schemas(s).TicketCreate.properties.spam, operationId: "createTicket", message: /request body field "spam" was removed/ },
  { rule: "request-property-became-required", head: (s) => schemas(s).TicketCreate.required.push("subject"), operationId: "createTicket", message: /"subject" became required/ },
  { rule: "request-property-became-optional", head: (s) => (schemas(s).TicketCreate.required = []), operationId: "createTicket", message: /"messages" became optional/ },
  { rule: "request-property-type-changed", head: (s) => (schemas(s).TicketCreate.properties.spam.type = "string"), operationId: "createTicket", message: /field "spam": type changed from boolean to string/ },
  { rule: "request-property-type-generalized", head: (s) => (schemas(s).TicketCreate.properties.spam.type = ["boolean", "string"]), operationId: "createTicket", message: /"spam": type changed from boolean to boolean \| string/ },
  { rule: "request-property-became-not-nullable", head: (s) => (schemas(s).TicketCreate.properties.subject.type = "string"), operationId: "createTicket", message: /"subject": no longer accepts null/ },
  { rule: "request-property-became-nullable", head: (s) => (schemas(s).TicketCreate.properties.spam = { anyOf: [{ type: "boolean" }, { type: "null" }] }), operationId: "createTicket", message: /"spam": now accepts null/ },
  { rule: "request-property-enum-value-removed", head: (s) => (schemas(s).TicketStatus.enum = ["open"]), operationId: "createTicket", message: /request body field "status": enum value "closed" was removed/ },
  { rule: "request-property-enum-value-added", head: (s) => schemas(s).TicketStatus.enum.push("snoozed"), operationId: "createTicket", message: /"status": enum value "snoozed" was added/ },

  { rule: "request-parameter-removed", head: (s) => (getTicket(s).parameters = getTicket(s).parameters.filter((p: SpecJson) => p.name !== "relationships")), operationId: "getTicket", message: /query parameter "relationships" was removed/ },
  { rule: "new-required-request-parameter", head: (s) => getTicket(s).parameters.push({ name: "view", in: "query", required: true, schema: { type: "string" } }), operationId: "getTicket", message: /query parameter "view" was added as required/ },
  { rule: "new-optional-request-parameter", head: (s) => getTicket(s).parameters.push({ name: "view", in: "query", schema: { type: "string" } }), operationId: "getTicket", message: /query parameter "view" was added as optional/ },
  { rule: "request-parameter-became-required", head: (s) => (relationships(s).required = true), operationId: "getTicket", message: /"relationships" became required/ },
  { rule: "request-parameter-became-optional", base: (s) => (relationships(s).required = true), head: () => {}, operationId: "getTicket", message: /"relationships" became optional/ },
  { rule: "request-parameter-type-changed", head: (s) => (s.components.parameters.IdPath.schema.type = "string"), operationId: "getTicket", message: /path parameter "id": type changed from integer to string/ },
  { rule: "request-parameter-type-generalized", head: (s) => (s.components.parameters.IdPath.schema.type = "number"), operationId: "getTicket", message: /from integer to number/ },
  { rule: "request-parameter-became-not-nullable", base: (s) => (relationships(s).schema.type = ["array", "null"]), head: () => {}, operationId: "getTicket", message: /"relationships": no longer accepts null/ },
  { rule: "request-parameter-became-nullable", head: (s) => (relationships(s).schema.type = ["array", "null"]), operationId: "getTicket", message: /"relationships": now accepts null/ },
  { rule: "request-parameter-enum-value-removed", base: (s) => relationships(s).schema.items.enum.push("tags"), head: () => {}, operationId: "getTicket", message: /query parameter "relationships" field "\[\]": enum value "tags" was removed/ },
  { rule: "request-parameter-enum-value-added", head: (s) => relationships(s).schema.items.enum.push("tags"), operationId: "getTicket", message: /enum value "tags" was added/ },

  { rule: "response-success-status-removed", head: (s) => delete getTicket(s).responses["200"], operationId: "getTicket", message: /Response status 200 is no longer documented/ },
  { rule: "response-non-success-status-removed", head: (s) => delete getTicket(s).responses["404"], operationId: "getTicket", message: /Response status 404 is no longer documented/ },
  { rule: "response-success-status-added", head: (s) => (getTicket(s).responses["203"] = { description: "Cached." }), operationId: "getTicket", message: /status 203 was added/ },
  { rule: "response-non-success-status-added", head: (s) => (getTicket(s).responses["410"] = { description: "Gone." }), operationId: "getTicket", message: /status 410 was added/ },
  { rule: "response-media-type-removed", head: (s) => (getTicket(s).responses["200"].content = { "text/plain": {} }), operationId: "getTicket", message: /response 200 body: media type application\/json was removed/ },
  { rule: "response-media-type-added", head: (s) => (getTicket(s).responses["200"].content["text/csv"] = {}), operationId: "getTicket", message: /media type text\/csv was added/ },
  { rule: "response-body-type-changed", head: (s) => (getTicketBody(s).schema = { type: "array" }), operationId: "getTicket", message: /response 200 body: type changed from object to array/ },
  { rule: "response-body-type-specialized", base: (s) => (getTicketBody(s).schema = { type: ["object", "array"] }), head: (s) => (getTicketBody(s).schema = { type: "object" }), operationId: "getTicket", message: /from array \| object to object/ },
  { rule: "response-body-became-nullable", head: (s) => (getTicketBody(s).schema = { oneOf: [{ $ref: "#/components/schemas/Ticket" }, { type: "null" }] }), operationId: "getTicket", message: /response 200 body: now accepts null/ },
  { rule: "response-body-became-not-nullable", base: (s) => (getTicketBody(s).schema = { oneOf: [{ $ref: "#/components/schemas/Ticket" }, { type: "null" }] }), head: () => {}, operationId: "getTicket", message: /no longer accepts null/ },
  { rule: "response-body-enum-value-added", base: (s) => (getTicketBody(s).schema = { enum: ["a"] }), head: (s) => (getTicketBody(s).schema = { enum: ["a", "b"] }), operationId: "getTicket", message: /enum value "b" was added/ },
  { rule: "response-body-enum-value-removed", base: (s) => (getTicketBody(s).schema = { enum: ["a", "b"] }), head: (s) => (getTicketBody(s).schema = { enum: ["a"] }), operationId: "getTicket", message: /enum value "b" was removed/ },

  { rule: "response-property-removed", head: (s) => delete schemas(s).Ticket.properties.subject, operationId: "getTicket", message: /response 200 body field "subject" was removed/ },
  { rule: "response-required-property-removed", head: (s) => delete schemas(s).Ticket.properties.uri, operationId: "getTicket", message: /response 200 body field "uri" was removed/ },
  { rule: "new-optional-response-property", head: (s) => (schemas(s).Ticket.properties.team_id = { type: "integer" }), operationId: "getTicket", message: /"team_id" was added as optional/ },
  { rule: "new-required-response-property", head: (s) => { schemas(s).Ticket.properties.team_id = { type: "integer" }; schemas(s).Ticket.required.push("team_id"); }, operationId: "getTicket", message: /"team_id" was added as required/ },
  { rule: "response-property-became-optional", head: (s) => (schemas(s).Ticket.required = schemas(s).Ticket.required.filter((n: string) => n !== "uri")), operationId: "getTicket", message: /"uri" became optional/ },
  { rule: "response-property-became-required", head: (s) => schemas(s).Ticket.required.push("subject"), operationId: "getTicket", message: /"subject" became required/ },
  { rule: "response-property-type-changed", head: (s) => (schemas(s).Ticket.properties.id.type = "string"), operationId: "getTicket", message: /response 200 body field "id": type changed from integer to string/ },
  { rule: "response-property-type-specialized", base: (s) => (schemas(s).Ticket.properties.id.type = "number"), head: () => {}, operationId: "getTicket", message: /"id": type changed from number to integer/ },
  { rule: "response-property-became-nullable", head: (s) => (schemas(s).Ticket.properties.spam.type = ["boolean", "null"]), operationId: "getTicket", message: /"spam": now accepts null/ },
  { rule: "response-property-became-not-nullable", head: (s) => (schemas(s).Ticket.properties.subject.type = "string"), operationId: "getTicket", message: /"subject": no longer accepts null/ },
  { rule: "response-property-enum-value-added", head: (s) => schemas(s).TicketStatus.enum.push("snoozed"), operationId: "getTicket", message: /response 200 body field "status": enum value "snoozed" was added/ },
  { rule: "response-property-enum-value-removed", head: (s) => (schemas(s).TicketStatus.enum = ["open"]), operationId: "getTicket", message: /response 200 body field "status": enum value "closed" was removed/ },

  { rule: "description-changed", head: (s) => (schemas(s).Ticket.properties.id.description = "The ticket's id."), message: /description changed at \/components\/schemas\/Ticket\/properties\/id\/description/ },
  { rule: "summary-changed", head: (s) => (getTicket(s).summary = "Read one ticket"), operationId: "getTicket", message: /summary changed at \/paths\/~1api~1tickets~1\{id\}\/get\/summary/ },
  { rule: "title-changed", head: (s) => (schemas(s).Ticket.title = "Ticket"), message: /title changed at \/components\/schemas\/Ticket\/title/ },
  { rule: "example-changed", head: (s) => (schemas(s).TicketStatus.example = "closed"), message: /example changed at \/components\/schemas\/TicketStatus\/example/ },
];

describe("diffSpecs", () => {
  it("finds no change between a spec and itself", () => {
    expect(diffSpecs(bundledSpec, specVariant())).toEqual([]);
  });

  it("has a spec variant in this file for every rule of the table", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(Object.keys(CHANGE_RULES).sort());
  });

  it.each(CASES)("reports $rule", ({ rule, base, head, operationId, message }) => {
    const changes = diffSpecs(specVariant(base), specVariant(head));
    const found = changes.filter((c) => c.rule === rule && (operationId === undefined || c.operationId === operationId));
    expect(found, JSON.stringify(changes, null, 1)).not.toHaveLength(0);
    expect(found.some((c) => message.test(c.message)), JSON.stringify(found, null, 1)).toBe(true);
    for (const change of found) expect(change.level).toBe(CHANGE_RULES[rule].level);
  });

  it("names the new place of an operation that moved", () => {
    const head = specVariant((s) => {
      s.paths["/api/v2/tickets/{id}"] = s.paths["/api/tickets/{id}"];
      delete s.paths["/api/tickets/{id}"];
    });
    const removed = diffSpecs(bundledSpec, head).find((c) => c.operationId === "getTicket" && c.level === "breaking");
    expect(removed).toMatchObject({ rule: "api-path-removed-without-deprecation", message: "Operation getTicket (GET /api/tickets/{id}) moved to GET /api/v2/tickets/{id}." });
  });

  it("treats a renamed path parameter as no change to callers", () => {
    const head = specVariant((s) => {
      s.paths["/api/tags/{tag_id}"] = s.paths["/api/tags/{id}"];
      delete s.paths["/api/tags/{id}"];
      for (const op of Object.values(s.paths["/api/tags/{tag_id}"]) as SpecJson[]) op.parameters = [{ name: "tag_id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }, ...op.parameters.slice(1)];
    });
    expect(diffSpecs(bundledSpec, head).filter((c) => c.level !== "documentation")).toEqual([]);
  });

  it("reads a schema property named `description` as a field, not documentation", () => {
    const changes = diffSpecs(bundledSpec, specVariant((s) => (schemas(s).TagCreate.properties.description.type = "integer")));
    expect(changes.map((c) => c.rule)).toContain("request-property-type-changed");
    expect(changes.map((c) => c.rule)).not.toContain("description-changed");
  });

  it("does not report removing a value of an open enum (anyOf a known list or any string) as breaking", () => {
    const head = specVariant((s) => (schemas(s).Channel.anyOf[0].enum = schemas(s).Channel.anyOf[0].enum.filter((v: string) => v !== "email")));
    expect(diffSpecs(bundledSpec, head).filter((c) => c.level === "breaking")).toEqual([]);
  });

  it("reports a required request property once per operation and field path, through nested objects and array items", () => {
    const head = specVariant((s) => schemas(s).TicketMessageCreate.required.push("subject"));
    const changes = diffSpecs(bundledSpec, head).filter((c) => c.operationId === "createTicket");
    expect(changes.map((c) => `${c.rule} ${c.message}`)).toEqual(['request-property-became-required request body field "messages[].subject" became required.']);
  });

  it("stops at recursive schemas", () => {
    const recursive = (s: SpecJson) => (schemas(s).TagCreate.properties.parent = { $ref: "#/components/schemas/TagCreate" });
    const changes = diffSpecs(specVariant(recursive), specVariant((s) => (recursive(s), (schemas(s).TagCreate.properties.name.type = "integer"))));
    expect(changes.filter((c) => c.operationId === "createTag").map((c) => c.message)).toEqual(['request body field "name": type changed from string to integer.']);
  });

  it("gives the same list whatever the key order of the documents", () => {
    const change = (s: SpecJson) => {
      delete s.paths["/api/tickets/{id}"];
      schemas(s).TicketStatus.enum = ["open"];
    };
    const reversed = (doc: OpenApiDocument) => ({ ...doc, paths: Object.fromEntries(Object.entries(doc.paths ?? {}).reverse()) });
    const first = diffSpecs(bundledSpec, specVariant(change));
    expect(diffSpecs(reversed(bundledSpec), reversed(specVariant(change)))).toEqual(first);
    expect(first.length).toBeGreaterThan(3);
  });
});
