import { readFileSync } from "node:fs";
import { startMockServer, type MockServer } from "@gorgias-kit/mock-server";
import { operations, operationsById } from "@gorgias-kit/spec/operations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excludedOperations } from "../src/generated/excluded-operations.gen.js";
import { inputValidationSchemas } from "../src/generated/input-validation.gen.js";
import { toolRoutes } from "../src/generated/tool-routes.gen.js";
import { manifest } from "../src/manifest.js";
import { apiKeyEnv, connectStdio, textOf } from "./support/harness.js";
import { parameterArguments } from "./support/example-arguments.js";
import { followRefs, toolSchemaAjv } from "./support/tool-schema-refs.js";

type Schema = Record<string, unknown>;
const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** Where a `type` keyword holds an array, anywhere in a schema (a property named `type` holds a schema, never an array). */
function typeArrays(node: unknown, at: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => typeArrays(item, `${at}[${i}]`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "type" && Array.isArray(value) ? [at] : typeArrays(value, `${at}.${key}`)));
}

/** Whether a schema lets `null` through by its type: a type array with "null" or an `anyOf` branch of type null. */
function admitsNull(schema: Schema): boolean {
  const type = schema.type;
  if (type === "null" || (Array.isArray(type) && type.includes("null"))) return true;
  return Array.isArray(schema.anyOf) && (schema.anyOf as Schema[]).some(admitsNull);
}

/** The schema, or its `anyOf` branch, that holds the object's properties or the array's items. */
function structured(schema: Schema): Schema {
  const branch = Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]).find((b) => b.properties || b.items) : undefined;
  return branch ?? schema;
}

/** Fields the manifest shows whose acceptance of null differs from the complete schema's, and how many nullable fields it shows. */
function nullability(fullRoot: Schema, compactRoot: Schema, fullNode: Schema, shown: Schema, at: string, found = { nullable: 0, mismatches: [] as string[] }) {
  const full = followRefs(fullRoot, fullNode);
  const compact = followRefs(compactRoot, shown);
  if (admitsNull(full) !== admitsNull(compact)) found.mismatches.push(at);
  if (admitsNull(compact)) found.nullable++;
  const f = structured(full);
  const c = structured(compact);
  const fProps = (f.properties ?? {}) as Record<string, Schema>;
  for (const [name, sub] of Object.entries((c.properties ?? {}) as Record<string, Schema>)) {
    if (fProps[name]) nullability(fullRoot, compactRoot, fProps[name], sub, `${at}.${name}`, found);
  }
  if (f.items && c.items) nullability(fullRoot, compactRoot, f.items as Schema, c.items as Schema, `${at}[]`, found);
  return found;
}

/** Each request example of the spec as tool arguments (path parameters set to 1). */
function exampleArgumentSets(): { tool: string; name: string; args: Schema }[] {
  const spec = JSON.parse(readFileSync(new URL("../../spec/openapi.json", import.meta.url), "utf8")) as Schema;
  const sets: { tool: string; name: string; args: Schema }[] = [];
  for (const item of Object.values(spec.paths as Record<string, Record<string, Schema>>)) {
    for (const op of Object.values(item)) {
      const model = operationsById.get(op.operationId as string);
      const media = ((op.requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined)?.["application/json"];
      // An excluded operation (an upload, a download) has no tool to take its examples.
      if (!model || !media?.examples || !toolRoutes[snake(model.id)]) continue;
      const pathArgs = parameterArguments(spec, op, model.pathParams);
      for (const [name, example] of Object.entries(media.examples as Record<string, { value: Schema }>)) {
        // A tool that takes its body whole (a bare array or value) gets the example as its `body` argument.
        const bodyArgs = toolRoutes[snake(model.id)]!.wholeBody ? { body: example.value } : example.value;
        sets.push({ tool: snake(model.id), name, args: { ...pathArgs, ...bodyArgs } });
      }
    }
  }
  return sets;
}

describe("tool schemas that MCP clients without JSON Schema type arrays accept", () => {
  it("spell no `type` array anywhere in any tool's inputSchema or outputSchema", () => {
    expect(manifest.tools).toHaveLength(operations.length - excludedOperations.length);
    for (const tool of manifest.tools) {
      expect(typeArrays(tool.inputSchema, `${tool.name}.inputSchema`)).toEqual([]);
      expect(typeArrays(tool.outputSchema, `${tool.name}.outputSchema`)).toEqual([]);
    }
  });

  it("name a JSON type for every outputSchema property: none is an empty schema that constrains nothing", () => {
    const empty = manifest.tools.flatMap((tool) =>
      Object.entries((tool.outputSchema?.properties ?? {}) as Record<string, Schema>)
        .filter(([, schema]) => Object.keys(schema).length === 0)
        .map(([name]) => `${tool.name}.outputSchema.properties.${name}`),
    );
    expect(empty).toEqual([]);
    // Open enums (known values or any string) are named as strings.
    expect(manifest.tools.find((t) => t.name === "get_ticket")?.outputSchema?.properties).toMatchObject({ channel: { type: "string" } });
  });

  it("admit null in the manifest exactly where the complete schema does, for every field shown", () => {
    let nullable = 0;
    for (const tool of manifest.tools) {
      const full = inputValidationSchemas[tool.name] as Schema;
      const compact = tool.inputSchema as Schema;
      const found = nullability(full, compact, full, compact, tool.name);
      expect(found.mismatches).toEqual([]);
      nullable += found.nullable;
    }
    // Nullable fields are shown, as `anyOf` branches: the walk above compared real ones.
    expect(nullable).toBeGreaterThan(10);
  });

  it("accept every request example of the spec, also with each nullable argument it sets turned to null", () => {
    const ajv = toolSchemaAjv();
    const byName = new Map(manifest.tools.map((t) => [t.name, t]));
    let examples = 0;
    let nulled = 0;
    for (const { tool, name, args } of exampleArgumentSets()) {
      const complete = inputValidationSchemas[tool] as Schema;
      const variants: [string, Schema][] = [[name, args]];
      for (const key of Object.keys(args)) {
        const field = (complete.properties as Record<string, Schema>)[key];
        if (field && admitsNull(followRefs(complete, field))) variants.push([`${name} with ${key}: null`, { ...args, [key]: null }]);
      }
      for (const [label, variant] of variants) {
        for (const [which, schema] of [["manifest", byName.get(tool)!.inputSchema], ["complete", complete]] as const) {
          const validate = ajv.compile(schema as Schema);
          expect(validate(variant), `${tool} ${label} (${which}): ${ajv.errorsText(validate.errors)}`).toBe(true);
        }
      }
      examples++;
      nulled += variants.length - 1;
    }
    expect(examples).toBeGreaterThan(15);
    expect(nulled).toBeGreaterThan(5);
  });
});

describe("over stdio, with the MCP SDK client", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0 });
  });
  afterAll(() => mock.stop());

  it("lists no type array and takes null for a nullable argument", async () => {
    const session = await connectStdio(["--toolsets", "all"], apiKeyEnv(mock.url));
    try {
      const { tools } = await session.client.listTools();
      expect(tools).toHaveLength(operations.length - excludedOperations.length);
      for (const tool of tools) expect(typeArrays(tool, tool.name)).toEqual([]);
      const created = await session.call("create_tag", { name: "portable-null", description: null });
      expect(created.isError, textOf(created)).toBeFalsy();
      expect(created.structuredContent).toMatchObject({ name: "portable-null", description: null });
    } finally {
      await session.close();
    }
  });
});
