/** Thrown when an operationId is not in the spec; names it and, when one is close, the likely one. */
export class UnknownOperationError extends Error {
  override readonly name = "UnknownOperationError";
  constructor(readonly operationId: string, known: Iterable<string>) {
    super(`The spec has no operation "${operationId}"${didYouMean(operationId, known)}`);
  }
}

/** Thrown when a schema name is not under the spec's `components.schemas`. */
export class UnknownSchemaError extends Error {
  override readonly name = "UnknownSchemaError";
  constructor(readonly schemaName: string, known: Iterable<string>) {
    super(`The spec has no schema "${schemaName}" under components.schemas${didYouMean(schemaName, known)}`);
  }
}

/** `; did you mean "getTicket"?` for the known name sharing the longest prefix, case aside; `.` when none is close. */
function didYouMean(name: string, known: Iterable<string>): string {
  const wanted = name.toLowerCase();
  let best = "";
  let bestLength = 2;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    let shared = 0;
    while (shared < lower.length && lower[shared] === wanted[shared]) shared++;
    if (shared > bestLength || (shared === bestLength && best === "" && lower.length === wanted.length)) {
      best = candidate;
      bestLength = shared;
    }
  }
  return best ? `; did you mean "${best}"?` : ".";
}
