export type { ChangeLevel, SpecChange } from "./changes/spec-change.js";
export type { ObservedExchange } from "./recording/observed-exchange.js";
export type { OpenApiDocument, OperationObject, JsonSchema, HttpMethod } from "./spec/openapi-document.js";
export { loadSpec, asOpenApiDocument, SpecLoadError } from "./spec/load-spec.js";
export { OperationIndex, type IndexedOperation, type OperationMatch } from "./spec/operation-index.js";
// Classification, recording and verify (contract A).
export { diffSpecs } from "./changes/diff-specs.js";
export { CHANGE_RULES, type ChangeRule, type ChangeRuleId } from "./changes/rules.js";
export { createContractRecorder, type ContractRecorder, type ContractRecorderOptions } from "./recording/contract-recorder.js";
export { readContract, parseContract, serializeContract, mergeInteractions } from "./recording/contract-file.js";
export { ContractFileError, ContractRecorderError } from "./recording/contract-errors.js";
export { CONTRACT_SCHEMA } from "./recording/contract-schema.js";
export type { ConsumerContract, ContractInteraction, RecordedValue, ValueKind } from "./recording/consumer-contract.js";
export { verifyContracts, type ContractSource } from "./verify/verify-contracts.js";
export type { VerifyReport, ConsumerResult, InteractionResult } from "./verify/verify-report.js";
// Validators, matchers, spec-checked stubs (`@gorgias-kit/contract/msw`) and conformance.
export { SpecValidators } from "./validate/spec-validators.js";
export { bundledSpec } from "./validate/bundled-spec.js";
export { formatViolation, type Violation, type ViolationPart } from "./validate/violation.js";
export { SpecViolationError } from "./validate/spec-violation-error.js";
export { assertNoSpecViolations } from "./stubs/unreported-violations.js";
export { UnknownOperationError, UnknownSchemaError } from "./validate/unknown-name-errors.js";
export {
  ExchangeShapeError,
  normalizeRequest,
  normalizeResponse,
  type HeadersInput,
  type NormalizedRequest,
  type NormalizedResponse,
  type QueryInput,
  type RequestParts,
  type ResponseParts,
} from "./validate/exchange-parts.js";
export { createGorgiasMatchers, gorgiasMatchers, type GorgiasMatchersOptions } from "./matchers/create-gorgias-matchers.js";
export type { GorgiasMatchers, MatcherContext, MatcherResult } from "./matchers/gorgias-matcher-types.js";
export {
  runConformance,
  type ConformanceOptions,
  type ConformanceOutcome,
  type ConformanceReport,
  type ConformanceResult,
} from "./conformance/run-conformance.js";
export { formatConformanceReport } from "./conformance/format-conformance-report.js";
export type { ConformanceCase } from "./conformance/conformance-case.js";
export type { ConformanceAuth } from "./conformance/conformance-auth.js";
