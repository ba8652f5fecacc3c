type Schema = Record<string, unknown>;

function resolve(spec: Schema, node: Schema): Schema {
  let current = node;
  while (typeof current.$ref === "string") current = current.$ref.slice(2).split("/").reduce<Schema>((o, k) => o[k] as Schema, spec);
  return current;
}

/**
 * The arguments a tool call needs besides a body example: each path parameter as id 1, and each
 * required query parameter as its spec example (the customer merge names both customers there).
 */
export function parameterArguments(spec: Schema, op: Schema, pathParams: readonly string[]): Schema {
  const args: Schema = Object.fromEntries(pathParams.map((name) => [name, 1]));
  for (const raw of (op.parameters as Schema[] | undefined) ?? []) {
    const p = resolve(spec, raw);
    if (p.in === "query" && p.required === true) args[String(p.name)] = p.example;
    // A string path parameter (a statistic's name, a metric card's slug) takes its example rather than id 1.
    if (p.in === "path" && (p.schema as Schema | undefined)?.type === "string") args[String(p.name)] = p.example;
  }
  return args;
}
