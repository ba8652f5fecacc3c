import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { componentSchemas } from "../src/emit/component-schemas/emit-component-schemas.js";
import { isAnnotation, stripAnnotations, stripKeywords } from "../src/emit/component-schemas/strip-annotations.js";
import { withComponentRefs } from "../src/emit/component-schemas/component-refs.js";
import { shareableComponents } from "../src/emit/mcp/shareable-components.js";
import { toolOperations } from "../src/emit/mcp/excluded-operations.js";
import { operationSchemasById } from "../src/emit/mock/operation-schemas.js";
import { FULL, sharedComponents, toolInput } from "../src/emit/mcp/input-schema.js";
import type { SpecDocument } from "../src/load/spec-document.js";
import { loadSpec } from "../src/load/load-spec.js";
import { isObject } from "../src/model/json-schema.js";
import { buildApiModel } from "../src/model/build-model.js";
import type { JsonSchema } from "../src/model/types.js";

const realModel = buildApiModel(await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml")));
const components = componentSchemas(realModel);

/** A tool schema with every `$ref` (to its `$defs` or to a shared component) replaced by what it names, markers and `$defs` dropped, keys sorted. */
function expanded(root: JsonSchema, node: unknown = root): unknown {
  if (Array.isArray(node)) return node.map((item) => expanded(root, item));
  if (!isObject(node)) return node;
  const { $ref, ...rest } = node;
  let base: Record<string, unknown> = {};
  if (typeof $ref === "string") {
    const component = /^(?:gorgias)?#\/components\/schemas\/(.+)$/.exec($ref)?.[1];
    const target = component !== undefined ? components[component] : (root.$defs as Record<string, unknown>)[$ref.replace("#/$defs/", "")];
    if (!isObject(target)) throw new Error(`Unresolved $ref "${$ref}".`);
    base = expanded(root, target) as Record<string, unknown>;
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(rest)) out[key] = key === "$defs" ? undefined : expanded(root, value);
  return stripKeywords(JSON.parse(JSON.stringify(out)) as JsonSchema, (k) => isAnnotation(k) || ["readOnly", "writeOnly", "contentMediaType"].includes(k));
}

describe("complete tool input schemas that reference the shared component schemas", () => {
  const shared = sharedComponents(realModel);

  it("validate exactly what the all-inlined schemas validate: expanded, each tool's schema is the same", () => {
    let referencing = 0;
    for (const op of toolOperations(realModel)) {
      const withRefs = toolInput(op, "full", shared).schema;
      if (JSON.stringify(withRefs).includes('"gorgias#/components/schemas/')) referencing++;
      expect(expanded(withRefs), op.id).toEqual(expanded(toolInput(op, "full").schema));
    }
    expect(referencing).toBeGreaterThan(20);
  });

  it("route the same arguments as the all-inlined schemas", () => {
    for (const op of toolOperations(realModel)) {
      const { args, bodyMinProperties, wholeBody } = toolInput(op, "full", shared);
      expect({ args, bodyMinProperties, wholeBody }, op.id).toEqual((({ schema: _s, ...rest }) => rest)(toolInput(op, "full")));
    }
  });
});

describe("the mock's operation schemas", () => {
  it("name every component by $ref, and expanded are the operation's dereferenced schemas without annotations", () => {
    const byId = operationSchemasById(realModel);
    const inlined = (schema: JsonSchema | null) => (schema ? expanded(stripAnnotations(schema)) : null);
    let refs = 0;
    for (const op of realModel.operations) {
      const schemas = byId[op.id]!;
      refs += JSON.stringify(schemas).split('"gorgias#/components/schemas/').length - 1;
      const parameters = (where: "path" | "query") => Object.fromEntries(op.parameters.filter((p) => p.in === where).map((p) => [p.name, inlined(p.schema)]));
      expect(expanded(schemas.path.properties as JsonSchema), op.id).toEqual(parameters("path"));
      expect(expanded(schemas.query.properties as JsonSchema), op.id).toEqual(parameters("query"));
      expect(schemas.body && expanded(schemas.body), op.id).toEqual(inlined(op.requestBody?.schema ?? null));
      for (const r of op.responses) expect(schemas.responses[r.status] && expanded(schemas.responses[r.status]!), `${op.id} ${r.status}`).toEqual(inlined(r.schema));
    }
    expect(refs).toBeGreaterThan(realModel.operations.length);
  });
});

describe("shareableComponents and withComponentRefs", () => {
  const schemas: Record<string, JsonSchema> = {
    Status: { type: "string", enum: ["open", "closed"], description: "A status." },
    Audited: { type: "object", properties: { id: { type: "integer", readOnly: true }, name: { type: "string" } } },
    Keys: { type: "object", propertyNames: { pattern: "^[a-z]+$" } },
    Stamp: { type: "string", readOnly: true },
    Body: { type: "object", properties: { status: { $ref: "#/components/schemas/Status", description: "Where it is." } } },
  };
  const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } } as SpecDocument;
  const shareable = shareableComponents({ document, schemas }, FULL);

  it("shares a component the complete compaction keeps whole, and no component it changes", () => {
    // Audited loses its optional read-only `id`, Stamp is left out where optional; Keys keeps its
    // `propertyNames`, which the complete schema enforces (only the manifest leaves it out).
    expect([...shareable].sort()).toEqual(["Body", "Keys", "Status"]);
  });

  it("keeps a described $ref to a shareable component, inlines the others and the top-level one", () => {
    expect(withComponentRefs(document, { $ref: "#/components/schemas/Body" }, shareable, true)).toEqual({
      type: "object",
      properties: { status: { $ref: "gorgias#/components/schemas/Status", description: "Where it is." } },
    });
    expect(withComponentRefs(document, { type: "array", items: { $ref: "#/components/schemas/Audited" } }, shareable)).toEqual({
      type: "array",
      items: { type: "object", properties: { id: { type: "integer", readOnly: true }, name: { type: "string" } } },
    });
    expect(withComponentRefs(document, { $ref: "#/components/schemas/Status", maxLength: 4 }, shareable)).toEqual({
      type: "string",
      enum: ["open", "closed"],
      description: "A status.",
      maxLength: 4,
    });
  });
});
