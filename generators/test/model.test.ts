import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";
import { ModelError } from "../src/model/model-error.js";

const fixture = (name: string) => join(import.meta.dirname, "fixtures", `${name}.yaml`);
const modelOf = async (name: string) => buildApiModel(await loadSpec(fixture(name)));

describe("buildApiModel on a minimal valid spec", async () => {
  const model = await modelOf("minimal-valid");
  const [list, create] = model.operations;

  it.each([
    ["id", list?.id, "listWidgets"],
    ["method", list?.method, "GET"],
    ["area", list?.area, "widgets"],
    ["scope", list?.scope, "widgets:read"],
    ["access", list?.access, "read"],
    ["pagination", list?.pagination, "cursor"],
    ["list item schema", list?.itemSchemaName, "Widget"],
    ["event of a read", list?.event, null],
    ["event of a create", create?.event, "widget-created"],
    ["side effects", create?.sideEffects, ["sends-to-customer"]],
    ["provenance", create?.provenance, "guide-prose"],
    ["client method", create?.client, { resource: "widgets", method: "create" }],
    ["success status", create?.success.status, 201],
    ["body schema name", create?.requestBody?.schemaName, "Widget"],
  ])("resolves the %s", (_fact, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("dereferences the body schema and keeps its examples", () => {
    expect(create?.requestBody?.schema).toMatchObject({ type: "object", required: ["id", "name"] });
    expect(create?.requestBody?.examples).toEqual([{ name: "one", summary: "One widget", value: { id: 1, name: "Bolt" } }]);
  });

  it("maps every scope to the operations it unlocks", () => {
    expect(model.scopes.map((s) => [s.name, s.operations])).toEqual([
      ["openid", []],
      ["widgets:read", ["listWidgets"]],
      ["widgets:write", ["createWidget"]],
    ]);
    expect(model.scopes.find((s) => s.name === "widgets:write")).toMatchObject({ resource: "widgets", access: "write" });
  });

  it("pairs each guide event with the operations that produce it", () => {
    expect(model.events).toEqual([
      { event: "widget-created", summary: "Widget created", description: "A widget was created.", producedBy: ["createWidget"], objectType: "Widget", area: "widgets" },
    ]);
  });

  it("reads each delivery trigger with the operations that fire it and the fields whose change it waits for", () => {
    expect(model.webhooks.map((w) => [w.trigger, w.area, w.firedBy])).toEqual([
      ["widget-created", "widgets", [{ operationId: "createWidget", changes: null }]],
      ["widget-renamed", "widgets", [{ operationId: "createWidget", changes: ["name"] }]],
      ["widget-lost", "widgets", []],
    ]);
  });

  it("reads the OAuth URLs as per-account templates, not the example account of the flow URLs", () => {
    expect(model.oauth).toMatchObject({
      authorizationUrl: "https://{subdomain}.example.com/oauth/authorize",
      tokenUrl: "https://{subdomain}.example.com/oauth/token",
    });
  });

  it("reads the rate limits per auth kind and plan", () => {
    expect(model.rateLimits.limits).toContainEqual({ auth: "oauth2", plan: "enterprise", requests: 80, windowSeconds: 10 });
  });

  it("collects the shared error responses by status", () => {
    expect(model.errors).toEqual([
      { status: 401, name: "Unauthorized", meaning: "Not authenticated.", whatToDo: "Send valid credentials.", example: { error: { msg: "Unauthorized." } } },
    ]);
  });
});

describe("buildApiModel with a search-like operation", () => {
  it("has no single scope and states the scope per searched type", async () => {
    const model = await modelOf("scope-by-type");
    expect(model.operations[0]).toMatchObject({ scope: null, scopes: ["widgets:read", "openid"], scopeByType: { widget: "widgets:read", person: "openid" } });
  });
});

describe("buildApiModel names the operation and the missing fact", () => {
  it.each([
    ["error-missing-scope", "operation createWidget (POST /api/widgets): missing OAuth scope"],
    ["error-missing-access", "operation createWidget (POST /api/widgets): missing x-gorgias-access"],
    ["error-unknown-event", 'operation createWidget: x-gorgias-event "widget-exploded" is not an event of EventType\'s x-gorgias-events'],
    ["error-event-not-a-known-type", "event widget-created: not one of EventType's known values"],
    ["error-delivery-unknown-operation", 'webhook widget-created: x-gorgias-fired-by names "makeWidget", which is not an operation'],
    ["error-list-without-cursor", 'operation listWidgets (GET /api/widgets): a cursor list must take the "cursor" query parameter'],
    ["error-view-items-without-cursor", 'operation listWidgets (GET /api/widgets): a view-items list must take the "cursor" query parameter'],
    ["error-undeclared-scope", 'operation createWidget: scope "gadgets:write" is not declared by the oauth2 scheme'],
    ["error-duplicate-client-method", 'operations: duplicate x-gorgias-client resource.method "widgets.list"'],
    ["error-missing-rate-limits", "x-gorgias-rate-limits: no limit for oauth2 on the enterprise plan"],
    ["error-unknown-side-effect", 'operation createWidget (POST /api/widgets): unknown side effect "launches-rockets"'],
    ["error-event-without-operation", "event widget-created: no operation produces it (x-gorgias-event)"],
    ["error-missing-what-to-do", "components.responses.Unauthorized: missing x-gorgias-what-to-do"],
    ["error-flow-url-off-template", 'components.securitySchemes.oauth2.flows.authorizationCode.tokenUrl: "https://your-account.example.org/oauth/token" is not its template'],
    ["error-several-scopes-unexplained", "operation listWidgets (GET /api/widgets): several OAuth scopes but no x-gorgias-scope-by-type"],
  ])("%s", async (name, message) => {
    const error = await modelOf(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toContain(message);
  });
});

describe("buildApiModel on bodies and answers that are not JSON", async () => {
  const model = await modelOf("media-types-and-redirect");
  const byId = new Map(model.operations.map((op) => [op.id, op]));

  it("reads a multipart request body with its schema and examples", () => {
    const upload = byId.get("uploadWidgetPictures")!;
    expect(upload.requestBody).toMatchObject({ mediaType: "multipart/form-data", required: true, examples: [{ name: "one", value: { "bolt.png": "png-bytes" } }] });
    expect(byId.get("createWidget")!.requestBody?.mediaType).toBe("application/json");
  });

  it("takes the redirect as the success of an operation that documents no 2xx", () => {
    const download = byId.get("downloadWidgetPicture")!;
    expect(download.success).toMatchObject({ status: 307, mediaType: null, schema: null, headers: ["Location"] });
  });

  it("keeps a CSV answer's media type and example, with no JSON schema", () => {
    const exported = byId.get("exportWidgets")!;
    expect(exported.success).toMatchObject({ status: 200, mediaType: "text/csv", schema: null, examples: [{ value: "id,name\n1,Bolt\n" }] });
  });
});
