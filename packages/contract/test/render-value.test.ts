import { describe, expect, it } from "vitest";
import { REDACTED, redact, renderValue } from "../src/validate/render-value.js";

describe("renderValue", () => {
  it("cuts a long value at 80 characters", () => {
    const rendered = renderValue("x".repeat(200));
    expect(rendered).toHaveLength(80);
    expect(rendered.endsWith("…")).toBe(true);
  });

  it.each(["/authorization", "/user/password", "/meta/access_token", "/client_secret", "/api-key", "/Cookie"])("redacts the value at %s", (pointer) => {
    expect(renderValue("hunter2", pointer)).toBe(REDACTED);
  });

  it("redacts credential-named fields inside an object and keeps the rest", () => {
    expect(renderValue({ name: "Jane", auth: { token: "abc", kind: "bearer" } })).toBe('{"name":"Jane","auth":{"token":"[redacted]","kind":"bearer"}}');
    expect(redact([{ secret: 1 }])).toEqual([{ secret: REDACTED }]);
  });
});
