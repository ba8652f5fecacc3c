import type { OpenApiDocument, OperationObject, PathItem } from "../spec/openapi-document.js";
import type { ChangeCollector, OperationContext } from "./change-collector.js";
import { compareSchemas, type Direction, type SchemaComparison } from "./compare-schemas.js";
import { pointerJoin } from "./json-pointer.js";
import { isRecord, resolveRef, type Located } from "./schema-view.js";

/** One operation as found in a document, with where it lives. */
export interface OperationSite {
  method: string;
  path: string;
  pathItem: PathItem;
  operation: OperationObject;
  /** Pointer to the operation; its path item is `pathPointer`. */
  pointer: string;
  pathPointer: string;
}

/** The site of an indexed operation of `document`. */
export function operationSite(document: OpenApiDocument, method: string, path: string, operation: OperationObject): OperationSite {
  const pathPointer = pointerJoin("", "paths", path);
  return { method, path, pathItem: document.paths?.[path] ?? {}, operation, pointer: pointerJoin(pathPointer, method), pathPointer };
}

interface Sides {
  base: OpenApiDocument;
  head: OpenApiDocument;
  collector: ChangeCollector;
  context: OperationContext;
}

/** Compares one operation present in both documents (same method, same path shape). */
export function compareOperation(base: OpenApiDocument, head: OpenApiDocument, before: OperationSite, after: OperationSite, collector: ChangeCollector): void {
  const context: OperationContext = { operationId: before.operation.operationId ?? after.operation.operationId, method: before.method, path: before.path };
  const sides: Sides = { base, head, collector, context };
  compareIdentity(sides, before, after);
  compareParameters(sides, before, after);
  compareRequestBody(sides, before, after);
  compareResponses(sides, before, after);
}

function compareIdentity({ collector, context }: Sides, before: OperationSite, after: OperationSite): void {
  const oldId = before.operation.operationId;
  const newId = after.operation.operationId;
  if (oldId !== undefined && oldId !== newId) {
    collector.add("api-operation-id-removed", context, pointerJoin(before.pointer, "operationId"), `operationId "${oldId}" was ${newId ? `renamed to "${newId}"` : "removed"}.`);
  } else if (oldId === undefined && newId !== undefined) {
    collector.add("api-operation-id-added", context, pointerJoin(after.pointer, "operationId"), `The operation gained the operationId "${newId}".`);
  }
  const oldTags = stringList(before.operation.tags);
  const newTags = stringList(after.operation.tags);
  for (const tag of newTags) if (!oldTags.includes(tag)) collector.add("api-tag-added", context, pointerJoin(after.pointer, "tags"), `Tag "${tag}" was added.`);
  for (const tag of oldTags) if (!newTags.includes(tag)) collector.add("api-tag-removed", context, pointerJoin(before.pointer, "tags"), `Tag "${tag}" was removed.`);
  if (before.operation.deprecated !== true && after.operation.deprecated === true) collector.add("endpoint-deprecated", context, pointerJoin(after.pointer, "deprecated"), "The operation was deprecated.");
  if (before.operation.deprecated === true && after.operation.deprecated !== true) collector.add("endpoint-reactivated", context, pointerJoin(before.pointer, "deprecated"), "The operation is no longer deprecated.");
}

interface ParameterSite extends Located {
  name: string;
  in: string;
  required: boolean;
  schema: Located | undefined;
}

function compareParameters(sides: Sides, before: OperationSite, after: OperationSite): void {
  const { base, head, collector, context } = sides;
  const oldParams = parametersOf(base, before);
  const newParams = parametersOf(head, after);
  for (const key of [...new Set([...oldParams.keys(), ...newParams.keys()])].sort()) {
    const was = oldParams.get(key);
    const is = newParams.get(key);
    if (was && !is) {
      collector.add("request-parameter-removed", context, was.pointer, `${was.in} parameter "${was.name}" was removed.`);
    } else if (!was && is) {
      collector.add(is.required ? "new-required-request-parameter" : "new-optional-request-parameter", context, is.pointer, `${is.in} parameter "${is.name}" was added as ${is.required ? "required" : "optional"}.`);
    } else if (was && is) {
      if (was.required !== is.required) {
        collector.add(is.required ? "request-parameter-became-required" : "request-parameter-became-optional", context, was.pointer, `${was.in} parameter "${was.name}" became ${is.required ? "required" : "optional"}.`);
      }
      if (was.schema && is.schema) compareSchemas(comparison(sides, "request", `${was.in} parameter "${is.name}"`), was.schema, is.schema, "parameter");
    }
  }
}

/** An operation's parameters (path-level ones included, the operation's own winning), keyed by location and name; path parameters by position, since renaming one changes nothing for callers. */
export function parametersOf(document: OpenApiDocument, site: OperationSite): Map<string, ParameterSite> {
  const found = new Map<string, ParameterSite>();
  const templateNames = [...site.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const lists: [unknown, string][] = [
    [site.pathItem.parameters, pointerJoin(site.pathPointer, "parameters")],
    [site.operation.parameters, pointerJoin(site.pointer, "parameters")],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const { value, pointer } = resolveRef(document, entry, pointerJoin(listPointer, i));
      if (!isRecord(value) || typeof value.name !== "string" || typeof value.in !== "string") return;
      const key = value.in === "path" ? `path:#${templateNames.indexOf(value.name)}` : `${value.in}:${value.in === "header" ? value.name.toLowerCase() : value.name}`;
      found.set(key, { value, pointer, name: value.name, in: value.in, required: value.required === true || value.in === "path", schema: parameterSchema(value, pointer) });
    });
  }
  return found;
}

