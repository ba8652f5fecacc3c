import { operations, type OperationEntry } from "@gorgias-kit/spec/operations";

export type RouteMatch =
  | { kind: "operation"; operation: OperationEntry; pathParams: Record<string, string> }
  | { kind: "wrong-method"; allow: string[] }
  | { kind: "unknown-path" };

interface Route {
  pattern: RegExp;
  names: string[];
  byMethod: Map<string, OperationEntry>;
}

/** Routes `method + path` to an operation of the generated table. */
export class Router {
  private readonly exact = new Map<string, Route>();
  private readonly templated: Route[] = [];

  constructor(table: readonly OperationEntry[] = operations) {
    const byPath = new Map<string, Route>();
    for (const op of table) {
      let route = byPath.get(op.path);
      if (!route) {
        const names: string[] = [];
        const source = op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
          names.push(name);
          return "([^/]+)";
        });
        route = { pattern: new RegExp(`^${source}/?$`), names, byMethod: new Map() };
        byPath.set(op.path, route);
        if (names.length === 0) this.exact.set(op.path, route);
        else this.templated.push(route);
      }
      route.byMethod.set(op.method, op);
    }
    // A literal segment wins over a parameter (`/api/customers/merge` before `/api/customers/{id}`).
    this.templated.sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, path: string): RouteMatch {
    const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
    const exact = this.exact.get(trimmed);
    if (exact) return this.pick(exact, method, {});
    let wrongMethod: RouteMatch | null = null;
    for (const route of this.templated) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]!);
      });
      const picked = this.pick(route, method, params);
      if (picked.kind === "operation") return picked;
      wrongMethod ??= picked;
    }
    return wrongMethod ?? { kind: "unknown-path" };
  }

  private pick(route: Route, method: string, params: Record<string, string>): RouteMatch {
    const operation = route.byMethod.get(method);
    if (operation) return { kind: "operation", operation, pathParams: params };
    return { kind: "wrong-method", allow: [...route.byMethod.keys()].sort() };
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
