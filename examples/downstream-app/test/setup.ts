// The contract matchers on `expect`, and a failed test whenever a spec-checked stub sees a
// request or returns a response the spec does not allow.
import "@gorgias-kit/contract/vitest";

// Recording the consumer contract (contracts/downstream-app.gorgias-contract.json) is wired in
// here too: the recorder from @gorgias-kit/contract observes the mock and the wrapped stubs.
