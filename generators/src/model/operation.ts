import type {
  Referenced,
  SpecDocument,
  SpecMediaType,
  SpecMethod,
  SpecOperation,
  SpecParameter,
  SpecRequestBody,
} from "../load/spec-document.js";
import { componentSchema, dereference, refName, resolveRef } from "./json-schema.js";
import { missing, need, ModelError } from "./model-error.js";
import type { AreaModel, HttpMethod, NamedExample, OperationModel, ParameterModel, RequestBodyModel, RequestMediaType, ResponseModel } from "./types.js";
import { ACCESS, HTTP_METHOD_NAMES, isOneOf, PAGINATION, PROVENANCE, SIDE_EFFECTS } from "./vocabulary.js";

/** The request body media types the model reads, in the order it looks for them. */
const REQUEST_MEDIA_TYPES: readonly RequestMediaType[] = ["application/json", "multipart/form-data"];

/** The path item keys the model reads operations from, in the order it reads them. */
export const HTTP_METHODS: readonly SpecMethod[] = ["get", "put", "post", "delete", "patch"];

const HTTP_METHOD: { [M in SpecMethod]: HttpMethod } = { get: "GET", put: "PUT", post: "POST", delete: "DELETE", patch: "PATCH" };

/** Builds one operation of the model from its OpenAPI operation object. */
export function buildOperation(
  document: SpecDocument,
  path: string,
  method: SpecMethod,
  operation: SpecOperation,
  pathLevelParameters: Referenced<SpecParameter>[],
  areasByTag: Map<string, AreaModel>,
): OperationModel {
  const id = typeof operation.operationId === "string" ? operation.operationId : "";
  const where = id ? `operation ${id} (${HTTP_METHOD[method]} ${path})` : `${HTTP_METHOD[method]} ${path}`;
  const check: (condition: unknown, fact: string) => asserts condition = (condition, fact) => need(condition, where, fact);
  check(id, "missing operationId");

  const tags = Array.isArray(operation.tags) ? operation.tags : [];
  check(tags.length === 1, "needs exactly one area tag");
  const area = areasByTag.get(String(tags[0]));
  check(area, `tag "${String(tags[0])}" is not declared with an x-gorgias-id in the root tags`);

  const access = operation["x-gorgias-access"];
  check(isOneOf(ACCESS, access), "missing x-gorgias-access (read or write)");
  check("x-gorgias-event" in operation, "missing x-gorgias-event (an event name or null)");
  const event = operation["x-gorgias-event"];
  check(event === null || typeof event === "string", "x-gorgias-event must be an event name or null");
  const sideEffects = operation["x-gorgias-side-effects"];
  check(Array.isArray(sideEffects), "missing x-gorgias-side-effects (a list, possibly empty)");
  for (const effect of sideEffects) check(isOneOf(SIDE_EFFECTS, effect), `unknown side effect "${String(effect)}"`);
  const provenance = operation["x-gorgias-provenance"];
  check(isOneOf(PROVENANCE, provenance), "missing x-gorgias-provenance (guide-table, guide-prose or live)");
  const pagination = operation["x-gorgias-pagination"];
  check(isOneOf(PAGINATION, pagination), `missing x-gorgias-pagination (${PAGINATION.join(", ")})`);
  const client = operation["x-gorgias-client"];
  check(client && typeof client.resource === "string" && typeof client.method === "string", "missing x-gorgias-client {resource, method}");

  const scopes = oauthScopes(operation);
  check(scopes.length > 0, "missing OAuth scope: security lists no oauth2 requirement");
  const byType = operation["x-gorgias-scope-by-type"] ?? null;
  check(scopes.length === 1 || byType, "several OAuth scopes but no x-gorgias-scope-by-type");

  const parameters = [...pathLevelParameters, ...(operation.parameters ?? [])].map((p) => buildParameter(document, p, where));
  const responses = buildResponses(document, operation, where);
  // An operation with no 2xx answer succeeds with its redirect: a file download's 307 to a signed URL.
  const success = responses.find((r) => r.status >= 200 && r.status < 300) ?? responses.find((r) => r.status >= 300 && r.status < 400);
  check(success, "no 2xx response");

  let itemSchemaName: string | null = null;
  if (pagination !== "none") {
    const list = success.schemaName ? componentSchema(document, success.schemaName) : undefined;
    const data = list?.properties?.data;
    itemSchemaName = refName(data && "items" in data ? data.items : undefined);
    check(itemSchemaName, `a ${pagination} list must return a named list schema whose data items are a named schema`);
    for (const name of ["limit", "cursor"]) {
      check(parameters.some((p) => p.name === name && p.in === "query"), `a ${pagination} list must take the "${name}" query parameter`);
    }
  }

  check(!("x-gorgias-live" in operation), "x-gorgias-live is retired: record the guide's form in x-gorgias-guide {method, path, note}");
  const guide = operation["x-gorgias-guide"];
  if (guide !== undefined) {
    check(isOneOf(HTTP_METHOD_NAMES, guide.method), "x-gorgias-guide.method must be an HTTP method");
    check(typeof guide.path === "string" && guide.path.startsWith("/"), "x-gorgias-guide.path must be a path");
    check(typeof guide.note === "string" && guide.note.trim() !== "", "x-gorgias-guide.note must say how the guide's form differs");
  }
  const source = operation["x-gorgias-source"];
  const inferred = operation["x-gorgias-inferred"];
  return {
    id,
    method: HTTP_METHOD[method],
    path,
    area: area.id,
    summary: String(operation.summary ?? missing(where, "missing summary")),
    description: String(operation.description ?? "").trim(),
    access,
    scope: scopes.length === 1 ? (scopes[0] ?? null) : null,
    scopes,
    scopeByType: byType,
    event,
    sideEffects,
    provenance,
    pagination,
    client: { resource: client.resource, method: client.method },
    guide: guide ? { method: guide.method, path: guide.path, note: guide.note.trim() } : null,
    sources: source === undefined ? [] : [source].flat(),
    inferred: Array.isArray(inferred) ? inferred : [],
    parameters,
    requestBody: buildRequestBody(document, operation.requestBody, where),
    responses,
    success,
    itemSchemaName,
  };
}

