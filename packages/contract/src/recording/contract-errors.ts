/** A contract file that cannot be read, is not JSON, or does not follow the contract schema; names the file and the field. */
export class ContractFileError extends Error {
  override readonly name = "ContractFileError";
  constructor(
    readonly file: string,
    /** The offending field (`interactions[0].statuses`), or undefined when the whole file is at fault. */
    readonly field: string | undefined,
    reason: string,
  ) {
    super(`${file}: ${field ? `${field} ${reason}` : reason}`);
  }
}

/** Bad options given to `createContractRecorder`, or a contract that could not be written; names the option or file. */
export class ContractRecorderError extends Error {
  override readonly name = "ContractRecorderError";
}
