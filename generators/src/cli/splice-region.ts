import { regionMarkers, type GeneratedFile } from "../emit/generated-file.js";

/** Thrown when a file that should hold a generated region lacks its marker lines. */
export class MissingRegionError extends Error {
  override readonly name = "MissingRegionError";
}

/**
 * The whole text a file should have: the emitted bytes, or for a region the current file with the
 * text between the region's markers replaced. Everything outside the markers stays hand-written.
 */
export function expectedText(file: GeneratedFile, current: string | null): string {
  if (file.region === undefined) return file.contents;
  const { start, end } = regionMarkers(file.region);
  const from = current?.indexOf(`${start}\n`) ?? -1;
  const to = current?.indexOf(end, from) ?? -1;
  if (current === null || from < 0 || to < 0) {
    throw new MissingRegionError(`${file.path} must hold the lines\n  ${start}\n  ${end}\nbetween which \`pnpm generate\` writes the ${file.region} region.`);
  }
  return `${current.slice(0, from + start.length + 1)}${file.contents}${current.slice(to)}`;
}
