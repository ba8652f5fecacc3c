/** Largest record id a fixture or snapshot may hold: far beyond real ids, and ids allocated after it stay safe integers. */
export const MAX_RECORD_ID = 2 ** 52;

/** Why a value is not a record id, or null when it is one. */
export function idProblem(value: unknown): string | null {
  if (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RECORD_ID) return null;
  return `Expected an integer id from 0 to ${MAX_RECORD_ID}, got ${JSON.stringify(value) ?? String(value)}.`;
}
