/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** The `_meta` key under which each manifest tool carries its operation's permission facts. */
export const META_KEY = "gorgias-kit";
