export type { ChangeLevel, SpecChange } from "./changes/spec-change.js";
export type { ObservedExchange } from "./recording/observed-exchange.js";
export type { OpenApiDocument, OperationObject, JsonSchema, HttpMethod } from "./spec/openapi-document.js";
export { loadSpec, asOpenApiDocument, SpecLoadError } from "./spec/load-spec.js";
export { OperationIndex, type IndexedOperation, type OperationMatch } from "./spec/operation-index.js";
// Classification, recording and verify (contract A).
export { diffSpecs } from "./changes/diff-specs.js";
export { CHANGE_RULES, type ChangeRule, type ChangeRuleId } from "./changes/rules.js";
export { createContractRecorder, type ContractRecorder, type ContractRecorderOptions } from "./recording/contract-recorder.js";
export { readContract, parseContract, serializeContract } from "./recording/contract-file.js";
export { ContractFileError, ContractRecorderError } from "./recording/contract-errors.js";
export { CONTRACT_SCHEMA } from "./recording/contract-schema.js";
export type { ConsumerContract, ContractInteraction, RecordedValue, ValueKind } from "./recording/consumer-contract.js";
export { verifyContracts, type ContractSource } from "./verify/verify-contracts.js";
export type { VerifyReport, ConsumerResult, InteractionResult } from "./verify/verify-report.js";
