// The contract matchers on `expect`, and a failed test whenever a spec-checked stub sees a
// request or returns a response the spec does not allow.
import "@gorgias-kit/contract/vitest";
