import type { ApiModel, OperationModel } from "../../model/types.js";
import { PAGINATION, SIDE_EFFECTS } from "../../model/vocabulary.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";

/** The one operation table, published in `@gorgias-kit/spec/operations` and imported by the client, the mock and the MCP server. */
const FOLDER = "packages/spec/src/generated";

/** The row of the operation table that client, mock and MCP server all read. */
export function operationRow(op: OperationModel) {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    area: op.area,
    resource: op.client.resource,
    name: op.client.method,
    summary: op.summary,
    access: op.access,
    scope: op.scope,
    scopes: op.scopes,
    scopeByType: op.scopeByType,
    sideEffects: op.sideEffects,
    event: op.event,
    pagination: op.pagination,
    pathParams: op.parameters.filter((p) => p.in === "path").map((p) => p.name),
    queryParams: op.parameters.filter((p) => p.in === "query").map((p) => p.name),
    body: op.requestBody ? (op.requestBody.required ? "required" : "optional") : null,
    bodyMediaType: op.requestBody?.mediaType ?? null,
    successStatus: op.success.status,
    successMediaType: op.success.mediaType,
    guide: op.guide ? { method: op.guide.method, path: op.guide.path } : null,
  };
}

const ENTRY_TYPE = `
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
export type SideEffect = ${SIDE_EFFECTS.map((e) => JSON.stringify(e)).join(" | ")};
/** How a list pages: \`cursor\` follows \`meta.next_cursor\`, \`view-items\` follows \`meta.next_items\`, \`none\` is not paged. */
export type Pagination = ${PAGINATION.map((e) => JSON.stringify(e)).join(" | ")};

/** One operation of the Gorgias API, as the spec states it. */
export interface OperationEntry {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Area id (the tag's x-gorgias-id). */
  readonly area: string;
  /** Client namespace and method name, e.g. \`ticketMessages\` / \`create\`. */
  readonly resource: string;
  readonly name: string;
  readonly summary: string;
  readonly access: "read" | "write";
  /** The one OAuth scope required; null when it depends on the request (see scopeByType). */
  readonly scope: string | null;
  /** Every OAuth scope that can authorise the call. */
  readonly scopes: readonly string[];
  readonly scopeByType: Readonly<Record<string, string>> | null;
  readonly sideEffects: readonly SideEffect[];
  /** The guide event it produces (an \`Event.type\` read through \`GET /api/events\`), or null. */
  readonly event: string | null;
  readonly pagination: Pagination;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body: "required" | "optional" | null;
  /** How the body is sent: JSON, or a multipart form of files (an upload); null without a body. */
  readonly bodyMediaType: "application/json" | "multipart/form-data" | null;
  /** The success status; a 3xx (a file download's 307) when the operation answers with a redirect. */
  readonly successStatus: number;
  /** The success body's media type: \`application/json\`, another (\`text/csv\`, read as a stream), or null for no body. */
  readonly successMediaType: string | null;
  /** The guide's method and path where they differ from this (live) form; null when the guide's row is this one. */
  readonly guide: { readonly method: HttpMethod; readonly path: string } | null;
}
`;

/** `operations.gen.ts`: the generated operation table, with no imports so it bundles into nothing else. */
function renderOperationTable(model: ApiModel): string {
  const rows = model.operations.map(operationRow);
  const source = `${tsHeader()}${ENTRY_TYPE}
export const operations = ${JSON.stringify(rows, null, 2)} as const satisfies readonly OperationEntry[];

export type OperationId = (typeof operations)[number]["id"];

/** Operations by id. */
export const operationsById: ReadonlyMap<string, OperationEntry> = new Map(operations.map((op) => [op.id, op]));
`;
  return formatTypeScript("operations.gen.ts", source);
}

/** The spec package's generated module: the operation table every runtime package reads. */
export function emitOperationTable(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/operations.gen.ts`, contents: renderOperationTable(model) },
    generatedFolderReadme(
      FOLDER,
      "The operation table (`operations.gen.ts`): one row per operation with its method, path, parameters, scope, access, side effects and webhook event. It is published as `@gorgias-kit/spec/operations`, and the client, the mock server and the MCP server import it from there. The openapi-typescript types of every path, schema, webhook and operation (`schema.gen.ts`) are published as `@gorgias-kit/spec/types`; the client and the mock server import them from there. The component schemas as JSON Schema for validators (`schemas.gen.ts`) are published as `@gorgias-kit/spec/schemas`; the mock server, the MCP server and the client validate against them. The API-wide facts (`api-facts.gen.ts`) are published as `@gorgias-kit/spec/facts`.",
    ),
  ];
}
