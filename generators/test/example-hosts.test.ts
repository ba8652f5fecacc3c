import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";

const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));

/** Hosts an example may name: the machine itself, or a reserved name that never resolves (RFC 6761). */
const LOCAL_OR_RESERVED = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|[a-z0-9.-]+\.invalid)$/;

/** Every string inside an `example` or `examples` value of the bundle, with where it is. */
function exampleStrings(node: unknown, at: string, inExample: boolean, out: [string, string][]): [string, string][] {
  if (typeof node === "string" && inExample) out.push([at, node]);
  else if (Array.isArray(node)) node.forEach((item, i) => exampleStrings(item, `${at}.${i}`, inExample, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) exampleStrings(value, `${at}.${key}`, inExample || key === "example" || key === "examples", out);
  }
  return out;
}

describe("examples point at no host outside the machine", () => {
  const urls = exampleStrings(spec.document, "#", false, []).flatMap(([at, text]) =>
    [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/?#\s"'`]+)/gi)].map((m) => ({ at, url: m[0], host: (m[1] ?? "").replace(/^[^@]*@/, "").replace(/:\d+$/, "") })),
  );

  it("finds the URLs of the examples (integration URLs, attachments)", () => {
    expect(urls.length).toBeGreaterThanOrEqual(10);
  });

  it("every URL in an example is on a loopback address or a reserved .invalid name", () => {
    expect(urls.filter((u) => !LOCAL_OR_RESERVED.test(u.host)).map((u) => `${u.at}: ${u.url}`)).toEqual([]);
  });
});
