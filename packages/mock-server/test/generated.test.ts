import { describe, expect, it } from "vitest";
import { oauthFacts, rateLimitPolicy } from "@gorgias-kit/spec/facts";
import { apiFacts } from "../src/generated/api-facts.gen.js";
import { operations } from "@gorgias-kit/spec/operations";
import { components } from "@gorgias-kit/spec/schemas";
import { operationSchemas } from "../src/generated/schemas.gen.js";
import { handlers } from "../src/resources/handlers.js";
import { spec, specOperations } from "./support/spec-conformance.js";

const byRule = (a: { auth: string; plan: string }, b: { auth: string; plan: string }) => `${a.auth}/${a.plan}`.localeCompare(`${b.auth}/${b.plan}`);

describe("the generated module matches the bundled spec", () => {
  it("has one operation, one set of schemas and one handler per operation of the spec", () => {
    const ids = specOperations.map((o) => o.id).sort();
    expect(operations.map((o) => o.id).sort()).toEqual(ids);
    expect(Object.keys(operationSchemas).sort()).toEqual(ids);
    expect(Object.keys(handlers).sort()).toEqual(ids);
  });

  it("carries every component schema and every documented status", () => {
    expect(Object.keys(components.schemas).sort()).toEqual(Object.keys(spec.components.schemas).sort());
    for (const op of specOperations) expect(Object.keys(operationSchemas[op.id]!.responses).sort()).toEqual(Object.keys(op.operation.responses).sort());
  });

  it("takes its facts from the spec's extensions", () => {
    expect([...rateLimitPolicy.limits].sort(byRule)).toEqual([...spec["x-gorgias-rate-limits"].limits].sort(byRule));
    expect(oauthFacts.accessTokenLifetimeSeconds).toBe(spec["x-gorgias-oauth"].accessTokenLifetimeSeconds);
    expect(apiFacts.deliveryTriggers.map((w) => w.trigger).sort()).toEqual(Object.keys(spec.webhooks).sort());
    expect(apiFacts.events.map((e) => e.event).sort()).toEqual(Object.keys(spec.components.schemas.EventType["x-gorgias-events"]).sort());
  });
});