function oauthScopes(operation: SpecOperation): string[] {
  const scopes: string[] = [];
  for (const requirement of operation.security ?? []) {
    const oauth = requirement?.oauth2;
    if (Array.isArray(oauth)) scopes.push(...oauth);
  }
  return scopes;
}

function buildParameter(document: SpecDocument, raw: Referenced<SpecParameter>, where: string): ParameterModel {
  const p = resolveRef(document, raw);
  if (p.in !== "path" && p.in !== "query") throw new ModelError(where, `parameter "${String(p.name)}" is in ${String(p.in)}; only path and query are supported`);
  if (!p.schema) throw new ModelError(where, `parameter "${String(p.name)}" has no schema`);
  return {
    name: String(p.name),
    in: p.in,
    style: p.style ?? null,
    required: p.in === "path" ? true : p.required === true,
    description: String(p.description ?? ""),
    schema: dereference(document, p.schema),
    schemaAsWritten: p.schema,
    example: p.example,
  };
}

function examplesOf(document: SpecDocument, media: SpecMediaType | undefined): NamedExample[] {
  if (!media) return [];
  const list = Object.entries(media.examples ?? {}).map(([name, node]) => {
    const ex = resolveRef(document, node);
    return { name, summary: String(ex.summary ?? name), value: ex.value };
  });
  if (list.length === 0 && "example" in media) list.push({ name: "example", summary: "Example", value: media.example });
  return list;
}

function buildRequestBody(document: SpecDocument, raw: Referenced<SpecRequestBody> | undefined, where: string): RequestBodyModel | null {
  if (!raw) return null;
  const body = resolveRef(document, raw);
  const mediaType = REQUEST_MEDIA_TYPES.find((type) => body.content?.[type] !== undefined);
  const media = mediaType ? body.content?.[mediaType] : undefined;
  if (!mediaType || !media?.schema) throw new ModelError(where, `request body has no ${REQUEST_MEDIA_TYPES.join(" or ")} schema`);
  return {
    required: body.required === true,
    mediaType,
    schemaName: refName(media.schema),
    schema: dereference(document, media.schema),
    schemaAsWritten: media.schema,
    examples: examplesOf(document, media),
  };
}

function buildResponses(document: SpecDocument, operation: SpecOperation, where: string): ResponseModel[] {
  const raw = operation.responses ?? {};
  if (Object.keys(raw).length === 0) throw new ModelError(where, "no responses");
  return Object.entries(raw).map(([status, node]) => {
    const response = resolveRef(document, node);
    const mediaType = Object.keys(response.content ?? {})[0] ?? null;
    const media = response.content?.["application/json"];
    return {
      status: Number(status),
      description: String(response.description ?? ""),
      mediaType,
      componentName: refName(node),
      schemaName: media?.schema ? refName(media.schema) : null,
      schema: media?.schema ? dereference(document, media.schema) : null,
      schemaAsWritten: media?.schema ?? null,
      headers: Object.keys(response.headers ?? {}),
      examples: examplesOf(document, mediaType === null ? undefined : response.content?.[mediaType]),
    };
  });
}
