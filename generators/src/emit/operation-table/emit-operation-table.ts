import type { ApiModel, OperationModel } from "../../model/types.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

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
    webhook: op.webhook,
    pagination: op.pagination,
    pathParams: op.parameters.filter((p) => p.in === "path").map((p) => p.name),
    queryParams: op.parameters.filter((p) => p.in === "query").map((p) => p.name),
    body: op.requestBody ? (op.requestBody.required ? "required" : "optional") : null,
    successStatus: op.success.status,
    live: op.live ? { method: op.live.method, path: op.live.path } : null,
  };
}

const ENTRY_TYPE = `
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
export type SideEffect = "sends-to-customer" | "deletes-history" | "deletes-record" | "merges-records" | "revokes-access" | "sends-data-externally";

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
  readonly webhook: string | null;
  readonly pagination: "cursor" | "none";
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body: "required" | "optional" | null;
  readonly successStatus: number;
  /** Where the live API differs from the guide's row. */
  readonly live: { readonly method: HttpMethod; readonly path: string } | null;
}
`;

/** `operations.gen.ts`: the generated operation table. */
export function renderOperationTable(model: ApiModel, fileName: string): string {
  const rows = model.operations.map(operationRow);
  const source = `${tsHeader(model)}${ENTRY_TYPE}
export const operations = ${JSON.stringify(rows, null, 2)} as const satisfies readonly OperationEntry[];

export type OperationId = (typeof operations)[number]["id"];

/** Operations by id. */
export const operationsById: ReadonlyMap<string, OperationEntry> = new Map(operations.map((op) => [op.id, op]));
`;
  return formatTypeScript(fileName, source);
}
