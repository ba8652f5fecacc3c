import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@gorgias-kit/spec/operations";
import { startMockServer, type MockServer } from "../src/index.js";
import { basic, call } from "./support/http.js";
import { conformanceProblems, spec, specOperations, type SpecOperation } from "./support/spec-conformance.js";
import { exampleRequests, parametersOf, pathOf } from "./support/spec-examples.js";
import { brokenInvariants } from "./support/state-invariants.js";

let mock: MockServer;
let tokens: string[] = [];
beforeAll(async () => {
  // The spec's integration examples deliver to hooks.example.com: answer its lookup here, without any resolver, so nothing leaves the machine.
  mock = await startMockServer({ seed: 3, delivery: { lookup: async () => [{ address: "192.0.2.1", family: 4 }] } });
  tokens = [mock.issueToken(["tickets:read", "tickets:write"]), mock.issueToken(["customers:read"]), mock.issueToken(["write:all"])];
});
afterAll(() => mock.stop());

type Json = unknown;

/** The operation's parameters with `$ref`s resolved, and schema refs inlined one level (enums of named schemas). */
function resolved(op: SpecOperation): Record<string, any>[] {
  const follow = (node: Record<string, any>): Record<string, any> =>
    node && typeof node.$ref === "string" ? follow(node.$ref.slice(2).split("/").reduce((o: Record<string, any>, k: string) => o[k], spec)) : node;
  return ((op.operation.parameters as Record<string, any>[] | undefined) ?? []).map(follow).map((p) => {
    const schema = follow(p.schema ?? {});
    return { ...p, schema: schema.type === "array" ? { ...schema, items: follow(schema.items ?? {}) } : schema };
  });
}
const examplesByOp = new Map<string, Json[]>();
for (const e of exampleRequests()) if (e.body !== undefined) examplesByOp.set(e.operation.id, [...(examplesByOp.get(e.operation.id) ?? []), e.body]);

const idArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 7, 8, 10, 12, 42, 43, 100) },
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 150 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).filter((s) => s.length > 0 && s !== "." && s !== "..") },
);

/** A value for a query parameter: usually valid for its schema, sometimes not. */
function queryValueArb(schema: Record<string, any>): fc.Arbitrary<unknown> {
  const valid: fc.Arbitrary<unknown> = schema.enum
    ? fc.constantFrom(...(schema.enum as unknown[]))
    : schema.type === "integer"
      ? fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 200 })
      : schema.type === "boolean"
        ? fc.boolean()
        : schema.type === "array"
          ? fc.array(schema.items?.enum ? fc.constantFrom(...(schema.items.enum as unknown[])) : fc.integer({ min: 1, max: 60 }), { maxLength: 3 })
          : schema.type === "object"
            ? fc.record({ gte: fc.constantFrom("2024-01-01T00:00:00+00:00", "nope") }, { requiredKeys: [] })
            : fc.string({ maxLength: 10 });
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) });
}

/** Mutations of a valid body: a field dropped, an unknown field, a wrong type, or the body as is. */
function mutatedBodyArb(examples: Json[]): fc.Arbitrary<Json> {
  return fc.constantFrom(...examples).chain((example) => {
    const keys = example && typeof example === "object" ? Object.keys(example) : [];
    return fc.oneof(
      fc.constant(example),
      keys.length > 0 ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(example as object).filter(([key]) => key !== k))) : fc.constant(example),
      fc.constant({ ...(example as object), unexpected_field: 1 }),
      keys.length > 0 ? fc.tuple(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => ({ ...(example as object), [k]: v })) : fc.constant(example),
    );
  });
}

interface Drawn {
  op: SpecOperation | null;
  method: string;
  path: string;
  authorization: string | null;
  body?: Json;
  rawBody?: string;
  contentType?: string;
}

