import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { operations, operationsById } from "@gorgias-kit/spec/operations";
import { components, componentsId } from "@gorgias-kit/spec/schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(import.meta.dirname, "..");
const read = (file: string) => readFile(join(root, file), "utf8");

describe("@gorgias-kit/spec", () => {
  it("ships the same document as JSON and YAML", async () => {
    expect(parse(await read("openapi.yaml"))).toEqual(JSON.parse(await read("openapi.json")));
  });

  it("publishes every file its exports map names", async () => {
    const pkg = JSON.parse(await read("package.json")) as { exports: Record<string, string | Record<string, string>> };
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)));
    expect(targets).toContain("./dist/operations.js");
    for (const target of targets) {
      await expect(read(target), target).resolves.toBeTruthy();
    }
  });

  it("exports one operation table row per operation of the bundled spec, with its method and path", async () => {
    const spec = JSON.parse(await read("openapi.json")) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => typeof op === "object" && op !== null && typeof op.operationId === "string")
        .map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`),
    );
    expect(operations.map((op) => `${op.id} ${op.method} ${op.path}`).sort()).toEqual(inSpec.sort());
    expect(operationsById.get("listTickets")).toMatchObject({ method: "GET", path: "/api/tickets", scope: "tickets:read", pagination: "cursor" });
  });

  it("shows in its README the coverage table: the spec's operation count, the live total and a row per area", async () => {
    const spec = JSON.parse(await read("openapi.json")) as {
      tags: { name: string }[];
      "x-gorgias-coverage": { liveOperations: number; leftOut?: { path: string; reason: string }[] };
    };
    const readme = await read("README.md");
    const region = readme.slice(readme.indexOf("<!-- generated:coverage"), readme.indexOf("<!-- /generated:coverage -->"));
    const { liveOperations, leftOut = [] } = spec["x-gorgias-coverage"];
    expect(region).toContain(`The spec describes **${operations.length} of the live API's ${liveOperations} operations**`);
    expect(operations.length + leftOut.length).toBe(liveOperations);
    for (const tag of spec.tags) expect(region).toMatch(new RegExp(`^\\| ${tag.name} \\| \\d+ \\| \\d+ \\|`, "m"));
    for (const op of leftOut) expect(region).toContain(`${op.path}\`: ${op.reason}`);
  });

  it("builds the operation table into a module that imports nothing", async () => {
    const built = await read("dist/operations.js");
    expect(built).toContain("listTickets");
    expect(built).not.toMatch(/^\s*import\b|\brequire\(/m);
  });

  it("exports every component schema of the bundled spec, without annotations, from a module that imports nothing", async () => {
    const spec = JSON.parse(await read("openapi.json")) as { components: { schemas: Record<string, object> } };
    expect(Object.keys(components.schemas)).toEqual(Object.keys(spec.components.schemas).sort());
    expect(Object.keys(spec.components.schemas.Ticket!)).toEqual(expect.arrayContaining(["description", "example"]));
    expect(Object.keys(components.schemas.Ticket).sort()).toEqual(["properties", "required", "type"]);
    const keys = new Set<string>();
    JSON.stringify(components, (key, value: unknown) => (keys.add(key), value));
    expect([...keys].filter((key) => key.startsWith("x-"))).toEqual([]);
    // Internal refs stay refs: the shared shapes are spelled once.
    expect(components.schemas.Ticket.properties.status).toEqual({ $ref: "#/components/schemas/TicketStatus" });
    const built = await read("dist/schemas.js");
    expect(built).toContain("TicketStatus");
    expect(built).not.toMatch(/^\s*import\b|\brequire\(/m);
  });

  it("registers with ajv under componentsId: every component compiles, and a ticket is checked through its refs", async () => {
    const examples = Object.fromEntries(
      Object.entries((JSON.parse(await read("openapi.json")) as { components: { schemas: Record<string, { example?: unknown }> } }).components.schemas).map(([name, s]) => [name, s.example]),
    );
    // Not strict: the schemas are OpenAPI's JSON Schema, whose `components` wrapper ajv does not know.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: componentsId, components });
    for (const name of Object.keys(components.schemas)) expect(ajv.getSchema(`${componentsId}#/components/schemas/${name}`), name).toBeTypeOf("function");
    const validateTicket = ajv.getSchema(`${componentsId}#/components/schemas/Ticket`)!;
    const ticket = (change: object) => ({ ...(examples.Ticket as object), ...change });
    expect(validateTicket(ticket({})), ajv.errorsText(validateTicket.errors)).toBe(true);
    // The status is checked through Ticket's internal $ref to TicketStatus.
    expect(validateTicket(ticket({ status: "not-a-status" }))).toBe(false);
    expect(validateTicket.errors?.[0]).toMatchObject({ instancePath: "/status", keyword: "enum" });
  });

  it("builds the types entry as declarations only: the spec's operations and schemas, and no JavaScript", async () => {
    const pkg = JSON.parse(await read("package.json")) as { exports: Record<string, unknown> };
    expect(pkg.exports["./types"]).toEqual({ types: "./dist/types.d.ts" });
    const declarations = await read("dist/types.d.ts");
    expect(declarations).toMatch(/\binterface operations\b/);
    expect(declarations).toMatch(/\binterface components\b/);
    expect(declarations).toContain("listTickets");
    await expect(read("dist/types.js")).rejects.toThrow(/ENOENT/);
  });

  it("keeps the README's examples identical to examples/", async () => {
    const snippets = [...(await read("README.md")).matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(snippets).toEqual([await read("examples/scopes-of-writes.mjs"), await read("examples/side-effects.mjs")]);
  });

  it("runs the README example that prints each write operation with its scope", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "examples/scopes-of-writes.mjs")]);
    expect(stdout).toContain("POST /api/tickets → tickets:write");
    expect(stdout).toContain("PUT /api/customers/merge → customers:write");
    expect(stdout).not.toMatch(/:read/);
  });

  it("runs the README example that reads the operation table", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "examples/side-effects.mjs")]);
    expect(stdout).toContain("createTicket (POST /api/tickets): sends-to-customer");
    expect(stdout).not.toContain("listTickets");
  });
});
