/**
 * Ids the server handed out, by the concrete collection path they were created under, so a later
 * request whose path parameter has no example uses a record that exists (create, then get).
 */
export class IdMemory {
  private readonly ids = new Map<string, string>();

  /** Remembers the `id` of a created record (a 2xx answer to a POST). */
  remember(method: string, concretePath: string, status: number, body: unknown): void {
    if (method !== "POST" || status < 200 || status > 299 || body === null || typeof body !== "object") return;
    const id = (body as { id?: unknown }).id;
    if (typeof id === "number" || typeof id === "string") this.ids.set(concretePath.replace(/\/$/, ""), String(id));
  }

  /**
   * Fills the path parameters that have no value from remembered ids: `{id}` of
   * `/api/tickets/{id}` is the id last created by a POST to `/api/tickets`. Returns the names still missing.
   */
  fill(template: string, values: Record<string, unknown>): string[] {
    const missing: string[] = [];
    for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
      if (values[name!] !== undefined) continue;
      const collection = template.slice(0, template.indexOf(`/{${name}}`));
      const remembered = this.ids.get(substitute(collection, values));
      if (remembered === undefined) missing.push(name!);
      else values[name!] = remembered;
    }
    return missing;
  }
}

/** A path template with its parameters filled in, each URL-encoded. */
export function substitute(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : encodeURIComponent(String(values[name]))));
}
