import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { requiredScopes } from "@gorgias-kit/client";
import { describe, expect, it } from "vitest";
import { readJson, repoRoot } from "./support/paths.js";
import { specOperations } from "./support/spec-operations.js";

interface MatrixRow {
  operationId: string;
  method: string;
  path: string;
  area: string;
  clientMethod: string;
  access: string;
  scope: string | null;
  scopes: string[];
  scopeByType: Record<string, string> | null;
  event: string | null;
  guide: { method: string; path: string; note: string } | null;
}

interface ScopeMatrixJson {
  apiKeyNote: string;
  operations: MatrixRow[];
  scopes: {
    scope: string;
    operations: { operationId: string; forTypes: string[] | null }[];
    events: string[];
    withoutOperations: { reason: string; source: string } | null;
  }[];
  areas: { area: string; read: { operations: string[]; scopes: string[] }; write: { operations: string[]; scopes: string[] } }[];
}

const matrix = await readJson<ScopeMatrixJson>("@gorgias-kit/spec/scope-matrix.json");
const spec = await specOperations();
const markdown = await readFile(join(repoRoot, "docs/scope-matrix.md"), "utf8");
const specBasicDescription = String(
  ((await readJson<{ components: { securitySchemes: { basicAuth: { description: string } } } }>("@gorgias-kit/spec/openapi.json")).components.securitySchemes.basicAuth
    .description),
);

describe("scope-matrix.json", () => {
  it("has every operation of the spec exactly once", () => {
    const ids = matrix.operations.map((row) => row.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(spec.map((op) => op.operationId).sort());
    const routes = matrix.operations.map((row) => `${row.method} ${row.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("states each operation's scope, access, event and guide form as the spec does", () => {
    for (const op of spec) {
      const row = matrix.operations.find((r) => r.operationId === op.operationId)!;
      expect({ method: row.method, path: row.path, access: row.access, scopes: row.scopes, event: row.event, guide: row.guide }, op.operationId).toEqual({
        method: op.method,
        path: op.path,
        access: op.access,
        scopes: op.oauthScopes,
        event: op.event,
        guide: op.guide,
      });
      expect(row.scope, op.operationId).toBe(op.oauthScopes.length === 1 ? op.oauthScopes[0] : null);
      expect(row.scopeByType, op.operationId).toEqual(op.scopeByType);
    }
  });

  it("lists, per scope, exactly the operations it unlocks and the events they produce", () => {
    for (const view of matrix.scopes) {
      const unlocked = spec.filter((op) => op.oauthScopes.includes(view.scope));
      expect(view.operations.map((o) => o.operationId).sort(), view.scope).toEqual(unlocked.map((op) => op.operationId).sort());
      const events = new Set(unlocked.flatMap((op) => (op.event ? [op.event] : [])));
      expect(new Set(view.events), view.scope).toEqual(events);
      for (const entry of view.operations) {
        const op = spec.find((o) => o.operationId === entry.operationId)!;
        const types = op.scopeByType ? Object.keys(op.scopeByType).filter((t) => op.scopeByType![t] === view.scope) : null;
        expect(entry.forTypes, `${view.scope} ${op.operationId}`).toEqual(types);
      }
    }
  });

  it("gives every declared scope that unlocks no operation its reason and source, and no other scope one", async () => {
    const oauth = (await readJson<{ components: { securitySchemes: { oauth2: { flows: { authorizationCode: { scopes: Record<string, string> } } } } } }>(
      "@gorgias-kit/spec/openapi.json",
    )).components.securitySchemes.oauth2.flows.authorizationCode.scopes;
    const used = new Set(spec.flatMap((op) => op.oauthScopes));
    expect(matrix.scopes.map((v) => v.scope).sort()).toEqual(Object.keys(oauth).sort());
    for (const view of matrix.scopes) {
      if (used.has(view.scope)) expect(view.withoutOperations, view.scope).toBeNull();
      else expect(view.withoutOperations?.reason.length, view.scope).toBeGreaterThan(10);
    }
    expect(matrix.scopes.filter((v) => v.withoutOperations).map((v) => v.scope)).toEqual(expect.arrayContaining(["apps:read", "apps:write", "events:write", "openid"]));
  });

  it("splits every area into its read and write operations", () => {
    const listed = matrix.areas.flatMap((a) => [...a.read.operations, ...a.write.operations]);
    expect(listed.sort()).toEqual(spec.map((op) => op.operationId).sort());
    for (const area of matrix.areas) {
      for (const id of area.read.operations) expect(spec.find((op) => op.operationId === id)!.access).toBe("read");
      for (const id of area.write.operations) expect(spec.find((op) => op.operationId === id)!.access).toBe("write");
    }
  });

  it("states the API-key note once, from the spec's basic scheme", () => {
    expect(matrix.apiKeyNote).toBe(specBasicDescription.trim());
    expect(JSON.stringify(matrix).split("carries no scopes").length - 1).toBe(1);
  });
});

describe("docs/scope-matrix.md", () => {
  const operationsTable = markdown.slice(markdown.indexOf("## Operations"), markdown.indexOf("\n## ", markdown.indexOf("## Operations") + 1));

  it("starts with the generated header", () => {
    expect(markdown.split("\n")[0]).toMatch(/^<!-- generated — do not edit\..*pnpm generate -->$/);
  });

  it("has one table row per operation with its scope", () => {
    for (const row of matrix.operations) {
      const lines = operationsTable.split("\n").filter((line) => line.includes(`| \`${row.operationId}\` |`));
      expect(lines, row.operationId).toHaveLength(1);
      for (const scope of row.scopes) expect(lines[0], row.operationId).toContain(`\`${scope}\``);
    }
  });

  it("states the API-key note once and lists every scope and every guide form that differs", () => {
    expect(markdown.split("carries no scopes").length - 1).toBe(1);
    for (const view of matrix.scopes) expect(markdown).toContain(`### \`${view.scope}\``);
    const diverging = matrix.operations.filter((r) => r.guide);
    expect(diverging.length).toBeGreaterThan(0);
    for (const row of diverging) expect(markdown).toContain(`| \`${row.operationId}\` | \`${row.method} ${row.path}\` | \`${row.guide!.method} ${row.guide!.path}\` |`);
  });
});

