import type { OpenApiDocument } from "../spec/openapi-document.js";
import { CHANGE_RULES, type ChangeRuleId } from "./rules.js";
import { allowsNull, nonNullTypes, valueKey, viewSchema, type JsonType, type Located, type SchemaView } from "./schema-view.js";

/** Which side of the exchange a schema describes: requests may only widen, responses only narrow. */
export type Direction = "request" | "response";
/** What the schema is the schema of; it picks the rule family (`request-parameter-…`, `response-property-…`). */
export type Subject = "body" | "property" | "parameter";

/** Reports one change found while comparing; the location is a JSON pointer into base or head. */
export type ReportChange = (rule: ChangeRuleId, location: string, message: string) => void;

export interface SchemaComparison {
  base: OpenApiDocument;
  head: OpenApiDocument;
  direction: Direction;
  /** How messages name the root, e.g. `request body`, `response 200 body`, `query parameter "limit"`. */
  where: string;
  report: ReportChange;
}

/**
 * Compares two schemas for the same value property by property (nested objects, array items,
 * types, nullability, enums, required), reporting each difference under the rule it falls under.
 */
export function compareSchemas(comparison: SchemaComparison, base: Located, head: Located, subject: Subject, fieldPath = ""): void {
  compareViews(comparison, viewSchema(comparison.base, base.value, base.pointer), viewSchema(comparison.head, head.value, head.pointer), subject, fieldPath, new Set());
}

function compareViews(c: SchemaComparison, base: SchemaView, head: SchemaView, subject: Subject, fieldPath: string, ancestors: Set<string>): void {
  const pair = `${base.pointer}|${head.pointer}`;
  if (ancestors.has(pair)) return; // a recursive schema: this pair is already being compared higher up
  ancestors.add(pair);
  const name = describe(c.where, fieldPath);
  compareTypes(c, base, head, subject, name);
  compareEnums(c, base, head, subject, name);
  compareProperties(c, base, head, subject, fieldPath, ancestors);
  if (base.items && head.items) {
    const child = viewSchema(c.base, base.items.value, base.items.pointer);
    const headChild = viewSchema(c.head, head.items.value, head.items.pointer);
    compareViews(c, child, headChild, subject === "body" ? "property" : subject, `${fieldPath}[]`, ancestors);
  }
  ancestors.delete(pair);
}

function compareTypes(c: SchemaComparison, base: SchemaView, head: SchemaView, subject: Subject, name: string): void {
  const before = nonNullTypes(base);
  const after = nonNullTypes(head);
  const shown = (types: JsonType[] | undefined) => (types ? types.join(" | ") || "nothing" : "any type");
  if (!sameTypes(before, after)) {
    // A request may widen (more is accepted), a response may narrow (less is returned).
    const safe = c.direction === "request" ? covers(after, before) : covers(before, after);
    const rule = familyRule(c.direction, subject, safe ? (c.direction === "request" ? "type-generalized" : "type-specialized") : "type-changed");
    c.report(rule, base.pointer, `${name}: type changed from ${shown(before)} to ${shown(after)}.`);
  }
  if (base.types && head.types && allowsNull(base) !== allowsNull(head)) {
    const rule = familyRule(c.direction, subject, allowsNull(head) ? "became-nullable" : "became-not-nullable");
    c.report(rule, base.pointer, `${name}: ${allowsNull(head) ? "now accepts null" : "no longer accepts null"}.`);
  }
}

function compareEnums(c: SchemaComparison, base: SchemaView, head: SchemaView, subject: Subject, name: string): void {
  const before = base.enumValues;
  const after = head.enumValues;
  if (before === undefined && after === undefined) return;
  if (before && after) {
    const kept = new Set(after.map(valueKey));
    const old = new Set(before.map(valueKey));
    for (const value of before) if (!kept.has(valueKey(value))) c.report(familyRule(c.direction, subject, "enum-value-removed"), base.pointer, `${name}: enum value ${valueKey(value)} was removed.`);
    for (const value of after) if (!old.has(valueKey(value))) c.report(familyRule(c.direction, subject, "enum-value-added"), head.pointer, `${name}: enum value ${valueKey(value)} was added.`);
  } else if (after) {
    c.report(familyRule(c.direction, subject, "enum-value-removed"), head.pointer, `${name}: now limited to the values ${after.map(valueKey).join(", ")}.`);
  } else {
    c.report(familyRule(c.direction, subject, "enum-value-added"), head.pointer, `${name}: no longer limited to the values ${(before ?? []).map(valueKey).join(", ")}.`);
  }
}

function compareProperties(c: SchemaComparison, base: SchemaView, head: SchemaView, subject: Subject, fieldPath: string, ancestors: Set<string>): void {
  const names = [...new Set([...base.properties.keys(), ...head.properties.keys()])].sort();
  const request = c.direction === "request";
  const childSubject: Subject = subject === "parameter" ? "parameter" : "property";
  for (const property of names) {
    const path = fieldPath ? `${fieldPath}.${property}` : property;
    const name = describe(c.where, path);
    const before = base.properties.get(property);
    const after = head.properties.get(property);
    const wasRequired = base.required.has(property);
    const isRequired = head.required.has(property);
    if (before && !after) {
      const rule = request ? "request-property-removed" : wasRequired ? "response-required-property-removed" : "response-property-removed";
      c.report(rule, before.pointer, `${name} was removed.`);
    } else if (!before && after) {
      const rule = request ? (isRequired ? "new-required-request-property" : "new-optional-request-property") : isRequired ? "new-required-response-property" : "new-optional-response-property";
      c.report(rule, after.pointer, `${name} was added${isRequired ? " as required" : " as optional"}.`);
    } else if (before && after) {
      if (wasRequired !== isRequired) {
        const rule = request
          ? isRequired ? "request-property-became-required" : "request-property-became-optional"
          : isRequired ? "response-property-became-required" : "response-property-became-optional";
        c.report(rule, before.pointer, `${name} became ${isRequired ? "required" : "optional"}.`);
      }
      compareViews(c, viewSchema(c.base, before.value, before.pointer), viewSchema(c.head, after.value, after.pointer), childSubject, path, ancestors);
    }
  }
}

/** `request body field "customer.email"`, or the root's own name when the path is empty. */
function describe(where: string, fieldPath: string): string {
  return fieldPath ? `${where} field "${fieldPath}"` : where;
}

function familyRule(direction: Direction, subject: Subject, suffix: string): ChangeRuleId {
  const id = `${direction}-${subject}-${suffix}`;
  if (!isRuleId(id)) throw new Error(`No rule ${id} in CHANGE_RULES`);
  return id;
}

function isRuleId(id: string): id is ChangeRuleId {
  return Object.hasOwn(CHANGE_RULES, id);
}

function sameTypes(a: JsonType[] | undefined, b: JsonType[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Whether every value of the `inner` types is a value of the `outer` types. */
export function covers(outer: JsonType[] | undefined, inner: JsonType[] | undefined): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  return inner.every((t) => outer.includes(t) || (t === "integer" && outer.includes("number")));
}
