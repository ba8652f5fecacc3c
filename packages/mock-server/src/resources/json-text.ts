/**
 * A response body already serialized, so cached JSON of records is joined instead of rebuilt.
 * `T` is the schema type the text holds (only for type checking); `toJSON` keeps it usable where an object is expected.
 */
export class JsonText<T = unknown> {
  /** Never set: it only makes `JsonText<Ticket>` and `JsonText<User>` different types. */
  declare private readonly shape?: T;

  constructor(readonly text: string) {}

  /** Serializes a value once, keeping its type. */
  static of<T>(value: T): JsonText<T> {
    return new JsonText<T>(JSON.stringify(value));
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}