function parameterSchema(parameter: Record<string, unknown>, pointer: string): Located | undefined {
  if ("schema" in parameter) return { value: parameter.schema, pointer: pointerJoin(pointer, "schema") };
  if (isRecord(parameter.content)) {
    const [media, entry] = Object.entries(parameter.content).sort(([a], [b]) => (a < b ? -1 : 1))[0] ?? [];
    if (media !== undefined && isRecord(entry)) return { value: entry.schema, pointer: pointerJoin(pointer, "content", media, "schema") };
  }
  return undefined;
}

function compareRequestBody(sides: Sides, before: OperationSite, after: OperationSite): void {
  const { collector, context } = sides;
  const was = resolveRef(sides.base, before.operation.requestBody, pointerJoin(before.pointer, "requestBody"));
  const is = resolveRef(sides.head, after.operation.requestBody, pointerJoin(after.pointer, "requestBody"));
  const wasRequired = isRecord(was.value) && was.value.required === true;
  const isRequired = isRecord(is.value) && is.value.required === true;
  if (!isRecord(was.value) && !isRecord(is.value)) return;
  if (!isRecord(was.value)) {
    collector.add(isRequired ? "request-body-added-required" : "request-body-added-optional", context, is.pointer, `A ${isRequired ? "required" : "optional"} request body was added.`);
    return;
  }
  if (!isRecord(is.value)) {
    collector.add("request-body-removed", context, was.pointer, "The request body was removed.");
    return;
  }
  if (wasRequired !== isRequired) {
    collector.add(isRequired ? "request-body-became-required" : "request-body-became-optional", context, was.pointer, `The request body became ${isRequired ? "required" : "optional"}.`);
  }
  compareContent(sides, "request", "request body", was, is, {
    removed: "request-body-media-type-removed",
    added: "request-body-media-type-added",
  });
}

function compareResponses(sides: Sides, before: OperationSite, after: OperationSite): void {
  const { collector, context } = sides;
  const oldResponses = isRecord(before.operation.responses) ? before.operation.responses : {};
  const newResponses = isRecord(after.operation.responses) ? after.operation.responses : {};
  const statuses = [...new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])].sort();
  for (const status of statuses) {
    const success = isSuccessStatus(status);
    if (!(status in newResponses)) {
      collector.add(success ? "response-success-status-removed" : "response-non-success-status-removed", context, pointerJoin(before.pointer, "responses", status), `Response status ${status} is no longer documented.`);
    } else if (!(status in oldResponses)) {
      collector.add(success ? "response-success-status-added" : "response-non-success-status-added", context, pointerJoin(after.pointer, "responses", status), `Response status ${status} was added.`);
    } else {
      const was = resolveRef(sides.base, oldResponses[status], pointerJoin(before.pointer, "responses", status));
      const is = resolveRef(sides.head, newResponses[status], pointerJoin(after.pointer, "responses", status));
      compareContent(sides, "response", `response ${status} body`, was, is, { removed: "response-media-type-removed", added: "response-media-type-added" });
    }
  }
}

/** 1xx to 3xx (and `1XX` to `3XX`) are success: a consumer's normal path. `default` is not. */
export function isSuccessStatus(status: string): boolean {
  return /^[123]/.test(status);
}

function compareContent(
  sides: Sides,
  direction: Direction,
  where: string,
  was: Located,
  is: Located,
  rules: { removed: "request-body-media-type-removed" | "response-media-type-removed"; added: "request-body-media-type-added" | "response-media-type-added" },
): void {
  const { collector, context } = sides;
  const oldContent = isRecord(was.value) && isRecord(was.value.content) ? was.value.content : {};
  const newContent = isRecord(is.value) && isRecord(is.value.content) ? is.value.content : {};
  for (const media of [...new Set([...Object.keys(oldContent), ...Object.keys(newContent)])].sort()) {
    const oldMedia = oldContent[media];
    const newMedia = newContent[media];
    if (!isRecord(newMedia)) collector.add(rules.removed, context, pointerJoin(was.pointer, "content", media), `${where}: media type ${media} was removed.`);
    else if (!isRecord(oldMedia)) collector.add(rules.added, context, pointerJoin(is.pointer, "content", media), `${where}: media type ${media} was added.`);
    else if ("schema" in oldMedia && "schema" in newMedia) {
      compareSchemas(
        comparison(sides, direction, media === "application/json" ? where : `${where} (${media})`),
        { value: oldMedia.schema, pointer: pointerJoin(was.pointer, "content", media, "schema") },
        { value: newMedia.schema, pointer: pointerJoin(is.pointer, "content", media, "schema") },
        "body",
      );
    }
  }
}

function comparison(sides: Sides, direction: Direction, where: string): SchemaComparison {
  return { base: sides.base, head: sides.head, direction, where, report: (rule, location, message) => sides.collector.add(rule, sides.context, location, message) };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
