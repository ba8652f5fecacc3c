export type { ChangeLevel, SpecChange } from "./changes/spec-change.js";
export type { ObservedExchange } from "./recording/observed-exchange.js";
export type { OpenApiDocument, OperationObject, JsonSchema, HttpMethod } from "./spec/openapi-document.js";
export { loadSpec, asOpenApiDocument, SpecLoadError } from "./spec/load-spec.js";
export { OperationIndex, type IndexedOperation, type OperationMatch } from "./spec/operation-index.js";
