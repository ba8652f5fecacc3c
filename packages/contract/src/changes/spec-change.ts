/**
 * One classified difference between two versions of the spec. The single home of these rules is
 * `src/changes/`: `gorgias-contract verify` and the release tooling (`pnpm spec:diff`) both read them.
 */
export type ChangeLevel = "breaking" | "non-breaking" | "documentation";

export interface SpecChange {
  /** The rule's id, taken from oasdiff's checks where one fits (e.g. `api-path-removed-without-deprecation`). */
  rule: string;
  level: ChangeLevel;
  /** The operation the change is about (the base's id when it was removed), absent for document-wide changes. */
  operationId?: string;
  method?: string;
  path?: string;
  /** Where in the document: a JSON pointer into the base (or the head, for additions). */
  location: string;
  /** One sentence a reader understands without the spec open. */
  message: string;
}
