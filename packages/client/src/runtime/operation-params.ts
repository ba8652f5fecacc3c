import type { operations } from "@gorgias-kit/spec/types";
import type { MultipartBody } from "./multipart-body.js";
import type { SignedUrl } from "./operation-caller.js";
import type { ResponseStream } from "./response-stream.js";

/**
 * The types of a resource method, derived from the generated `operations` types: `params` is the
 * operation's path parameters and query parameters as named keys, with the request body under `body`.
 */
export type OperationKey = keyof operations;

/** Shows the merged keys on hover instead of the intersection. */
type Merged<T> = { [K in keyof T]: T[K] } & {};

/** A parameter group (`path`, `query`) of an operation; `{}` when it has none. */
type Group<O, G extends string> = O extends { parameters: infer P } ? (G extends keyof P ? ([NonNullable<P[G]>] extends [never] ? {} : P[G] extends undefined ? Partial<NonNullable<P[G]>> : NonNullable<P[G]>) : {}) : {};

/** The body a resource method takes: the JSON body, or files by label for a multipart upload. */
type BodyContent<C> = C extends { "application/json": infer B } ? B : C extends { "multipart/form-data": unknown } ? MultipartBody : never;

/** `{ body }` (optional when the spec says so); `{}` when the operation takes no body. */
type BodyOf<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? {}
    : NonNullable<R> extends { content: infer C }
      ? [BodyContent<C>] extends [never]
        ? {}
        : undefined extends R
          ? { body?: BodyContent<C> }
          : { body: BodyContent<C> }
      : {}
  : {};

type AllParams<K extends OperationKey> = Group<operations[K], "path"> & Group<operations[K], "query"> & BodyOf<operations[K]>;

/** Params of an operation that takes none: only `{}` (a bare `{}` type would accept any value). */
type NoParams = { readonly [key: string]: never };

/** The one argument of a resource method: path and query parameters by name, the request body under `body`. */
export type ParamsOf<K extends OperationKey> = keyof AllParams<K> extends never ? NoParams : Merged<AllParams<K>>;

type SuccessOf<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 202 | 204 | 207>] : never;

/** A success body: its JSON, a stream for another media type (a CSV export), or `void` when it has none. */
type BodyResult<S> = S extends { content: { "application/json": infer B } } ? B : S extends { content: object } ? ResponseStream : void;

/** An operation with no 2xx answer succeeds with its redirect (a file download's 307): its signed URL. */
type RedirectResult<O> = O extends { responses: { 307: unknown } } ? SignedUrl : void;

/**
 * What a resource method resolves with: the success response's JSON, a `ResponseStream` for a
 * non-JSON answer, a `SignedUrl` for a redirect answer, or `void` when it has no body.
 */
export type ResultOf<K extends OperationKey> = [SuccessOf<operations[K]>] extends [never] ? RedirectResult<operations[K]> : BodyResult<SuccessOf<operations[K]>>;

/** One item of a paged list's `data`. */
export type ItemOf<K extends OperationKey> = ResultOf<K> extends { data: readonly (infer I)[] } ? I : never;
