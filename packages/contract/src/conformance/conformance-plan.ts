import { HTTP_METHODS, type OpenApiDocument } from "../spec/openapi-document.js";
import { boundaryCase } from "./boundary-case.js";
import type { ConformanceCase } from "./conformance-case.js";
import { bodyExamples, bodyKind, exampleParameters } from "./spec-examples.js";

/** The requests of a conformance run, in the spec's order, and the operations it has no boundary case for. */
export interface ConformancePlan {
  cases: ConformanceCase[];
  withoutBoundary: string[];
}

/**
 * Each operation's example requests (the parameters' examples with each request body example in
 * turn) followed by its boundary case, operation after operation in the order the spec lists
 * them: the spec's examples are written so that, replayed in this order against the mock's
 * seeded data, none undoes what a later one needs.
 */
export function planConformance(document: OpenApiDocument, only?: ReadonlySet<string>): ConformancePlan {
  const cases: ConformanceCase[] = [];
  const withoutBoundary: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of Object.keys(item)) {
      const operation = HTTP_METHODS.includes(method as never) ? item[method as (typeof HTTP_METHODS)[number]] : undefined;
      const operationId = operation?.operationId;
      if (!operation || !operationId || (only && !only.has(operationId))) continue;
      const parameters = exampleParameters(document, path, operation);
      const pathParams = Object.fromEntries(parameters.filter((p) => p.in === "path" && p.example !== undefined).map((p) => [p.name, p.example]));
      const query = Object.fromEntries(parameters.filter((p) => p.in === "query" && p.example !== undefined).map((p) => [p.name, p.example]));
      const bodies = bodyExamples(document, operation);
      const requests: [string, unknown][] = bodies.length > 0 ? bodies : [["no body", undefined]];
      const base = { operationId, method: method.toUpperCase(), path, bodyKind: bodyKind(document, operation) ?? "json" };
      for (const [label, body] of requests) cases.push({ ...base, kind: "example", label: `example ${label}`, pathParams, query, body });
      const boundary = boundaryCase(document, operation, parameters, { pathParams, query, body: requests[0]![1] });
      if (boundary) cases.push({ ...base, kind: "boundary", ...boundary });
      else withoutBoundary.push(operationId);
    }
  }
  return { cases, withoutBoundary };
}
