import { join } from "node:path";
import { lint, loadConfig } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

const fixtures = join(import.meta.dirname, "fixtures");
const config = await loadConfig({ configPath: join(fixtures, "lint/redocly.yaml") });

async function problems(name: string) {
  const results = await lint({ ref: join(fixtures, `${name}.yaml`), config });
  return results.map((p) => ({ rule: p.ruleId, message: p.message }));
}

describe("the spec's custom lint rules", () => {
  it("accept the minimal valid fixture", async () => {
    expect(await problems("minimal-valid")).toEqual([]);
  });

  it("accept a guide record that differs from the operation, with its sources", async () => {
    expect(await problems("guide-record-valid")).toEqual([]);
  });

  it.each([
    ["error-missing-scope", "gorgias/operation-scope", "createWidget: security must list an oauth2 requirement"],
    ["error-undeclared-scope", "gorgias/operation-scope", 'scope "gadgets:write" is not declared by the oauth2 security scheme'],
    ["error-several-scopes-unexplained", "gorgias/operation-scope", "several oauth2 scopes need x-gorgias-scope-by-type"],
    ["lint-write-with-read-scope", "gorgias/write-scope", 'createWidget: a write operation must use a ":write" scope, not "widgets:read"'],
    ["error-missing-access", "gorgias/operation-vocabulary", "createWidget: x-gorgias-access must be read or write"],
    ["error-live-without-source", "gorgias/operation-vocabulary", "createWidget: an operation with provenance live must name its documentation pages in x-gorgias-source"],
    ["error-unknown-side-effect", "gorgias/operation-vocabulary", 'unknown side effect "launches-rockets"'],
    ["error-unknown-event", "gorgias/event-pairing", 'x-gorgias-event "widget-exploded" is not an event of EventType\'s x-gorgias-events'],
    ["error-event-without-operation", "gorgias/event-pairing", 'event "widget-created" is not produced by any operation'],
    ["error-event-not-a-known-type", "gorgias/event-pairing", 'event "widget-created" is not one of EventType\'s known values'],
    ["error-delivery-unknown-operation", "gorgias/delivery-firing", 'webhook "widget-created": x-gorgias-fired-by names "makeWidget", which is not an operation'],
    ["error-list-without-cursor", "gorgias/list-envelope", 'listWidgets: a cursor list must take the "cursor" query parameter'],
    ["lint-list-without-envelope", "gorgias/list-envelope", "must return the envelope {data, meta: {prev_cursor, next_cursor}, object, uri}; missing meta"],
    ["lint-view-items-with-cursor-meta", "gorgias/list-envelope", "listWidgets: a view-items list must return the envelope {data, meta: {current_cursor, prev_items, next_items}, object, uri}; missing meta.current_cursor/meta.prev_items/meta.next_items"],
    ["error-view-items-without-cursor", "gorgias/list-envelope", 'listWidgets: a view-items list must take the "cursor" query parameter'],
    ["error-guide-record-shape", "gorgias/guide-record", "createWidget: x-gorgias-guide.method must be one of GET, PUT, POST, DELETE, PATCH"],
    ["error-guide-record-shape", "gorgias/guide-record", "createWidget: x-gorgias-guide.note must say how the guide's form differs"],
    ["error-live-record-retired", "gorgias/guide-record", "x-gorgias-live is retired"],
    ["error-source-empty", "gorgias/guide-record", "x-gorgias-source must name a source"],
  ])("%s is caught by %s", async (name, rule, message) => {
    const found = await problems(name);
    expect(found).toContainEqual({ rule, message: expect.stringContaining(message) });
  });
});
