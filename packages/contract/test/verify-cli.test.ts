import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify as toYaml } from "yaml";
import type { ConsumerContract, OpenApiDocument, VerifyReport } from "../src/index.js";
import { specVariant, type SpecJson } from "./support/bundled-spec.js";
import { useTempDirs } from "./support/temp-dir.js";

const CLI = fileURLToPath(new URL("../bin/gorgias-contract.js", import.meta.url));
const tempDir = useTempDirs();

/** What an auto-tagger relies on, as the recorder writes it. */
const CONTRACT: ConsumerContract = {
  format: "gorgias-contract/1",
  consumer: "auto-tagger",
  interactions: [
    { operationId: "createTicket", method: "post", path: "/api/tickets", query: {}, body: { "customer.email": { kinds: ["string"] }, "messages[].body_text": { kinds: ["string"] }, "messages[].channel": { kinds: ["string"] }, "messages[].from_agent": { kinds: ["boolean"] }, "messages[].sender.email": { kinds: ["string"] }, "messages[].via": { kinds: ["string"], values: ["api"] }, spam: { kinds: ["boolean"] } }, statuses: [201] },
    { operationId: "getTicket", method: "get", path: "/api/tickets/{id}", query: {}, statuses: [200, 404] },
    { operationId: "listTickets", method: "get", path: "/api/tickets", query: { limit: { kinds: ["integer"] } }, statuses: [200] },
    { operationId: "updateTicket", method: "put", path: "/api/tickets/{id}", query: {}, body: { status: { kinds: ["string"], values: ["closed"] } }, statuses: [200] },
  ],
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Writes a spec variant and the contract to a temporary directory and runs `verify` on them. */
async function verify(change: (spec: SpecJson) => void, extra: string[] = [], format: "json" | "yaml" = "json"): Promise<Run> {
  const dir = await tempDir();
  const spec = join(dir, `openapi.${format}`);
  const variant: OpenApiDocument = specVariant(change);
  await writeFile(spec, format === "json" ? JSON.stringify(variant) : toYaml(variant));
  const contract = join(dir, "auto-tagger.gorgias-contract.json");
  await writeFile(contract, JSON.stringify(CONTRACT));
  return run(["verify", "--spec", spec, contract, ...extra]);
}

const schemas = (s: SpecJson) => s.components.schemas;

describe("gorgias-contract verify", () => {
  it("passes a contract the current spec serves, with exit code 0", async () => {
    const result = await verify(() => {});
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^auto-tagger \(.*auto-tagger\.gorgias-contract\.json\): ok$/m);
    expect(result.stdout).toMatch(/No breaks: .*openapi\.json serves every recorded interaction of 1 consumer\./);
    expect(result.code).toBe(0);
  });

  it("reads a YAML spec", async () => {
    expect((await verify(() => {}, [], "yaml")).code).toBe(0);
  });

  it.each([
    ["a removed operation", (s: SpecJson) => delete s.paths["/api/tickets/{id}"].get, "getTicket", "api-removed-without-deprecation: Operation getTicket (GET /api/tickets/{id}) is no longer in the spec."],
    ["a newly required field", (s: SpecJson) => schemas(s).TicketCreate.required.push("subject"), "createTicket", 'new-required-request-property: Body field "subject" is required and not sent.'],
    ["a removed enum value", (s: SpecJson) => (schemas(s).TicketStatus.enum = ["open"]), "updateTicket", 'request-property-enum-value-removed: Body field "status" is sent with "closed", which is no longer one of its values (now "open").'],
    ["a changed type", (s: SpecJson) => (schemas(s).TicketCreate.properties.spam.type = "string"), "createTicket", 'request-property-type-changed: Body field "spam" is sent as boolean; the spec now expects string.'],
    ["a nested field removed", (s: SpecJson) => delete schemas(s).TicketMessageCreate.properties.body_text, "createTicket", 'request-property-removed: Body field "messages[].body_text" is sent and no longer exists.'],
    ["a removed query parameter", (s: SpecJson) => (s.paths["/api/tickets"].get.parameters = s.paths["/api/tickets"].get.parameters.filter((p: SpecJson) => p.$ref !== "#/components/parameters/Limit")), "listTickets", 'request-parameter-removed: Query parameter "limit" is sent and no longer exists.'],
    ["a relied-on status gone", (s: SpecJson) => delete s.paths["/api/tickets/{id}"].get.responses["404"], "getTicket", "response-non-success-status-removed: Status 404 is relied on and no longer documented"],
    ["a moved operation", (s: SpecJson) => ((s.paths["/api/v2/tickets/{id}"] = { get: s.paths["/api/tickets/{id}"].get }), delete s.paths["/api/tickets/{id}"].get), "getTicket", "api-removed-without-deprecation: Operation getTicket moved from GET /api/tickets/{id} to GET /api/v2/tickets/{id}."],
  ])("catches %s with a clear message and exit code 1", async (_name, change, operationId, line) => {
    const result = await verify(change);
    expect(result.stdout).toContain(line);
    expect(result.stdout).toMatch(new RegExp(`^  BREAK  +${operationId} `, "m"));
    expect(result.code).toBe(1);
  });

  it.each([
    ["an added optional field", (s: SpecJson) => (schemas(s).TicketCreate.properties.team_id = { type: "integer" })],
    ["an added operation", (s: SpecJson) => (s.paths["/api/tickets/{id}/snooze"] = { post: { operationId: "snoozeTicket", responses: { "204": { description: "Snoozed." } } } })],
    ["an added response enum value", (s: SpecJson) => schemas(s).Ticket.properties.priority = { type: "string", enum: ["low", "normal", "high", "urgent", "critical"] }],
  ])("accepts %s", async (_name, change) => {
    const result = await verify(change);
    expect(result.stdout).toContain("No breaks");
    expect(result.code).toBe(0);
  });

  it("prints a JSON report with --json", async () => {
    const result = await verify((s) => (schemas(s).TicketStatus.enum = ["open"]), ["--json"]);
    const report = JSON.parse(result.stdout) as VerifyReport;
    expect(report.ok).toBe(false);
    expect(report.breakCount).toBe(1);
    const broken = report.consumers[0]!.interactions.find((i) => i.breaks.length > 0)!;
    expect(broken).toMatchObject({ operationId: "updateTicket", breaks: [{ rule: "request-property-enum-value-removed", level: "breaking", location: "/components/schemas/TicketStatus" }] });
    expect(result.code).toBe(1);
  });

  it.each([
    [["verify", "x.json"], "gorgias-contract verify: --spec is required: the OpenAPI document to verify against.\n"],
    [["verify", "--spec"], "gorgias-contract verify: --spec needs a value.\n"],
    [["verify", "--spec", "x.json", "--format", "table", "c.json"], "gorgias-contract verify: unknown option --format; see --help.\n"],
    [["verify", "--spec", "x.json"], "gorgias-contract verify: no contract files given: pass one or more <consumer>.gorgias-contract.json files.\n"],
    [["check"], 'gorgias-contract: unknown command "check"; commands: verify.\n'],
  ])("exits 2 with one line naming the problem for %j", async (args, line) => {
    const result = await run(args);
    expect(result.stderr).toBe(line);
    expect(result.code).toBe(2);
  });

  it("exits 2 naming the contract file and field that do not follow the schema", async () => {
    const dir = await tempDir();
    const contract = join(dir, "broken.gorgias-contract.json");
    await writeFile(contract, JSON.stringify({ ...CONTRACT, interactions: [{ ...CONTRACT.interactions[0], method: "fetch" }] }));
    const spec = fileURLToPath(import.meta.resolve("@gorgias-kit/spec/openapi.json"));
    const result = await run(["verify", "--spec", spec, contract]);
    expect(result.stderr).toBe(`gorgias-contract verify: ${contract}: interactions[0].method must be equal to one of the allowed values: ["get","put","post","delete","patch","head","options"]\n`);
    expect(result.code).toBe(2);
  });

  it("shows its usage with --help and exit code 0", async () => {
    const result = await run(["verify", "--help"]);
    expect(result.stdout).toMatch(/^Usage: gorgias-contract verify --spec/);
    expect(result.code).toBe(0);
  });
});
