import { CHANGE_RULES, type SpecChange } from "@gorgias-kit/contract";
import { bumpFor, maxBump, type Bump } from "./bump.js";

/**
 * What part of the API a change touches, from its rule id and where it is. Every rule of
 * `CHANGE_RULES` has one (a test checks it), so a rule added to the classification must be placed here.
 */
export type ChangeSurface =
  | "operations" // an operation added or removed
  | "operation-ids" // an operation's id, which names client calls, tools and contract interactions
  | "requests" // what a request may send: parameters, bodies, their fields
  | "responses" // what a response holds: statuses, media types, fields
  | "tags" // an operation's area: the client's resource, the MCP toolset
  | "deprecation" // an operation marked or unmarked deprecated
  | "operation-text" // text of an operation or its inputs and outputs (summary, description, examples)
  | "document-text"; // text outside any operation (components, info)

/** Where each surface shows in the published packages; the spec package shows everything. */
export const SURFACE_REACH: Readonly<Record<ChangeSurface, readonly PublishedName[]>> = {
  // Types, methods, the mock's routes and validation, tool schemas, the rules contracts are checked by.
  operations: ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mock-server", "@gorgias-kit/mcp", "@gorgias-kit/contract"],
  "operation-ids": ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mock-server", "@gorgias-kit/mcp", "@gorgias-kit/contract"],
  requests: ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mock-server", "@gorgias-kit/mcp", "@gorgias-kit/contract"],
  responses: ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mock-server", "@gorgias-kit/mcp", "@gorgias-kit/contract"],
  // The client groups methods by tag and the MCP server toolsets; the mock and contract rules ignore tags.
  tags: ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mcp"],
  // `@deprecated` on the client method, the tool's description; no behaviour changes.
  deprecation: ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mcp"],
  // The method's doc comment and the tool's description and input descriptions are generated from it.
  "operation-text": ["@gorgias-kit/spec", "@gorgias-kit/client", "@gorgias-kit/mcp"],
  // Schema doc comments ship in `@gorgias-kit/spec/types`, which the client re-exports.
  "document-text": ["@gorgias-kit/spec"],
};

export type PublishedName = "@gorgias-kit/spec" | "@gorgias-kit/client" | "@gorgias-kit/mock-server" | "@gorgias-kit/mcp" | "@gorgias-kit/contract";

/** The surface a change touches. */
export function surfaceOf(change: SpecChange): ChangeSurface {
  const rule = change.rule;
  if (change.level === "documentation") return change.operationId !== undefined || change.path !== undefined ? "operation-text" : "document-text";
  if (rule.startsWith("api-tag-")) return "tags";
  if (rule === "endpoint-deprecated" || rule === "endpoint-reactivated") return "deprecation";
  if (rule.startsWith("api-operation-id-")) return "operation-ids";
  if (rule === "endpoint-added" || /^api-(path-)?removed-/.test(rule)) return "operations";
  if (rule.startsWith("request-") || /^new-(required|optional)-request-/.test(rule)) return "requests";
  if (rule.startsWith("response-") || /^new-(required|optional)-response-/.test(rule)) return "responses";
  throw new Error(`Rule ${rule} has no surface in tools/release/src/diff/package-reach.ts; place it there.`);
}

/**
 * The semver size of a change: major when breaking, minor when it adds something a caller can use
 * (an operation, a parameter, a field, a value, a status, a wider type; a deprecation, as semver
 * asks), patch otherwise (text, a narrower response, a tag removed).
 */
export function semverBumpOf(change: SpecChange): Bump {
  if (change.level === "breaking") return "major";
  if (change.level === "documentation") return "patch";
  return /(-added|-added-optional|-became-optional|-became-nullable|-generalized)$|^new-|^endpoint-deprecated$/.test(change.rule) ? "minor" : "patch";
}

/** One package a set of changes reaches, the bump it needs and the changes that need it. */
export interface PackageBump {
  name: PublishedName;
  version: string;
  bump: Bump;
  /** The bump semver gives before the below-1.0 rule. */
  semverBump: Bump;
  changes: SpecChange[];
}

/**
 * The packages the changes reach and each one's bump, in SURFACE_REACH's package order. `versions`
 * gives each package's current version (below 1.0 a breaking change is a minor bump).
 */
export function packagesReached(changes: readonly SpecChange[], versions: Readonly<Record<string, string>>): PackageBump[] {
  const byName = new Map<PublishedName, { semverBump: Bump; changes: SpecChange[] }>();
  for (const change of changes) {
    const size = semverBumpOf(change);
    for (const name of SURFACE_REACH[surfaceOf(change)]) {
      const entry = byName.get(name) ?? { semverBump: size, changes: [] };
      entry.semverBump = maxBump(entry.semverBump, size);
      entry.changes.push(change);
      byName.set(name, entry);
    }
  }
  return SURFACE_REACH.operations.flatMap((name) => {
    const entry = byName.get(name);
    if (!entry) return [];
    const version = versions[name];
    if (version === undefined) throw new Error(`No version known for ${name}.`);
    return [{ name, version, bump: bumpFor(entry.semverBump, version), semverBump: entry.semverBump, changes: entry.changes }];
  });
}

/** Every rule id the classification knows, so a test can place each on a surface. */
export const KNOWN_RULES = Object.keys(CHANGE_RULES);
