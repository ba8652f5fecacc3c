import type { OperationEntry, OperationId, operations as operationTable } from "@gorgias-kit/spec/operations";
import type { operations } from "@gorgias-kit/spec/types";
import type { Principal } from "../engine/credentials.js";
import type { Store } from "../store/store.js";
import type { EventData } from "../store/records.js";
import type { UploadedPart } from "../engine/multipart-body.js";
import type { JsonText } from "./json-text.js";
import type { TextStream } from "./text-stream.js";

type Operation<K extends OperationId> = operations[K];

/** `T`, or an empty record when the spec declares none (openapi-typescript writes `never`). */
type OrEmpty<T> = [T] extends [never] ? Readonly<Record<string, never>> : Readonly<T>;

/** The row of the operation table for `K`, with its literal facts (pagination, body). */
type TableRow<K extends OperationId> = Extract<(typeof operationTable)[number], { id: K }>;

/** The pagination kinds of a paged list (every kind of the table but `none`). */
type PagedKind = Exclude<OperationEntry["pagination"], "none">;

/** Path parameters of `K`, as the validators coerce them (integers are numbers). */
export type PathOf<K extends OperationId> = OrEmpty<NonNullable<Operation<K>["parameters"]["path"]>>;

/** Query parameters of `K` after validation: coerced, and a list's `limit` filled with the spec's default. */
export type QueryOf<K extends OperationId> = OrEmpty<
  NonNullable<Operation<K>["parameters"]["query"]> & (TableRow<K>["pagination"] extends PagedKind ? { limit: number } : [K] extends [BareListId] ? { limit: number } : unknown)
>;

/** Lists the docs answer with a bare array: they take `limit` (with a default) although they return no envelope. */
type BareListId = "listTeams" | "listWidgets" | "listRules" | "listSatisfactionSurveys";

/** A request body as a handler gets it: the JSON value, or the parts of a multipart upload. */
type ContentOf<C> = C extends { "application/json": infer B } ? B : C extends { "multipart/form-data": unknown } ? readonly UploadedPart[] : never;

/** The body of `K` as validated: present when the spec requires it, maybe absent when optional, absent when none. */
export type BodyOf<K extends OperationId> = [NonNullable<Operation<K>["requestBody"]>] extends [never]
  ? undefined
  : TableRow<K>["body"] extends "required"
    ? ContentOf<NonNullable<Operation<K>["requestBody"]>["content"]>
    : ContentOf<NonNullable<Operation<K>["requestBody"]>["content"]> | undefined;

/** Everything a resource handler of operation `K` gets: the validated request and the store. */
export interface OperationContext<K extends OperationId = OperationId> {
  readonly operation: OperationEntry;
  /** Path parameters, coerced to their spec types. */
  readonly path: PathOf<K>;
  /** Query parameters, coerced, with spec defaults filled in. */
  readonly query: QueryOf<K>;
  /** Names of the query parameters the client actually sent (defaults are not in it). */
  readonly querySent: ReadonlySet<string>;
  /** The validated JSON body. */
  readonly body: BodyOf<K>;
  readonly store: Store;
  readonly principal: Principal;
  /** The mock clock's time for this request, in the API's datetime format. */
  readonly now: string;
  /** The request path and query, as list envelopes echo it in `uri`. */
  readonly uri: string;
  /** The origin the request was sent to (`http://127.0.0.1:4010`), for absolute URLs in answers. */
  readonly origin: string;
}

/** The body the spec declares for one response: its JSON, a text stream for another media type (CSV), or undefined for none. */
type ResponseBody<R> = R extends { content: { "application/json": infer B } } ? B : R extends { content: object } ? TextStream : undefined;

/** The parts of a result every operation shares. */
interface ResultBase {
  headers?: Record<string, string>;
  /**
   * The subject of the event the spec pairs with this operation (`x-gorgias-event`): required
   * exactly when the operation names one. The engine records it and hands it to HTTP integrations.
   */
  event?: { objectId: number; data: EventData };
}

/** One status the spec declares for `K`, with its body (an object, or the same JSON already serialized). */
type ResultFor<Status, Body> = ResultBase & { status: Status } & ([Body] extends [undefined] ? { body?: undefined } : { body: Body | JsonText<Body> });

/** What a handler of `K` answers: a status the spec declares for it, with that status's body. */
export type HandlerResult<K extends OperationId = OperationId> = {
  [S in keyof Operation<K>["responses"] & number]: ResultFor<S, ResponseBody<Operation<K>["responses"][S]>>;
}[keyof Operation<K>["responses"] & number];

/** What the engine reads of any handler's result. The engine adds the rate-limit header and serializes the body. */
export interface AnyHandlerResult extends ResultBase {
  status: number;
  body?: unknown;
}

export type Handler<K extends OperationId> = (ctx: OperationContext<K>) => HandlerResult<K>;

/** One handler per operation of the spec, each typed by its own operation: a missing one or a wrong shape is a compile error. */
export type HandlerTable = { readonly [K in OperationId]: Handler<K> };