const opArb: fc.Arbitrary<Drawn> = fc.constantFrom(...specOperations).chain((op) => {
  const params = parametersOf(op);
  const schemaOf = (name: string) => resolved(op).find((p) => p.name === name)?.schema as Record<string, any> | undefined;
  const pathArb = fc.record(Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, idArb])));
  const queryParams = params.filter((p) => p.in === "query" && p.name !== "cursor");
  const queryArb = fc
    .subarray(queryParams, { maxLength: Math.min(3, queryParams.length) })
    .chain((chosen) => fc.tuple(...chosen.map((p) => queryValueArb(p.name === "limit" ? { type: "integer", minimum: 0, maximum: 120 } : (schemaOf(p.name) ?? { type: "string" })).map((v) => [p.name, v] as const))))
    .map((entries) => Object.fromEntries(entries));
  const examples = examplesByOp.get(op.id);
  const bodyArb: fc.Arbitrary<Partial<Drawn>> = op.operation.requestBody
    ? fc.oneof(
        { weight: 6, arbitrary: mutatedBodyArb(examples ?? [{}]).map((body) => ({ body })) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => ({ body })) },
        { weight: 1, arbitrary: fc.constantFrom('{"broken": ', "[1,2", "", "null").map((rawBody) => ({ rawBody, contentType: "application/json" })) },
        { weight: 1, arbitrary: fc.constant({ rawBody: "a=b", contentType: "text/plain" }) },
      )
    : fc.constant({});
  const authArb = fc.oneof(
    { weight: 8, arbitrary: fc.constant(basic()) },
    { weight: 1, arbitrary: fc.constantFrom(null, basic("admin@example.com", "wrong"), "Bearer nope") },
    { weight: 2, arbitrary: fc.constantFrom(...tokens.map((t) => `Bearer ${t}`)) },
  );
  const wrongMethod = fc.constantFrom("GET", "PUT", "POST", "DELETE", "PATCH");
  return fc.record({ path: pathArb, query: queryArb, body: bodyArb, authorization: authArb, method: fc.oneof({ weight: 9, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: wrongMethod }) }).map(
    ({ path, query, body, authorization, method }): Drawn => {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) {
        if (Array.isArray(v)) for (const item of v) search.append(k, String(item));
        else if (v && typeof v === "object") for (const [sub, x] of Object.entries(v)) search.append(`${k}[${sub}]`, String(x));
        else search.append(k, String(v));
      }
      const qs = search.toString();
      // fetch cannot send a body with GET.
      const payload = method === "GET" ? {} : body;
      return { op: method === op.method ? op : null, method, path: `${pathOf(op, path)}${qs ? `?${qs}` : ""}`, authorization, ...payload };
    },
  );
});

const strayArb: fc.Arbitrary<Drawn> = fc
  .tuple(fc.constantFrom("/api/", "/api/tickets/1/", "/", "/api/unknown/", "/oauth/"), fc.webSegment(), fc.constantFrom("GET", "POST", "OPTIONS"))
  .map(([prefix, segment, method]) => ({ op: null, method, path: `${prefix}${encodeURIComponent(segment)}`, authorization: basic() }));

describe("property: drawn requests, valid and invalid", () => {
  it("never answer 5xx, always conform, and keep the store consistent", { timeout: 180_000 }, async () => {
    let count = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 19, arbitrary: opArb }, { weight: 1, arbitrary: strayArb }), async (drawn) => {
        count++;
        if (count % 400 === 0) mock.reset();
        const res = await call(mock, drawn.method, drawn.path, {
          authorization: drawn.authorization,
          ...(drawn.rawBody !== undefined ? { rawBody: drawn.rawBody, headers: { "content-type": drawn.contentType ?? "application/json" } } : drawn.body !== undefined ? { body: drawn.body } : {}),
        });
        expect(res.status, `${drawn.method} ${drawn.path}: ${res.text}`).toBeLessThan(500);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (drawn.op) {
          expect(conformanceProblems(drawn.op.id, res.status, res.headers, res.json), `${drawn.method} ${drawn.path} → ${res.status} ${res.text}`).toEqual([]);
        } else if (res.status >= 400 && !drawn.path.startsWith("/oauth/")) {
          expect(res.json?.error?.msg, `${drawn.method} ${drawn.path}`).toEqual(expect.any(String));
        }
        if (count % 50 === 0) expect(brokenInvariants(mock.engine)).toEqual([]);
      }),
      { numRuns: 2200, seed: 20241125, endOnFailure: true },
    );
    expect(count).toBeGreaterThanOrEqual(2000);
    // The draw covers successes and every kind of refusal, not only one of them.
    const successes = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    expect(successes).toBeGreaterThan(count / 5);
    for (const status of [400, 401, 403, 404, 405, 409, 415]) expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
    expect(brokenInvariants(mock.engine)).toEqual([]);
    expect(mock.engine.internalErrors).toEqual([]);
    expect(new Set(operations.map((o) => o.id)).size).toBe(specOperations.length);
  });
});
