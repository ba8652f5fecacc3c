import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { toolInput } from "../src/emit/mcp/input-schema.js";
import { toolOutputSchema } from "../src/emit/mcp/output-schema.js";
import { withSingleTypes } from "../src/emit/mcp/single-type-schema.js";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";
import type { JsonSchema } from "../src/model/types.js";

const realModel = buildApiModel(await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml")));
const op = (id: string) => realModel.operations.find((o) => o.id === id)!;

/** Every `type` array anywhere in a schema, by where it sits. */
function typeArrays(node: unknown, at = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => typeArrays(item, `${at}[${i}]`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "type" && Array.isArray(value) ? [at] : typeArrays(value, `${at}.${key}`)));
}

describe("withSingleTypes", () => {
  it("writes a nullable field as anyOf branches, the type's own keywords inside and the rest outside", () => {
    expect(withSingleTypes({ type: ["string", "null"], maxLength: 320, format: "email", description: "Primary email.", default: null })).toEqual({
      anyOf: [{ type: "string", maxLength: 320, format: "email" }, { type: "null" }],
      description: "Primary email.",
      default: null,
    });
  });

  it("gives each branch only its own type's keywords, and keeps enum and const for the whole value", () => {
    expect(
      withSingleTypes({ type: ["object", "string", "array", "null"], additionalProperties: true, minLength: 1, items: { type: "integer" }, enum: ["a", null] }),
    ).toEqual({
      anyOf: [{ type: "object", additionalProperties: true }, { type: "string", minLength: 1 }, { type: "array", items: { type: "integer" } }, { type: "null" }],
      enum: ["a", null],
    });
  });

  it("rewrites type arrays at any depth: properties, items, additionalProperties, anyOf branches and $defs", () => {
    const schema: JsonSchema = {
      type: "object",
      properties: {
        sender: { type: "object", properties: { email: { type: ["string", "null"] } } },
        ids: { type: "array", items: { type: ["integer", "null"] } },
        meta: { type: "object", additionalProperties: { type: ["string", "null"] } },
        either: { oneOf: [{ type: ["number", "null"] }, { type: "string" }] },
        ref: { $ref: "#/$defs/x" },
      },
      $defs: { x: { type: ["boolean", "null"] } },
    };
    const before = typeArrays(schema);
    expect(before).toHaveLength(5);
    expect(typeArrays(withSingleTypes(schema))).toEqual([]);
  });

  it("writes a one-type array as that type, and leaves a schema without type arrays as it was", () => {
    expect(withSingleTypes({ type: ["integer"], maximum: 5 })).toEqual({ type: "integer", maximum: 5 });
    const plain: JsonSchema = { type: "object", properties: { id: { type: "integer" } }, required: ["id"], additionalProperties: false };
    expect(withSingleTypes(plain)).toEqual(plain);
  });

  it("keeps an existing anyOf and requires the new one beside it under allOf", () => {
    expect(withSingleTypes({ type: ["string", "null"], anyOf: [{ const: "a" }, { const: null }] })).toEqual({
      anyOf: [{ const: "a" }, { const: null }],
      allOf: [{ anyOf: [{ type: "string" }, { type: "null" }] }],
    });
  });

  it("accepts and refuses exactly the values the original schema does", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const schemas: JsonSchema[] = [
      { type: ["string", "null"], maxLength: 3, format: "date" },
      { type: ["integer", "null"], maximum: 9, minimum: 1 },
      { type: ["object", "string", "null"], properties: { a: { type: "integer" } }, required: ["a"], additionalProperties: false, minLength: 2 },
      { type: ["array", "null"], items: { type: ["string", "null"] }, maxItems: 2 },
      { type: ["string", "null"], enum: ["ab", null] },
    ];
    const values = [null, "", "ab", "abcd", "2024-01-02", 0, 1, 9, 10, 2.5, true, [], ["x", null], ["x", 1], ["a", "b", "c"], {}, { a: 1 }, { a: "1" }, { a: 1, b: 2 }];
    let compared = 0;
    for (const schema of schemas) {
      const original = ajv.compile(schema);
      const rewritten = ajv.compile(withSingleTypes(schema));
      for (const value of values) {
        expect(rewritten(value), `${JSON.stringify(schema)} on ${JSON.stringify(value)}`).toBe(original(value));
        compared++;
      }
    }
    expect(compared).toBe(schemas.length * values.length);
  });
});

describe("the tool schemas it shapes", () => {
  it("spells no type array in any tool's manifest input or output schema", () => {
    for (const o of realModel.operations) {
      expect(typeArrays(toolInput(o, "compact").schema), o.id).toEqual([]);
      expect(typeArrays(toolOutputSchema(o)), o.id).toEqual([]);
    }
  });

  it("keeps the spec's type arrays in the complete schema the server validates against", () => {
    expect(toolInput(op("createCustomer"), "full").schema.properties?.email).toMatchObject({ type: ["string", "null"] });
    expect(toolInput(op("createCustomer"), "compact").schema.properties?.email).toMatchObject({ anyOf: [{ type: "string" }, { type: "null" }] });
  });

  it("leaves nullable fields out of output schemas and keeps the others", () => {
    const schema = toolOutputSchema(op("getTicket"))!;
    expect(Object.keys(schema.properties!)).toContain("id");
    expect(Object.keys(schema.properties!)).not.toContain("created_datetime");
  });
});
