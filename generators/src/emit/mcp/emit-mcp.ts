import type { ApiModel, OperationModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, headerLines, json, tsHeader, type GeneratedFile } from "../generated-file.js";
import type { SharedComponents } from "./shareable-components.js";
import { EXCLUDED_OPERATIONS, toolOperations } from "./excluded-operations.js";
import { sharedComponents, toolInput } from "./input-schema.js";
import { toolOutputSchema } from "./output-schema.js";
import { toolAnnotations } from "./tool-annotations.js";
import { toolDescription } from "./tool-description.js";
import { toolName } from "./tool-name.js";

const PACKAGE = "packages/mcp";
const FOLDER = `${PACKAGE}/src/generated`;

/** The `_meta` key under which each tool carries the operation's permission facts; the MCP runtime reads it from `meta-key.gen.ts`. */
const META_KEY = "gorgias-kit";

/** One entry of MCP's `tools/list` result, plus the operation's permission facts in `_meta`. */
function tool(op: OperationModel) {
  const outputSchema = toolOutputSchema(op);
  const meta: Record<string, unknown> = { scope: op.scope };
  if (op.scopeByType) meta.scopeByType = op.scopeByType;
  Object.assign(meta, { access: op.access, area: op.area });
  // Absent means the operation produces none of the guide's events.
  if (op.event) meta.event = op.event;
  return {
    name: toolName(op.id),
    title: op.summary,
    description: toolDescription(op),
    inputSchema: toolInput(op, "compact").schema,
    ...(outputSchema ? { outputSchema } : {}),
    annotations: toolAnnotations(op),
    _meta: { [META_KEY]: meta },
  };
}

/** `manifest.json`: exactly a `tools/list` result, with the generated header in its `_meta`. */
function manifest(model: ApiModel): GeneratedFile {
  return {
    path: `${PACKAGE}/manifest.json`,
    contents: json({ _meta: { [`${META_KEY}/generated`]: headerLines().join(" ") }, tools: toolOperations(model).map(tool) }),
  };
}

function toolRoutes(model: ApiModel, shared: SharedComponents): GeneratedFile {
  // Method, path, path and query parameter names stay in the operation table: only what is MCP's own is here.
  const routes: Record<string, { operationId: string; bodyFields: string[]; bodyMinProperties: number | null; wholeBody: boolean }> = {};
  for (const op of toolOperations(model)) {
    const { args, bodyMinProperties, wholeBody } = toolInput(op, "full", shared);
    routes[toolName(op.id)] = { operationId: op.id, bodyFields: args.body, bodyMinProperties, wholeBody };
  }
  const source = `${tsHeader()}
import type { OperationId } from "@gorgias-kit/spec/operations";

/** Which operation a tool calls and the tool's body arguments; the operation's method, path, path and query parameters are in \`@gorgias-kit/spec/operations\`. */
export interface ToolRoute {
  readonly operationId: OperationId;
  /** Arguments that are fields of the request body (the tool's other arguments are the operation's path and query parameters). */
  readonly bodyFields: readonly string[];
  /** The body's own minProperties, checked on the body once arguments are split. */
  readonly bodyMinProperties: number | null;
  /** The request body is not an object (a bare array or value): the \`body\` argument is sent as the whole body. */
  readonly wholeBody: boolean;
}

/** Routes by tool name. */
export const toolRoutes: Readonly<Record<string, ToolRoute>> = ${JSON.stringify(routes, null, 2)};
`;
  return { path: `${FOLDER}/tool-routes.gen.ts`, contents: formatTypeScript("tool-routes.gen.ts", source) };
}

function validationSchemas(model: ApiModel, shared: SharedComponents): GeneratedFile {
  const schemas = Object.fromEntries(toolOperations(model).map((op) => [toolName(op.id), toolInput(op, "full", shared).schema]));
  const source = `${tsHeader()}
/**
 * The complete input schema of each tool: every field and constraint the API states, without
 * descriptions. The manifest shows agents a compact view of it; the server validates against it,
 * so a field the manifest leaves out is still accepted and an unknown one is still refused. A
 * \`$ref\` to \`\${componentsId}#/components/schemas/X\` names a schema of \`@gorgias-kit/spec/schemas\`:
 * register those components with the validator first.
 */
export const inputValidationSchemas: Readonly<Record<string, Readonly<Record<string, unknown>>>> = ${JSON.stringify(schemas, null, 2)};
`;
  return { path: `${FOLDER}/input-validation.gen.ts`, contents: formatTypeScript("input-validation.gen.ts", source) };
}

function excludedOperations(model: ApiModel): GeneratedFile {
  const rows = model.operations.filter((op) => Object.hasOwn(EXCLUDED_OPERATIONS, op.id)).map((op) => ({ operationId: op.id, area: op.area, reason: EXCLUDED_OPERATIONS[op.id]! }));
  const source = `${tsHeader()}
/** The operations offered as no tool, with the reason for each; every other operation of the spec is a tool. */
export const excludedOperations: readonly { readonly operationId: string; readonly area: string; readonly reason: string }[] = ${JSON.stringify(rows, null, 2)};
`;
  return { path: `${FOLDER}/excluded-operations.gen.ts`, contents: formatTypeScript("excluded-operations.gen.ts", source) };
}

function metaKey(): GeneratedFile {
  const source = `${tsHeader()}
/** The \`_meta\` key under which each manifest tool carries its operation's permission facts. */
export const META_KEY = ${JSON.stringify(META_KEY)};
`;
  return { path: `${FOLDER}/meta-key.gen.ts`, contents: formatTypeScript("meta-key.gen.ts", source) };
}

function toolsets(model: ApiModel): GeneratedFile {
  // An area whose every operation is excluded (files) has no tool, so no toolset.
  const areas = new Set(toolOperations(model).map((op) => op.area));
  const source = `${tsHeader()}
/** The API's areas that have tools, one toolset each: \`--toolsets\` accepts their ids. */
export const toolsets: readonly { readonly id: string; readonly name: string; readonly description: string }[] = ${JSON.stringify(model.areas.filter((a) => areas.has(a.id)), null, 2)};
`;
  return { path: `${FOLDER}/toolsets.gen.ts`, contents: formatTypeScript("toolsets.gen.ts", source) };
}

/** The MCP tool manifest and the tables the MCP server reads beside it. */
export function emitMcp(model: ApiModel): GeneratedFile[] {
  const shared = sharedComponents(model);
  return [
    manifest(model),
    toolRoutes(model, shared),
    validationSchemas(model, shared),
    metaKey(),
    toolsets(model),
    excludedOperations(model),
    generatedFolderReadme(
      FOLDER,
      "Tables the MCP server reads beside `../../manifest.json` (the generated tool manifest): the route of each tool's arguments (`tool-routes.gen.ts`), the complete input schema it validates each call against (`input-validation.gen.ts`, whose `$ref`s name the component schemas of `@gorgias-kit/spec/schemas`), the toolsets (`toolsets.gen.ts`), the operations offered as no tool with their reasons (`excluded-operations.gen.ts`) and the `_meta` key of the manifest's permission facts (`meta-key.gen.ts`).",
    ),
  ];
}
