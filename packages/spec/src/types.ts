// `@gorgias-kit/spec/types`: the openapi-typescript types of the spec, the one home the client and the mock import them from.
export type { components, operations, paths, webhooks } from "./generated/schema.gen.js";
