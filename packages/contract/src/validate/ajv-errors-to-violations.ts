import type { ErrorObject } from "ajv/dist/2020.js";
import { renderValue } from "./render-value.js";
import type { Violation, ViolationPart } from "./violation.js";

/** A schema value in words: strings bare (`open`), anything else as JSON (`null`, `3`). */
function word(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** What a failing keyword expects, in words. */
function expectation(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `must be ${String(p.type).split(",").join(" or ")}`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map(word).join(", ")}`;
    case "const":
      return `must be ${word(p.allowedValue)}`;
    case "required":
    case "dependentRequired":
      return "is required";
    case "additionalProperties":
    case "unevaluatedProperties":
      return "must not be sent: the schema has no such field";
    case "false schema":
      return "must not be present";
    case "format":
      return `must be a valid ${String(p.format)}`;
    case "pattern":
      return `must match ${String(p.pattern)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case "minLength":
      return `must have at least ${String(p.limit)} characters`;
    case "maxLength":
      return `must have at most ${String(p.limit)} characters`;
    case "minItems":
      return `must have at least ${String(p.limit)} items`;
    case "maxItems":
      return `must have at most ${String(p.limit)} items`;
    case "minProperties":
      return `must have at least ${String(p.limit)} fields`;
    case "maxProperties":
      return `must have at most ${String(p.limit)} fields`;
    case "uniqueItems":
      return "must not repeat an item";
    case "multipleOf":
      return `must be a multiple of ${String(p.multipleOf)}`;
    case "not":
      return "must not match the schema it excludes";
    case "anyOf":
    case "oneOf":
      return "must match one of the schema's alternatives";
    default:
      return error.message ?? `must satisfy ${error.keyword}`;
  }
}

/** The pointer of the value an error is about: a missing or extra field is named, not its parent. */
function pointerOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  const escape = (name: unknown) => String(name).replace(/~/g, "~0").replace(/\//g, "~1");
  if (error.keyword === "required" || error.keyword === "dependentRequired") return `${error.instancePath}/${escape(p.missingProperty)}`;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return `${error.instancePath}/${escape(p.additionalProperty ?? p.unevaluatedProperty)}`;
  }
  return error.instancePath;
}

const depth = (pointer: string) => (pointer === "" ? 0 : pointer.split("/").length - 1);

/** Keywords that only say "a branch failed": their branches' own errors say more. */
const SUMMARY_KEYWORDS = new Set(["anyOf", "oneOf", "if", "not", "propertyNames"]);

/**
 * Ajv's errors (run with `allErrors` and `verbose`) as violations, one per pointer and
 * expectation. Where an alternative (`anyOf: [Ticket, null]`) failed deeper in one branch, the
 * shallow errors of the other branches (`must be null`) are dropped: the deeper error is the one
 * a reader needs.
 */
export function ajvErrorsToViolations(errors: readonly ErrorObject[], part: ViolationPart): Violation[] {
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath);
  const details = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
  const kept = details.filter((e) => {
    // `must be one of open, closed` says all that `must be string` says.
    if (e.keyword === "type" && details.some((other) => (other.keyword === "enum" || other.keyword === "const") && other.instancePath === e.instancePath)) return false;
    if (!alternatives.includes(e.instancePath) || !["type", "const", "enum"].includes(e.keyword)) return true;
    const deeper = details.some((other) => other.instancePath.startsWith(`${e.instancePath}/`) && depth(pointerOf(other)) > depth(e.instancePath));
    return !deeper;
  });
  // A summary stays when nothing at or below its path says more (a failed `not`, say).
  const unexplained = errors.filter((e) => SUMMARY_KEYWORDS.has(e.keyword) && !details.some((d) => d.instancePath === e.instancePath || d.instancePath.startsWith(`${e.instancePath}/`)));
  const chosen = [...kept, ...unexplained];
  const violations: Violation[] = [];
  const typeViolations = new Map<string, Violation>();
  for (const error of chosen) {
    const pointer = pointerOf(error);
    const params = error.params as Record<string, unknown>;
    // Alternatives at one pointer merge: `must be string or null`.
    const earlierType = error.keyword === "type" ? typeViolations.get(pointer) : undefined;
    if (earlierType) {
      earlierType.expected += ` or ${String(params.type).split(",").join(" or ")}`;
      continue;
    }
    const expected = expectation(error);
    if (violations.some((v) => v.pointer === pointer && v.expected === expected)) continue;
    let actual: string | undefined;
    if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      actual = renderValue((error.data as Record<string, unknown> | undefined)?.[name], pointer);
    } else if (error.keyword !== "required" && error.keyword !== "dependentRequired") {
      actual = renderValue(error.data, pointer);
    }
    const violation: Violation = { part, pointer, expected, ...(actual !== undefined ? { actual } : {}) };
    if (error.keyword === "type") typeViolations.set(pointer, violation);
    violations.push(violation);
  }
  return violations.sort((a, b) => depth(b.pointer) - depth(a.pointer));
}
