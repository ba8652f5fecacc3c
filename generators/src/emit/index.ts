import type { ApiModel } from "../model/types.js";
import { emitClient } from "./client/emit-client.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { emitSpecPackage } from "./spec-package/emit-spec-package.js";

export interface EmitterEntry {
  name: string;
  emit: Emitter;
  /** Repository-relative folders this emitter owns entirely (a file there that it does not emit is an orphan). */
  ownedFolders: string[];
}

export const emitters: EmitterEntry[] = [
  { name: "spec package", emit: emitSpecPackage, ownedFolders: [] },
  { name: "client", emit: emitClient, ownedFolders: ["packages/client/src/generated"] },
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
