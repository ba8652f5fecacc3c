/**
 * A response body already serialized, so cached JSON of records is joined instead of rebuilt.
 * `toJSON` keeps it usable where an object is expected.
 */
export class JsonText {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}
