import vocabulary from "../../../spec/plugin/vocabulary.cjs";

// One list per x-gorgias-* enumeration, shared with the spec's lint rules (spec/plugin/).

export const ACCESS = vocabulary.access;
export const SIDE_EFFECTS = vocabulary.sideEffects;
export const PROVENANCE = vocabulary.provenance;
export const PAGINATION = vocabulary.pagination;
/** The methods an `x-gorgias-guide` record may name. */
export const HTTP_METHOD_NAMES = vocabulary.httpMethods;

export type Access = (typeof ACCESS)[number];
export type SideEffect = (typeof SIDE_EFFECTS)[number];
export type Provenance = (typeof PROVENANCE)[number];
export type Pagination = (typeof PAGINATION)[number];

/** Whether a value read from the spec is one of a vocabulary's words. */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return words.some((word) => word === value);
}
