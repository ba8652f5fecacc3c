import { HTTP_METHODS, type OpenApiDocument } from "../spec/openapi-document.js";
import type { ChangeCollector, OperationContext } from "./change-collector.js";
import { pointerJoin } from "./json-pointer.js";
import type { ChangeRuleId } from "./rules.js";
import { isRecord } from "./schema-view.js";

const DOCUMENTATION_KEYS: Record<string, ChangeRuleId> = {
  description: "description-changed",
  summary: "summary-changed",
  title: "title-changed",
  example: "example-changed",
  examples: "example-changed",
};

/**
 * Reports edits to descriptions, summaries, titles and examples anywhere both documents have the
 * same node, at the pointer where the text lives (a component's text once, not once per user).
 */
export function documentationChanges(base: OpenApiDocument, head: OpenApiDocument, collector: ChangeCollector): void {
  walk(base, head, "", {}, collector);
}

function walk(before: unknown, after: unknown, pointer: string, context: OperationContext, collector: ChangeCollector, namesFields = false): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const oldItems = keyed(before);
    const newItems = keyed(after);
    for (const [key, { item, index }] of oldItems) {
      const match = newItems.get(key);
      if (match) walk(item, match.item, pointerJoin(pointer, index), context, collector);
    }
    return;
  }
  if (!isRecord(before) || !isRecord(after)) return;
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const rule = DOCUMENTATION_KEYS[key];
    const here = pointerJoin(pointer, key);
    // Inside a schema's `properties`, a key such as `description` names a field, not documentation.
    if (rule && !namesFields) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) collector.add(rule, context, here, `${key} changed at ${here}.`);
      continue;
    }
    walk(before[key], after[key], here, contextFor(here, key, after, context), collector, key === "properties" && !namesFields);
  }
}

function contextFor(pointer: string, key: string, parent: Record<string, unknown>, context: OperationContext): OperationContext {
  const match = /^\/paths\/([^/]+)\/([a-z]+)$/.exec(pointer);
  if (!match || !(HTTP_METHODS as readonly string[]).includes(key)) return context;
  const operation = parent[key];
  const path = match[1]!.replace(/~1/g, "/").replace(/~0/g, "~");
  const operationId = isRecord(operation) && typeof operation.operationId === "string" ? operation.operationId : undefined;
  return { ...(operationId ? { operationId } : {}), method: key, path };
}

/** Array items keyed by `in`+`name` when they are parameters, else by position, so an inserted parameter does not shift the rest. */
function keyed(list: unknown[]): Map<string, { item: unknown; index: number }> {
  const map = new Map<string, { item: unknown; index: number }>();
  list.forEach((item, index) => {
    const key = isRecord(item) && typeof item.name === "string" && typeof item.in === "string" ? `${item.in}:${item.name}` : `#${index}`;
    map.set(key, { item, index });
  });
  return map;
}
