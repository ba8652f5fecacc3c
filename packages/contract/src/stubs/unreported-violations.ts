import type { SpecViolationError } from "../validate/spec-violation-error.js";

/**
 * Violations a spec-checked stub threw, kept until a test hook looks at them: MSW turns the throw
 * into a 500 that the code under test may swallow, so the hook fails the test anyway. Kept on
 * `globalThis` so two copies of this package (source and build) share one list.
 */
const KEY = Symbol.for("@gorgias-kit/contract.unreported-violations");

function list(): SpecViolationError[] {
  const holder = globalThis as { [KEY]?: SpecViolationError[] };
  return (holder[KEY] ??= []);
}

/** Notes a violation a stub threw. */
export function noteThrownViolation(error: SpecViolationError): void {
  list().push(error);
}

/**
 * Throws the violations spec-checked stubs threw since the last call (then forgets them); does
 * nothing when there were none. `@gorgias-kit/contract/vitest` runs it after each test; with jest,
 * call it from `afterEach`.
 */
export function assertNoSpecViolations(): void {
  const pending = list().splice(0);
  if (pending.length === 1) throw pending[0];
  if (pending.length > 1) throw new AggregateError(pending, `${pending.length} spec violations in stubbed exchanges:\n${pending.map((e) => e.message).join("\n")}`);
}
