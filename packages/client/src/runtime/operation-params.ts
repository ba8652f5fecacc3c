import type { operations } from "@gorgias-kit/spec/types";

/**
 * The types of a resource method, derived from the generated `operations` types: `params` is the
 * operation's path parameters and query parameters as named keys, with the request body under `body`.
 */
export type OperationKey = keyof operations;

/** Shows the merged keys on hover instead of the intersection. */
type Merged<T> = { [K in keyof T]: T[K] } & {};

/** A parameter group (`path`, `query`) of an operation; `{}` when it has none. */
type Group<O, G extends string> = O extends { parameters: infer P } ? (G extends keyof P ? ([NonNullable<P[G]>] extends [never] ? {} : P[G] extends undefined ? Partial<NonNullable<P[G]>> : NonNullable<P[G]>) : {}) : {};

/** `{ body }` (optional when the spec says so); `{}` when the operation takes no body. */
type BodyOf<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? {}
    : NonNullable<R> extends { content: { "application/json": infer B } }
      ? undefined extends R
        ? { body?: B }
        : { body: B }
      : {}
  : {};

type AllParams<K extends OperationKey> = Group<operations[K], "path"> & Group<operations[K], "query"> & BodyOf<operations[K]>;

/** Params of an operation that takes none: only `{}` (a bare `{}` type would accept any value). */
type NoParams = { readonly [key: string]: never };

/** The one argument of a resource method: path and query parameters by name, the request body under `body`. */
export type ParamsOf<K extends OperationKey> = keyof AllParams<K> extends never ? NoParams : Merged<AllParams<K>>;

type SuccessOf<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 202 | 204 | 207>] : never;

/** What a resource method resolves with: the success response's JSON, or `void` when it has none. */
export type ResultOf<K extends OperationKey> = SuccessOf<operations[K]> extends { content: { "application/json": infer B } } ? B : void;

/** One item of a paged list's `data`. */
export type ItemOf<K extends OperationKey> = ResultOf<K> extends { data: readonly (infer I)[] } ? I : never;
