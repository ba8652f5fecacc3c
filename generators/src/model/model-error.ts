/** A spec that lacks a fact an emitter needs: names the place and the missing fact. */
export class ModelError extends Error {
  override name = "ModelError";
  constructor(
    readonly where: string,
    readonly fact: string,
  ) {
    super(`${where}: ${fact}`);
  }
}

/** Throws a ModelError naming `where` and the missing `fact` unless `condition` holds; TypeScript narrows after it. */
export function need(condition: unknown, where: string, fact: string): asserts condition {
  if (!condition) throw new ModelError(where, fact);
}

/** Throws a ModelError for a missing fact; for expressions such as `value ?? missing(where, fact)`. */
export function missing(where: string, fact: string): never {
  throw new ModelError(where, fact);
}