describe("least privilege (requiredScopes from @gorgias-kit/client) agrees with the matrix", () => {
  it("gives known sets their least scopes", () => {
    expect(requiredScopes(["listTickets"])).toEqual(["tickets:read"]);
    expect(requiredScopes(["listTickets", "tickets.create", "createTicketMessage", "listViews"])).toEqual(["tickets:read", "tickets:write"]);
    expect(requiredScopes(["customers.merge", "search.run:customer", "getCustomer"])).toEqual(["customers:read", "customers:write"]);
    expect(requiredScopes(["search.run:agent", "search.run:tag"])).toEqual(["tags:read", "users:read"]);
    expect(requiredScopes(["deleteIntegration", "listEvents"])).toEqual(["events:read", "integrations:write"]);
  });

  it("needs exactly the row's scope for each operation, by operationId and by client method", () => {
    for (const row of matrix.operations) {
      if (row.scope) {
        expect(requiredScopes([row.operationId]), row.operationId).toEqual([row.scope]);
        expect(requiredScopes([row.clientMethod]), row.clientMethod).toEqual([row.scope]);
      } else {
        for (const [type, scope] of Object.entries(row.scopeByType!)) expect(requiredScopes([`${row.clientMethod}:${type}`])).toEqual([scope]);
      }
    }
  });

  it("needs only that scope for everything a scope unlocks", () => {
    for (const view of matrix.scopes.filter((v) => v.operations.length > 0)) {
      const names = view.operations.flatMap((o) => (o.forTypes ? o.forTypes.map((t) => `${o.operationId}:${t}`) : [o.operationId]));
      expect(requiredScopes(names), view.scope).toEqual([view.scope]);
    }
  });
});
