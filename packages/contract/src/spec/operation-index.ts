import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type OperationObject } from "./openapi-document.js";

export interface IndexedOperation {
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/api/tickets/{ticket_id}`. */
  path: string;
  operation: OperationObject;
}

export interface OperationMatch extends IndexedOperation {
  pathParams: Record<string, string>;
}

/** Every operation of a document, found by id or by a concrete request's method and URL path. */
export class OperationIndex {
  readonly byId: ReadonlyMap<string, IndexedOperation>;
  private readonly matchers: { entry: IndexedOperation; pattern: RegExp; names: string[]; literalChars: number }[] = [];

  constructor(document: OpenApiDocument) {
    const byId = new Map<string, IndexedOperation>();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation?.operationId) continue;
        const entry: IndexedOperation = { operationId: operation.operationId, method, path, operation };
        byId.set(entry.operationId, entry);
        const names: string[] = [];
        const source = path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            names.push(name);
            return "([^/]+)";
          })
          .join("");
        this.matchers.push({ entry, pattern: new RegExp(`^${source}/?$`), names, literalChars: path.replace(/\{[^}]+\}/g, "").length });
      }
    }
    this.byId = byId;
    // A literal segment wins over a template (`/api/customers/merge` before `/api/customers/{id}`).
    this.matchers.sort((a, b) => b.literalChars - a.literalChars);
  }

  /** The operation a request is for, or undefined when the spec has none at that method and path. */
  match(method: string, urlPath: string): OperationMatch | undefined {
    const wanted = method.toLowerCase();
    for (const { entry, pattern, names } of this.matchers) {
      if (entry.method !== wanted) continue;
      const found = pattern.exec(urlPath);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      names.forEach((name, i) => (pathParams[name] = decodeURIComponent(found[i + 1] ?? "")));
      return { ...entry, pathParams };
    }
    return undefined;
  }
}
