import { Project, ts } from "ts-morph";
import type { ApiModel } from "../model/types.js";

/** One output of an emitter: a repository-relative path and its exact bytes. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * When set, `contents` is only the generated region of a hand-written file: the text between
   * its `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` lines (see `regionMarkers`).
   */
  region?: string;
}

/** The marker lines that bound a generated region in a hand-written Markdown file. */
export function regionMarkers(region: string): { start: string; end: string } {
  return { start: `<!-- generated:${region} — ${REGENERATE_COMMAND} -->`, end: `<!-- /generated:${region} -->` };
}

/** An emitter: a pure function from the model to files. */
export type Emitter = (model: ApiModel) => GeneratedFile[] | Promise<GeneratedFile[]>;

export const REGENERATE_COMMAND = "pnpm generate";

/**
 * The header of every generated file. It names no hash or version of the whole spec, so a file
 * changes only when its own content does.
 */
export function headerLines(): string[] {
  return ["generated — do not edit.", "Source: spec/openapi.yaml (bundled).", `Regenerate: ${REGENERATE_COMMAND}`];
}

export function tsHeader(): string {
  return `/**\n${headerLines().map((l) => ` * ${l}`).join("\n")}\n */\n`;
}

export function markdownHeader(): string {
  return `<!-- ${headerLines().join(" ")} -->\n`;
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
export function generatedFolderReadme(folder: string, what: string): GeneratedFile {
  return {
    path: `${folder}/README.md`,
    contents: `${markdownHeader()}# Generated files\n\n${what}\n\nEvery file in this folder is generated from \`spec/\` by \`generators/\`. Do not edit them:\nchange the spec (or the emitter in \`generators/src/emit/\`) and run \`${REGENERATE_COMMAND}\`.\n\`pnpm generate --check\` (part of \`pnpm test\`) fails when they drift.\n`,
  };
}
