/** A spec that lacks a fact an emitter needs: names the place and the missing fact. */
export class ModelError extends Error {
  override name = "ModelError";
  constructor(
    readonly where: string,
    readonly fact: string,
  ) {
    super(`${where}: ${fact}`);
  }
}
