export type { ChangeLevel, SpecChange } from "./changes/spec-change.js";
export type { ObservedExchange } from "./recording/observed-exchange.js";
export type { OpenApiDocument, OperationObject, JsonSchema, HttpMethod } from "./spec/openapi-document.js";
export { loadSpec, asOpenApiDocument, SpecLoadError } from "./spec/load-spec.js";
export { OperationIndex, type IndexedOperation, type OperationMatch } from "./spec/operation-index.js";
// Classification, recording and verify (contract A).
export { diffSpecs } from "./changes/diff-specs.js";
export { CHANGE_RULES, type ChangeRule, type ChangeRuleId } from "./changes/rules.js";
