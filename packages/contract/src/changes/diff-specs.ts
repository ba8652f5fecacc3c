import { HTTP_METHODS, type OpenApiDocument } from "../spec/openapi-document.js";
import { ChangeCollector } from "./change-collector.js";
import { compareOperation, type OperationSite } from "./compare-operation.js";
import { documentationChanges } from "./documentation-changes.js";
import { pointerJoin } from "./json-pointer.js";
import type { SpecChange } from "./spec-change.js";

/**
 * Classifies every difference between two versions of an OpenAPI 3.1 document: operations added,
 * removed or renamed, and, for each operation in both, its parameters, request body and responses
 * property by property (following `$ref`s into components), plus documentation edits. Rule ids and
 * levels come from `CHANGE_RULES`. The result is sorted, so the same inputs give the same list.
 *
 * Operations are matched by method and path shape (`/api/tickets/{id}` matches
 * `/api/tickets/{ticket_id}`); a removed operation whose id lives on elsewhere is reported as
 * removed, with its new place in the message.
 */
export function diffSpecs(base: OpenApiDocument, head: OpenApiDocument): SpecChange[] {
  const collector = new ChangeCollector();
  const before = operationSites(base);
  const after = operationSites(head);
  const headPaths = new Set([...after.values()].map((site) => pathShape(site.path)));
  const headById = new Map([...after.values()].flatMap((site) => (site.operation.operationId ? [[site.operation.operationId, site] as const] : [])));

  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(key);
    const is = after.get(key);
    if (was && is) compareOperation(base, head, was, is, collector);
    else if (was) reportRemoved(was, headPaths.has(pathShape(was.path)), headById, collector);
    else if (is) {
      const label = is.operation.operationId ? `Operation ${is.operation.operationId}` : "An operation";
      collector.add("endpoint-added", context(is), is.pointer, `${label} was added at ${is.method.toUpperCase()} ${is.path}.`);
    }
  }
  documentationChanges(base, head, collector);
  return collector.sorted();
}

function reportRemoved(site: OperationSite, pathRemains: boolean, headById: ReadonlyMap<string, OperationSite>, collector: ChangeCollector): void {
  const id = site.operation.operationId;
  const deprecated = site.operation.deprecated === true;
  const rule = pathRemains
    ? deprecated ? "api-removed-before-sunset" : "api-removed-without-deprecation"
    : deprecated ? "api-path-removed-before-sunset" : "api-path-removed-without-deprecation";
  const moved = id ? headById.get(id) : undefined;
  const where = `${site.method.toUpperCase()} ${site.path}`;
  const label = id ? `Operation ${id} (${where})` : `Operation ${where}`;
  const message = moved ? `${label} moved to ${moved.method.toUpperCase()} ${moved.path}.` : `${label} was removed${pathRemains ? "" : " with its path"}.`;
  collector.add(rule, context(site), site.pointer, message);
}

/** Every operation, keyed by method and path shape. */
export function operationSites(document: OpenApiDocument): Map<string, OperationSite> {
  const sites = new Map<string, OperationSite>();
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    const pathPointer = pointerJoin("", "paths", path);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      sites.set(`${pathShape(path)} ${method}`, { method, path, pathItem, operation, pointer: pointerJoin(pathPointer, method), pathPointer });
    }
  }
  return sites;
}

/** The path with its parameter names blanked: `/api/tickets/{}`. */
function pathShape(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}");
}

function context(site: OperationSite): { operationId?: string; method: string; path: string } {
  return { ...(site.operation.operationId ? { operationId: site.operation.operationId } : {}), method: site.method, path: site.path };
}
