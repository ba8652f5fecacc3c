import { describe, expect, expectTypeOf, it } from "vitest";
import { missing, ModelError, need } from "../src/model/model-error.js";

describe("need", () => {
  it("throws a ModelError naming the place and the missing fact when the condition fails", () => {
    const error = (() => {
      try {
        need(undefined, "info", "missing title");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ where: "info", fact: "missing title", message: "info: missing title" });
  });

  it("returns when the condition holds, and TypeScript narrows the checked value after it", () => {
    const title: string | undefined = ["Gorgias"].find(Boolean);
    need(title, "info", "missing title");
    expectTypeOf(title).toEqualTypeOf<string>();
    expect(title).toBe("Gorgias");
  });
});

describe("missing", () => {
  it("ends an expression with a ModelError", () => {
    const limits: { maxPageSize?: number } = {};
    expect(() => limits.maxPageSize ?? missing("x-gorgias-limits", "missing maxPageSize")).toThrow(
      new ModelError("x-gorgias-limits", "missing maxPageSize"),
    );
  });
});
