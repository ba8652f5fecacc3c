import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, tsHeader, type GeneratedFile } from "../generated-file.js";
import { stripSchemaValue } from "./strip-annotations.js";

/** `$id` under which a validator registers the component schemas; a named ref from outside points into it. */
export const COMPONENTS_ID = "gorgias";

/** A `$ref` to a component schema from outside the components document (an operation's or a tool's schema). */
export function componentRef(name: string): string {
  return `${COMPONENTS_ID}#/components/schemas/${name}`;
}

/** The component schemas without annotations, sorted by name; their internal `#/components/schemas/X` refs are kept. */
export function componentSchemas(model: ApiModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(model.schemas).sort()) out[name] = stripSchemaValue(model.schemas[name]);
  return out;
}

/**
 * `packages/spec/src/generated/schemas.gen.ts`, published as `@gorgias-kit/spec/schemas`: the one
 * home of the component schemas the mock's, the MCP server's and the client's validators share.
 */
export function emitComponentSchemas(model: ApiModel): GeneratedFile[] {
  const source = `${tsHeader()}
/** JSON Schema (2020-12) as OpenAPI 3.1 uses it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The \`$id\` to register {@link components} under: \`ajv.addSchema({ $id: componentsId, components })\`; refs from outside read \`\${componentsId}#/components/schemas/X\`. */
export const componentsId = ${JSON.stringify(COMPONENTS_ID)};

/** The spec's component schemas (annotations removed; internal \`#/components/schemas/X\` refs kept). */
export const components = { schemas: ${JSON.stringify(componentSchemas(model), null, 2)} } as const satisfies { schemas: Record<string, JsonSchema> };
`;
  return [{ path: "packages/spec/src/generated/schemas.gen.ts", contents: formatTypeScript("schemas.gen.ts", source) }];
}
