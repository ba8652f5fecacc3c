import { CHANGE_RULES, type SpecChange } from "@gorgias-kit/contract";
import { describe, expect, it } from "vitest";
import { bumpFor, covers } from "../src/diff/bump.js";
import { KNOWN_RULES, packagesReached, semverBumpOf, surfaceOf } from "../src/diff/package-reach.js";

const onListTickets = { operationId: "listTickets", method: "get", path: "/api/tickets" };
const change = (rule: keyof typeof CHANGE_RULES, extra: Partial<SpecChange> = onListTickets): SpecChange => ({
  rule,
  level: CHANGE_RULES[rule].level,
  location: "/paths/~1api~1tickets/get",
  message: rule,
  ...extra,
});
const versions = (version: string) =>
  Object.fromEntries(["spec", "client", "mock-server", "mcp", "contract"].map((p) => [`@gorgias-kit/${p}`, version]));

describe("which packages a spec change reaches", () => {
  it("places every rule of the classification on a surface", () => {
    expect(KNOWN_RULES.length).toBeGreaterThan(0);
    for (const rule of KNOWN_RULES) expect(() => surfaceOf(change(rule as keyof typeof CHANGE_RULES))).not.toThrow();
  });

  it("a rule it does not know is refused with where to place it", () => {
    expect(() => surfaceOf({ rule: "brand-new-rule", level: "non-breaking", location: "/", message: "" })).toThrow(
      "Rule brand-new-rule has no surface in tools/release/src/diff/package-reach.ts; place it there.",
    );
  });

  it("requests, responses and operations reach all five packages; tags and deprecation the spec, client and MCP", () => {
    const names = (c: SpecChange) => packagesReached([c], versions("1.0.0")).map((p) => p.name.replace("@gorgias-kit/", ""));
    expect(names(change("new-optional-request-property"))).toEqual(["spec", "client", "mock-server", "mcp", "contract"]);
    expect(names(change("response-property-became-nullable"))).toEqual(["spec", "client", "mock-server", "mcp", "contract"]);
    expect(names(change("endpoint-added"))).toEqual(["spec", "client", "mock-server", "mcp", "contract"]);
    expect(names(change("api-tag-added"))).toEqual(["spec", "client", "mcp"]);
    expect(names(change("endpoint-deprecated"))).toEqual(["spec", "client", "mcp"]);
  });

  it("an operation's text reaches the spec, the client's doc comments and the MCP tool; other text only the spec", () => {
    const names = (c: SpecChange) => packagesReached([c], versions("1.0.0")).map((p) => p.name.replace("@gorgias-kit/", ""));
    expect(names(change("description-changed"))).toEqual(["spec", "client", "mcp"]);
    expect(names(change("description-changed", { location: "/components/schemas/Ticket/description" }))).toEqual(["spec"]);
  });

  it("sizes a change: major when breaking, minor when it adds, patch otherwise", () => {
    expect(semverBumpOf(change("request-parameter-became-required"))).toBe("major");
    expect(semverBumpOf(change("new-optional-request-property"))).toBe("minor");
    expect(semverBumpOf(change("endpoint-deprecated"))).toBe("minor");
    expect(semverBumpOf(change("request-parameter-became-optional"))).toBe("minor");
    const patchOnly = KNOWN_RULES.filter((r) => {
      const c = change(r as keyof typeof CHANGE_RULES);
      return c.level === "non-breaking" && semverBumpOf(c) === "patch";
    });
    expect(patchOnly.sort()).toEqual([
      "api-tag-removed",
      "endpoint-reactivated",
      "response-body-became-not-nullable",
      "response-body-enum-value-removed",
      "response-body-type-specialized",
      "response-property-became-not-nullable",
      "response-property-became-required",
      "response-property-enum-value-removed",
      "response-property-type-specialized",
    ]);
  });

  it("takes each package's largest bump over its changes", () => {
    const reached = packagesReached([change("description-changed"), change("new-optional-request-property")], versions("1.4.0"));
    expect(reached.map((p) => [p.name, p.bump, p.changes.length])).toEqual([
      ["@gorgias-kit/spec", "minor", 2],
      ["@gorgias-kit/client", "minor", 2],
      ["@gorgias-kit/mock-server", "minor", 1],
      ["@gorgias-kit/mcp", "minor", 2],
      ["@gorgias-kit/contract", "minor", 1],
    ]);
  });
});

describe("below 1.0 a breaking change is a minor bump", () => {
  it("0.x: major becomes minor, minor and patch stay", () => {
    expect(bumpFor("major", "0.4.2")).toBe("minor");
    expect(bumpFor("major", "0.0.1")).toBe("minor");
    expect(bumpFor("minor", "0.4.2")).toBe("minor");
    expect(bumpFor("patch", "0.4.2")).toBe("patch");
  });

  it("1.0 and above: a breaking change is a major bump", () => {
    expect(bumpFor("major", "1.0.0")).toBe("major");
    expect(bumpFor("major", "2.3.1")).toBe("major");
  });

  it("applies it per package from its version", () => {
    const breaking = [change("request-parameter-became-required")];
    expect(packagesReached(breaking, versions("0.3.0")).map((p) => [p.bump, p.semverBump])).toEqual(Array(5).fill(["minor", "major"]));
    expect(packagesReached(breaking, versions("1.0.0")).map((p) => p.bump)).toEqual(Array(5).fill("major"));
  });

  it("a version that is not semver is refused", () => {
    expect(() => bumpFor("major", "next")).toThrow('"next" is not a semver version.');
  });

  it("a larger bump covers a smaller one, never the reverse", () => {
    expect(covers("major", "minor")).toBe(true);
    expect(covers("minor", "minor")).toBe(true);
    expect(covers("patch", "minor")).toBe(false);
    expect(covers(undefined, "patch")).toBe(false);
  });
});
