import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";
import type { ApiModel, OperationModel } from "../src/model/types.js";
import { guideContractProblems, matchGuideRow } from "./support/guide-contract.js";
import { readGuideTables } from "./support/guide-tables.js";

/** The guide's tables as the project keeps them (`spec/contract/guide-tables.json`). */
const guide = await readGuideTables();
const model = buildApiModel(await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml")));
const find = (method: string, path: string) => model.operations.find((op) => op.method === method && op.path === path);

describe("the guide's tables as read", () => {
  it("has 43 method rows, 13 events and 7 prose-only operations", () => {
    expect(guide.methods).toHaveLength(43);
    expect(guide.events).toHaveLength(13);
    expect(guide.proseOperations).toHaveLength(7);
  });
});

describe("the guide contract as a whole", () => {
  it("holds: every row is an operation or recorded on one, with the row's access, scope and event", () => {
    expect(guideContractProblems(model, guide.methods, guide.proseOperations)).toEqual([]);
  });

  it("records another method or path than the operation's on exactly the two merges", () => {
    const moved = model.operations.filter((op) => op.guide && (op.guide.method !== op.method || op.guide.path !== op.path));
    const recorded = moved.map((op) => `${op.guide!.method} ${op.guide!.path} → ${op.method} ${op.path}`);
    expect(recorded).toEqual(["POST /api/customers/{id}/merge → PUT /api/customers/merge", "POST /api/tags/merge → PUT /api/tags/{destination_tag_id}/merge"]);
  });
});

/** The model with one operation changed, as a spec edit would leave it. */
function withOperation(id: string, change: (op: OperationModel) => OperationModel): ApiModel {
  return { ...model, operations: model.operations.map((op) => (op.id === id ? change(op) : op)) };
}

describe("the guide contract refuses", () => {
  it("a row that is neither an operation nor recorded on one", () => {
    const unrecorded = withOperation("mergeTags", (op) => ({ ...op, guide: null }));
    expect(guideContractProblems(unrecorded, guide.methods, guide.proseOperations)).toEqual([
      "guide row POST /api/tags/merge: no operation has this method and path, and none records it in x-gorgias-guide",
    ]);
  });

  it("a recorded row whose operation has another scope or event than the row", () => {
    const drifted = withOperation("mergeCustomers", (op) => ({ ...op, scopes: ["customers:read"], scope: "customers:read", event: null }));
    expect(guideContractProblems(drifted, guide.methods, guide.proseOperations)).toEqual([
      "guide row POST /api/customers/{id}/merge: scope customers:write in the guide, customers:read on the operation (mergeCustomers)",
      "guide row POST /api/customers/{id}/merge: event customer-merged in the guide, none on mergeCustomers",
    ]);
  });

  it("a guide record that names no row of the guide", () => {
    const invented = withOperation("mergeTags", (op) => ({ ...op, guide: { method: "PATCH", path: "/api/tags/merge", note: "invented" } }));
    expect(guideContractProblems(invented, guide.methods, guide.proseOperations)).toEqual([
      "guide row POST /api/tags/merge: no operation has this method and path, and none records it in x-gorgias-guide",
      "mergeTags: x-gorgias-guide names PATCH /api/tags/merge, which is no row of the guide",
    ]);
  });
});

describe.each(guide.methods)("guide row $method $path", (row) => {
  const match = matchGuideRow(model, row);
  const op = match?.op;

  it("is an operation with the same method and path, or recorded on one as x-gorgias-guide, from the guide's table", () => {
    expect(match, `${row.method} ${row.path} is neither an operation nor recorded in x-gorgias-guide`).not.toBeNull();
    if (match!.kind === "recorded") expect(match!.op.guide).toMatchObject({ method: row.method, path: row.path });
    expect(op!.provenance).toBe("guide-table");
  });

  it("has the guide's access and scope", () => {
    expect(op!.access).toBe(row.access);
    if (row.scope === null) {
      expect(op!.scope).toBeNull();
      expect(Object.keys(op!.scopeByType ?? {}).length).toBeGreaterThan(0);
    } else {
      expect(op!.scopes).toEqual([row.scope]);
    }
  });

  it("produces the guide's event", () => {
    expect(op!.event).toBe(row.webhook);
  });

  it("sits in the guide's area", () => {
    expect(model.areas.find((a) => a.id === op!.area)?.name).toBe(row.area);
  });
});

describe.each(guide.events)("guide event $event", (row) => {
  const event = model.events.find((e) => e.event === row.event);

  it("is one of the events EventType declares (x-gorgias-events)", () => {
    expect(event, `${row.event} is missing from EventType's x-gorgias-events`).toBeDefined();
  });

  it("is produced by an operation on the guide's path (its own, or the guide's form it records)", () => {
    const paths = event!.producedBy.flatMap((id) => {
      const op = model.operations.find((o) => o.id === id)!;
      return op.guide ? [op.path, op.guide.path] : [op.path];
    });
    expect(paths).toContain(row.triggeredBy);
  });
});

describe("operations the guide's prose names and its table lacks", () => {
  it.each(guide.proseOperations)("$method $path is in the spec, marked as from the prose", ({ method, path, area }) => {
    const op = find(method, path);
    expect(op?.provenance).toBe("guide-prose");
    expect(model.areas.find((a) => a.id === op!.area)?.name).toBe(area);
  });

  it("every operation the spec marks as from the prose is one of them", () => {
    const marked = model.operations.filter((op) => op.provenance === "guide-prose").map((op) => `${op.method} ${op.path}`);
    expect(marked.sort()).toEqual(guide.proseOperations.map((op) => `${op.method} ${op.path}`).sort());
  });

  it("every operation beyond the table and the prose is marked as from the live API", () => {
    const fromGuide = model.operations.filter((op) => op.provenance !== "live");
    expect(fromGuide).toHaveLength(guide.methods.length + guide.proseOperations.length);
    const guideForms = new Set([...guide.methods, ...guide.proseOperations].map((row) => `${row.method} ${row.path}`));
    const liveOnly = model.operations.filter((op) => op.provenance === "live").map((op) => `${op.method} ${op.path}`);
    expect(liveOnly.filter((form) => guideForms.has(form))).toEqual([]);
  });
});
