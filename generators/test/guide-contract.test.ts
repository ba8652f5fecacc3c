import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";
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

describe.each(guide.methods)("guide row $method $path", (row) => {
  const op = find(row.method, row.path);

  it("is in the spec with the same method and path, from the guide's table", () => {
    expect(op, `${row.method} ${row.path} is missing from the spec`).toBeDefined();
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

  it("triggers the guide's webhook event", () => {
    expect(op!.webhook).toBe(row.webhook);
  });

  it("sits in the guide's area", () => {
    expect(model.areas.find((a) => a.id === op!.area)?.name).toBe(row.area);
  });
});

describe.each(guide.events)("guide event $event", (row) => {
  const webhook = model.webhooks.find((w) => w.event === row.event);

  it("is in the top-level webhooks map", () => {
    expect(webhook, `${row.event} is missing from webhooks`).toBeDefined();
  });

  it("is triggered by an operation on the guide's path", () => {
    const paths = webhook!.triggeredBy.map((id) => model.operations.find((op) => op.id === id)!.path);
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

  it("no operation beyond the table and the prose, except live operations the guide does not name", () => {
    const fromGuide = model.operations.filter((op) => op.provenance !== "live");
    expect(fromGuide).toHaveLength(guide.methods.length + guide.proseOperations.length);
  });
});

describe("where the live API differs from the guide", () => {
  it.each([
    ["POST", "/api/customers/{id}/merge", "PUT", "/api/customers/merge"],
    ["POST", "/api/tags/merge", "PUT", "/api/tags/{destination_tag_id}/merge"],
  ])("%s %s keeps the guide's row and records the live %s %s", (method, path, liveMethod, livePath) => {
    expect(find(method, path)?.live).toMatchObject({ method: liveMethod, path: livePath });
  });
});
