import type { components } from "@gorgias-kit/spec/types";

/** A component schema of the spec, as openapi-typescript types it: the shape a response is built to. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
