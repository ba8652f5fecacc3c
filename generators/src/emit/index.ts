import type { ApiModel } from "../model/types.js";
import { emitClient } from "./client/emit-client.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { emitMock } from "./mock/emit-mock.js";
import { emitSpecPackage } from "./spec-package/emit-spec-package.js";
import { emitScopes } from "./scopes/emit-scopes.js";
import { emitDocs } from "./docs/emit-docs.js";
import { emitMcp } from "./mcp/emit-mcp.js";
import { emitOperationTable } from "./operation-table/emit-operation-table.js";
import { emitApiFacts } from "./api-facts/emit-api-facts.js";
import { emitSchemaTypes } from "./schema-types/emit-schema-types.js";
import { emitCoverage } from "./coverage/emit-coverage.js";
import { emitComponentSchemas } from "./component-schemas/emit-component-schemas.js";

export interface EmitterEntry {
  name: string;
  emit: Emitter;
  /** Repository-relative folders this emitter owns entirely (a file there that it does not emit is an orphan). */
  ownedFolders: string[];
}

export const emitters: EmitterEntry[] = [
  { name: "spec package", emit: emitSpecPackage, ownedFolders: [] },
  { name: "operation table", emit: emitOperationTable, ownedFolders: ["packages/spec/src/generated"] },
  { name: "schema types", emit: emitSchemaTypes, ownedFolders: [] },
  { name: "api facts", emit: emitApiFacts, ownedFolders: [] },
  { name: "component schemas", emit: emitComponentSchemas, ownedFolders: [] },
  { name: "scope matrix", emit: emitScopes, ownedFolders: [] },
  { name: "coverage table", emit: emitCoverage, ownedFolders: [] },
  { name: "docs site data", emit: emitDocs, ownedFolders: ["packages/docs/src/generated"] },
  { name: "client", emit: emitClient, ownedFolders: ["packages/client/src/generated"] },
  { name: "mock server", emit: emitMock, ownedFolders: ["packages/mock-server/src/generated"] },
  { name: "mcp manifest", emit: emitMcp, ownedFolders: ["packages/mcp/src/generated"] },
];

/** Runs every emitter; output is sorted by path so runs compare byte for byte. */
export async function emitAll(model: ApiModel): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const entry of emitters) files.push(...(await entry.emit(model)));
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`Two emitters write ${file.path}.`);
    seen.add(file.path);
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export function ownedFolders(): string[] {
  return emitters.flatMap((e) => e.ownedFolders);
}
