import type { OperationEntry, OperationId } from "@gorgias-kit/spec/operations";
import type { Principal } from "../engine/credentials.js";
import type { Store } from "../store/store.js";
import type { JsonObject } from "../store/records.js";

/** Everything a resource handler gets: the validated request and the store. */
export interface OperationContext {
  readonly operation: OperationEntry;
  /** Path parameters, coerced to their spec types. */
  readonly path: Readonly<Record<string, any>>;
  /** Query parameters, coerced, with spec defaults filled in. */
  readonly query: Readonly<Record<string, any>>;
  /** Names of the query parameters the client actually sent (defaults are not in it). */
  readonly querySent: ReadonlySet<string>;
  /** The validated JSON body, or undefined. */
  readonly body: any;
  readonly store: Store;
  readonly principal: Principal;
  /** The mock clock's time for this request, in the API's datetime format. */
  readonly now: string;
  /** The request path and query, as list envelopes echo it in `uri`. */
  readonly uri: string;
}

/** What a handler answers. The engine adds the rate-limit header and serializes the body. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * The subject of the event the spec pairs with this operation (`x-gorgias-webhook`): required
   * exactly when the operation names one. The engine records it and hands it to HTTP integrations.
   */
  event?: { objectId: number; data: JsonObject | null };
}

export type Handler = (ctx: OperationContext) => HandlerResult;

/** One handler per operation of the spec; the type makes a missing one a compile error. */
export type HandlerTable = Record<OperationId, Handler>;
