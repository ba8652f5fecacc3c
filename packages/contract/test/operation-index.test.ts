import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { asOpenApiDocument, OperationIndex } from "../src/index.js";

const spec = asOpenApiDocument(createRequire(import.meta.url)("@gorgias-kit/spec/openapi.json"), "@gorgias-kit/spec");
const index = new OperationIndex(spec);

describe("OperationIndex", () => {
  it("finds an operation by method and concrete path, with its path parameters", () => {
    const found = index.match("GET", "/api/tickets/42");
    expect(found?.operationId).toBe("getTicket");
    expect(found?.pathParams).toEqual({ id: "42" });
  });

  it("prefers a literal segment over a template", () => {
    expect(index.match("PUT", "/api/customers/merge")?.operationId).toBe("mergeCustomers");
  });

  it("answers undefined for a method the path does not have", () => {
    expect(index.match("PATCH", "/api/tickets/42")).toBeUndefined();
  });

  it("indexes every operation of the bundled spec by id", () => {
    let count = 0;
    for (const item of Object.values(spec.paths ?? {})) count += ["get", "put", "post", "delete", "patch"].filter((m) => m in item).length;
    expect(index.byId.size).toBe(count);
  });
});
