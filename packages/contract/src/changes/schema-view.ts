import type { OpenApiDocument } from "../spec/openapi-document.js";
import { pointerJoin, pointerTokens } from "./json-pointer.js";

/** A value found in a document, with the JSON pointer where it lives (after following `$ref`s). */
export interface Located {
  value: unknown;
  pointer: string;
}

/** JSON Schema's type names; `integer` is a subset of `number`. */
export type JsonType = "null" | "boolean" | "object" | "array" | "number" | "integer" | "string";

/**
 * What a schema allows, flattened over `$ref`, `allOf` (intersected) and `anyOf`/`oneOf`
 * (united), so two versions of a field compare property by property whatever their spelling.
 */
export interface SchemaView {
  pointer: string;
  /** The types a value may have, `null` included; undefined when the schema does not say. */
  types: ReadonlySet<JsonType> | undefined;
  /** The non-null values allowed when the schema is a closed enum (or `const`); undefined when any value of its types is allowed. */
  enumValues: readonly unknown[] | undefined;
  properties: ReadonlyMap<string, Located>;
  required: ReadonlySet<string>;
  items: Located | undefined;
}

const MAX_REF_HOPS = 32;
const MAX_COMPOSITION_DEPTH = 16;

/** Follows a chain of local `$ref`s; a dangling reference resolves to `undefined` at its pointer. */
export function resolveRef(document: OpenApiDocument, value: unknown, pointer: string): Located {
  let current: Located = { value, pointer };
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    const ref = isRecord(current.value) ? current.value.$ref : undefined;
    if (typeof ref !== "string") return current;
    const tokens = pointerTokens(ref);
    if (!tokens) return { value: undefined, pointer: current.pointer };
    let target: unknown = document;
    for (const token of tokens) target = isRecord(target) || Array.isArray(target) ? (target as Record<string, unknown>)[token] : undefined;
    current = { value: target, pointer: pointerJoin("", ...tokens) };
  }
  return { value: undefined, pointer: current.pointer };
}

/** Builds the view of the schema at `pointer` (following `$ref`s). */
export function viewSchema(document: OpenApiDocument, schema: unknown, pointer: string, depth = 0): SchemaView {
  const { value, pointer: at } = resolveRef(document, schema, pointer);
  if (value === false) return { ...emptyView(at), types: new Set() };
  if (!isRecord(value) || depth > MAX_COMPOSITION_DEPTH) return emptyView(at);

  let view = ownView(value, at);
  const allOf = Array.isArray(value.allOf) ? value.allOf : [];
  allOf.forEach((member, i) => {
    view = intersect(view, viewSchema(document, member, pointerJoin(at, "allOf", i), depth + 1));
  });
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = value[keyword];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const views = branches.map((branch, i) => viewSchema(document, branch, pointerJoin(at, keyword, i), depth + 1));
    view = intersect(view, unite(views, at));
  }
  return view;
}

/** Whether the view lets a value be null. */
export function allowsNull(view: SchemaView): boolean {
  return view.types === undefined || view.types.has("null");
}

/** The non-null types of a view, sorted; undefined when unconstrained. */
export function nonNullTypes(view: SchemaView): JsonType[] | undefined {
  if (view.types === undefined) return undefined;
  return [...view.types].filter((type) => type !== "null").sort();
}

function ownView(schema: Record<string, unknown>, pointer: string): SchemaView {
  let types: Set<JsonType> | undefined;
  if (typeof schema.type === "string") types = new Set([schema.type as JsonType]);
  else if (Array.isArray(schema.type)) types = new Set(schema.type as JsonType[]);

  let enumValues: unknown[] | undefined;
  const listed = "const" in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (listed) {
    enumValues = listed.filter((v) => v !== null);
    const inferred = new Set<JsonType>(listed.map(typeOfValue));
    types = types ? new Set([...types].filter((t) => inferred.has(t) || (t === "number" && inferred.has("integer")))) : inferred;
  }

  const properties = new Map<string, Located>();
  if (isRecord(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) properties.set(name, { value: child, pointer: pointerJoin(pointer, "properties", name) });
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((n): n is string => typeof n === "string") : []);
  const items = "items" in schema && schema.items !== undefined ? { value: schema.items, pointer: pointerJoin(pointer, "items") } : undefined;
  if (!types && (properties.size > 0 || required.size > 0)) types = new Set(["object"]);
  if (!types && items) types = new Set(["array"]);
  return { pointer, types, enumValues, properties, required, items };
}

function intersect(a: SchemaView, b: SchemaView): SchemaView {
  let types: Set<JsonType> | undefined;
  if (a.types && b.types) {
    const bTypes = b.types;
    const aTypes = a.types;
    types = new Set([...aTypes].filter((t) => bTypes.has(t) || (t === "integer" && bTypes.has("number"))));
    for (const t of bTypes) if (t === "integer" && aTypes.has("number")) types.add(t);
  } else types = a.types ? new Set(a.types) : b.types ? new Set(b.types) : undefined;

  let enumValues = a.enumValues ?? b.enumValues;
  if (a.enumValues && b.enumValues) {
    const keep = new Set(b.enumValues.map(valueKey));
    enumValues = a.enumValues.filter((v) => keep.has(valueKey(v)));
  }
  const properties = new Map(a.properties);
  for (const [name, child] of b.properties) if (!properties.has(name)) properties.set(name, child);
  return { pointer: a.pointer, types, enumValues, properties, required: new Set([...a.required, ...b.required]), items: a.items ?? b.items };
}

function unite(views: SchemaView[], pointer: string): SchemaView {
  const anyType = views.some((v) => v.types === undefined);
  const types = anyType ? undefined : new Set(views.flatMap((v) => [...(v.types ?? [])]));
  // Closed only when every branch is: a branch that is just `null` adds no values.
  const nullOnly = (v: SchemaView) => v.types !== undefined && [...v.types].every((t) => t === "null");
  const closed = views.every((v) => v.enumValues !== undefined || nullOnly(v));
  const enumValues = closed ? dedupe(views.flatMap((v) => v.enumValues ?? [])) : undefined;
  const properties = new Map<string, Located>();
  for (const v of views) for (const [name, child] of v.properties) if (!properties.has(name)) properties.set(name, child);
  const objects = views.filter((v) => v.types?.has("object") ?? v.properties.size > 0);
  const required = new Set(objects.length > 0 ? [...objects[0]!.required].filter((n) => objects.every((v) => v.required.has(n))) : []);
  const items = views.find((v) => v.items)?.items;
  return { pointer, types, enumValues, properties, required, items };
}

function emptyView(pointer: string): SchemaView {
  return { pointer, types: undefined, enumValues: undefined, properties: new Map(), required: new Set(), items: undefined };
}

/** The JSON type of a value (`integer` for whole numbers). */
export function typeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean" || typeof value === "string") return typeof value as JsonType;
  return "object";
}

/** A stable key for comparing enum values. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value);
}

function dedupe(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const v of values) if (!seen.has(valueKey(v))) seen.set(valueKey(v), v);
  return [...seen.values()];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
