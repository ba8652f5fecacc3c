import { readJson } from "./paths.js";

type Obj = Record<string, unknown>;

/** One operation as the bundled spec states it, read straight from openapi.json (not through the site data). */
export interface SpecOperation {
  operationId: string;
  /** The operation's area: its first tag's name. */
  tag: string;
  method: string;
  path: string;
  access: string;
  oauthScopes: string[];
  event: string | null;
  scopeByType: Record<string, string> | null;
  /** The guide's form where it differs (`x-gorgias-guide`). */
  guide: { method: string; path: string; note: string } | null;
}

export async function specOperations(): Promise<SpecOperation[]> {
  const spec = await readJson<Obj>("@gorgias-kit/spec/openapi.json");
  const ops: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Obj)) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const op = (item as Obj)[method] as Obj | undefined;
      if (!op) continue;
      const security = (op.security as Obj[] | undefined) ?? [];
      ops.push({
        operationId: String(op.operationId),
        tag: String((op.tags as string[] | undefined)?.[0]),
        method: method.toUpperCase(),
        path,
        access: String(op["x-gorgias-access"]),
        oauthScopes: security.flatMap((requirement) => (requirement.oauth2 as string[] | undefined) ?? []),
        event: (op["x-gorgias-event"] as string | null) ?? null,
        scopeByType: (op["x-gorgias-scope-by-type"] as Record<string, string> | undefined) ?? null,
        guide: (op["x-gorgias-guide"] as SpecOperation["guide"] | undefined) ?? null,
      });
    }
  }
  return ops;
}
