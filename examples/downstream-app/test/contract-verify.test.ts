import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { bundledSpec, type OpenApiDocument } from "@gorgias-kit/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_FILE } from "./consumer-contract.js";

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve("@gorgias-kit/contract/package.json")), "bin/gorgias-contract.js");
const BUNDLED_SPEC = require.resolve("@gorgias-kit/spec/openapi.json");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "downstream-verify-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `gorgias-contract verify` on the committed contract; resolves to the exit code and output. */
async function verify(spec: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, "verify", "--spec", spec, CONTRACT_FILE]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

/** The bundled spec with one change, written where the CLI can read it. */
async function variant(name: string, change: (spec: OpenApiDocument & { paths: any; components: any }) => void): Promise<string> {
  const spec = structuredClone(bundledSpec()) as OpenApiDocument & { paths: any; components: any };
  change(spec);
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(spec));
  return file;
}

describe("the downstream app's committed contract", () => {
  it("verifies against the current spec with no break", async () => {
    const { code, stdout } = await verify(BUNDLED_SPEC);
    expect(code, stdout).toBe(0);
    expect(stdout).toContain("No breaks");
  });

  it.each([
    ["a removed operation", "removed-operation", (s: any) => delete s.paths["/api/messages"].get, "api-path-removed-without-deprecation", "listMessages"],
    ["a newly required field", "required-field", (s: any) => (s.components.schemas.TicketTagsChange.required = ["ids"]), "new-required-request-property", '"ids"'],
    [
      "a removed enum value it sends",
      "removed-enum",
      (s: any) => {
        const orderBy = s.paths["/api/tickets"].get.parameters.find((p: any) => p.name === "order_by");
        orderBy.schema.enum = orderBy.schema.enum.filter((v: string) => v !== "created_datetime:asc");
      },
      "request-parameter-enum-value-removed",
      "created_datetime:asc",
    ],
    ["a changed type", "changed-type", (s: any) => (s.components.schemas.TicketTagsChange.properties.names.items.type = "integer"), "request-property-type-changed", "names"],
  ])("catches %s, naming the rule and what changed", async (_what, name, change, rule, detail) => {
    const { code, stdout } = await verify(await variant(name, change));
    expect(code, stdout).toBe(1);
    expect(stdout).toContain(rule);
    expect(stdout).toContain(detail);
  });

  it.each([
    ["an added optional request field", "optional-field", (s: any) => (s.components.schemas.TicketTagsChange.properties.reason = { type: "string" })],
    ["an added operation", "added-operation", (s: any) => (s.paths["/api/tickets/{ticket_id}/snooze"] = { put: { operationId: "snoozeTicket", responses: { "204": { description: "Snoozed." } } } })],
    ["an added response enum value", "response-enum", (s: any) => s.components.schemas.TicketStatus.enum.push("snoozed")],
  ])("accepts %s", async (_what, name, change) => {
    const { code, stdout } = await verify(await variant(name, change));
    expect(code, stdout).toBe(0);
  });
});
