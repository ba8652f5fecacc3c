/** The JSON types a recorded value can have. */
export type ValueKind = "string" | "integer" | "number" | "boolean" | "null" | "object" | "array";

/**
 * What a consumer sent for one query parameter or body field: the kinds of value, never the
 * values, except `values` for a field whose schema is a closed enum (those are the API's words,
 * not personal data, and `verify` needs them to catch a removed enum value).
 */
export interface RecordedValue {
  /** Sorted. */
  kinds: ValueKind[];
  /** Sorted; present only for a closed-enum field. */
  values?: (string | number | boolean)[];
}

/** One kind of call a consumer makes: alike calls (same operation, same query names, same body fields) are one interaction. */
export interface ContractInteraction {
  operationId: string;
  /** Lower-case HTTP method. */
  method: string;
  /** The spec's path template at recording time. */
  path: string;
  /** Query parameters sent, by name. */
  query: Record<string, RecordedValue>;
  /**
   * Body fields sent, by path: `customer.email`, `messages[].body_text` (array items), `meta.*`
   * (the keys of a free-form map are data, so they are not kept). Leaves only; an empty object or
   * array is a leaf of kind `object` or `array`. Absent when no body was sent.
   */
  body?: Record<string, RecordedValue>;
  /** Statuses the consumer saw and relies on, sorted. */
  statuses: number[];
}

/** A consumer contract: `contracts/<consumer>.gorgias-contract.json`. */
export interface ConsumerContract {
  format: "gorgias-contract/1";
  consumer: string;
  /** Sorted by operationId, then by their query names and body fields. */
  interactions: ContractInteraction[];
}

export const CONTRACT_FORMAT = "gorgias-contract/1";
export const CONTRACT_FILE_SUFFIX = ".gorgias-contract.json";
