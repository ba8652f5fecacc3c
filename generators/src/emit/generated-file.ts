import { Project, ts } from "ts-morph";
import type { ApiModel } from "../model/types.js";

/** One output of an emitter: a repository-relative path and its exact bytes. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** An emitter: a pure function from the model to files. */
export type Emitter = (model: ApiModel) => GeneratedFile[] | Promise<GeneratedFile[]>;

export const REGENERATE_COMMAND = "pnpm generate";

export function headerLines(model: ApiModel): string[] {
  return [
    "generated — do not edit.",
    `Source: spec/openapi.yaml (bundled, sha256 ${model.sourceHash.slice(0, 16)}).`,
    `Regenerate: ${REGENERATE_COMMAND}`,
  ];
}

export function tsHeader(model: ApiModel): string {
  return `/**\n${headerLines(model).map((l) => ` * ${l}`).join("\n")}\n */\n`;
}

export function markdownHeader(model: ApiModel): string {
  return `<!-- ${headerLines(model).join(" ")} -->\n`;
}

/** Stable JSON: two-space indent and a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const project = new Project({ useInMemoryFileSystem: true });

/** Formats TypeScript source with the TypeScript formatter that ts-morph bundles. */
export function formatTypeScript(fileName: string, source: string): string {
  const file = project.createSourceFile(fileName, source, { overwrite: true });
  file.formatText({
    indentSize: 2,
    convertTabsToSpaces: true,
    semicolons: ts.SemicolonPreference.Insert,
    insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
  });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** The README placed in each generated folder. */
export function generatedFolderReadme(model: ApiModel, folder: string, what: string): GeneratedFile {
  return {
    path: `${folder}/README.md`,
    contents: `${markdownHeader(model)}# Generated files\n\n${what}\n\nEvery file in this folder is generated from \`spec/\` by \`generators/\`. Do not edit them:\nchange the spec (or the emitter in \`generators/src/emit/\`) and run \`${REGENERATE_COMMAND}\`.\n\`pnpm generate --check\` (part of \`pnpm test\`) fails when they drift.\n`,
  };
}
