import openapiTS, { astToString } from "openapi-typescript";
import type { ApiModel } from "../../model/types.js";
import { tsHeader, type GeneratedFile } from "../generated-file.js";

/** The one home of the openapi-typescript types, published as `@gorgias-kit/spec/types`. */
const FOLDER = "packages/spec/src/generated";

/** `schema.gen.ts`: the `paths`, `webhooks`, `components` and `operations` types of the spec, which the client and the mock import. */
export async function emitSchemaTypes(model: ApiModel): Promise<GeneratedFile[]> {
  // emptyObjectsUnknown: an object schema without properties (`meta`, an event's `data`) holds
  // arbitrary keys; the default `Record<string, never>` would also break the webhook payload intersections.
  // defaultNonNullable off: a request field with a default (search's `size`) stays optional to send.
  // openapi-typescript declares the same OpenAPI 3.1 document with its own types (Redocly's and its
  // differ in spelling, e.g. `info` optional here); it validates the document itself.
  const ast = await openapiTS(model.document as never, {
    alphabetize: true,
    exportType: false,
    emptyObjectsUnknown: true,
    defaultNonNullable: false,
  });
  return [{ path: `${FOLDER}/schema.gen.ts`, contents: `${tsHeader()}${astToString(ast)}` }];
}
