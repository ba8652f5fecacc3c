/** `@gorgias-kit/contract/msw`: spec-checked MSW stubs (needs `msw` 2.x installed). */
export { withSpecValidation, type SpecValidationOptions } from "./stubs/with-spec-validation.js";
export { SpecViolationError } from "./validate/spec-violation-error.js";
