import { dereference, refName, resolveRef } from "./json-schema.js";
import { ModelError } from "./model-error.js";
import { ACCESS, PAGINATION, PROVENANCE, SIDE_EFFECTS } from "./vocabulary.js";
import {
  type Access,
  type AreaModel,
  type HttpMethod,
  type JsonSchema,
  type LiveDifference,
  type NamedExample,
  type OperationModel,
  type Pagination,
  type ParameterModel,
  type Provenance,
  type RequestBodyModel,
  type ResponseModel,
  type SideEffect,
} from "./types.js";

type Obj = Record<string, unknown>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;


/** Builds one operation of the model from its OpenAPI operation object. */
export function buildOperation(
  document: Obj,
  path: string,
  method: (typeof HTTP_METHODS)[number],
  operation: Obj,
  pathLevelParameters: unknown[],
  areasByTag: Map<string, AreaModel>,
): OperationModel {
  const id = typeof operation.operationId === "string" ? operation.operationId : "";
  const where = id ? `operation ${id} (${method.toUpperCase()} ${path})` : `${method.toUpperCase()} ${path}`;
  const need = (fact: string): never => {
    throw new ModelError(where, fact);
  };
  if (!id) need("missing operationId");

  const tags = Array.isArray(operation.tags) ? operation.tags : [];
  if (tags.length !== 1) need("needs exactly one area tag");
  const area = areasByTag.get(String(tags[0]));
  if (!area) need(`tag "${String(tags[0])}" is not declared with an x-gorgias-id in the root tags`);

  const access = operation["x-gorgias-access"] as Access;
  if (!ACCESS.includes(access)) need("missing x-gorgias-access (read or write)");
  if (!("x-gorgias-webhook" in operation)) need("missing x-gorgias-webhook (an event name or null)");
  const webhook = operation["x-gorgias-webhook"];
  if (webhook !== null && typeof webhook !== "string") need("x-gorgias-webhook must be an event name or null");
  const sideEffects = operation["x-gorgias-side-effects"];
  if (!Array.isArray(sideEffects)) need("missing x-gorgias-side-effects (a list, possibly empty)");
  for (const effect of sideEffects as unknown[]) {
    if (!SIDE_EFFECTS.includes(effect as SideEffect)) need(`unknown side effect "${String(effect)}"`);
  }
  const provenance = operation["x-gorgias-provenance"] as Provenance;
  if (!PROVENANCE.includes(provenance)) need("missing x-gorgias-provenance (guide-table or guide-prose)");
  const pagination = operation["x-gorgias-pagination"] as Pagination;
  if (!PAGINATION.includes(pagination)) need("missing x-gorgias-pagination (cursor or none)");
  const client = operation["x-gorgias-client"] as { resource?: unknown; method?: unknown } | undefined;
  if (!client || typeof client.resource !== "string" || typeof client.method !== "string") {
    need("missing x-gorgias-client {resource, method}");
  }

  const scopes = oauthScopes(operation);
  if (scopes.length === 0) need("missing OAuth scope: security lists no oauth2 requirement");
  const byType = (operation["x-gorgias-scope-by-type"] as Record<string, string> | undefined) ?? null;
  if (scopes.length > 1 && !byType) need("several OAuth scopes but no x-gorgias-scope-by-type");

  const parameters = [...pathLevelParameters, ...((operation.parameters as unknown[]) ?? [])].map((p) =>
    buildParameter(document, p, where),
  );
  const responses = buildResponses(document, operation, where);
  const success = responses.find((r) => r.status >= 200 && r.status < 300);
  if (!success) need("no 2xx response");

  let itemSchemaName: string | null = null;
  if (pagination === "cursor") {
    const list = success!.schemaName ? resolveRef<Obj>(document, { $ref: `#/components/schemas/${success!.schemaName}` }) : null;
    const items = ((list?.properties as Obj | undefined)?.data as Obj | undefined)?.items;
    itemSchemaName = refName(items);
    if (!itemSchemaName) need("a cursor list must return a named list schema whose data items are a named schema");
    for (const name of ["limit", "cursor"]) {
      if (!parameters.some((p) => p.name === name && p.in === "query")) need(`a cursor list must take the "${name}" query parameter`);
    }
  }

  const live = operation["x-gorgias-live"] as LiveDifference | undefined;
  return {
    id,
    method: method.toUpperCase() as HttpMethod,
    path,
    area: area!.id,
    summary: String(operation.summary ?? need("missing summary")),
    description: String(operation.description ?? "").trim(),
    access,
    scope: scopes.length === 1 ? scopes[0]! : null,
    scopes,
    scopeByType: byType,
    webhook: (webhook as string | null) ?? null,
    sideEffects: sideEffects as SideEffect[],
    provenance,
    pagination,
    client: { resource: client!.resource as string, method: client!.method as string },
    live: live ? { method: live.method, path: live.path, note: live.note } : null,
    inferred: Array.isArray(operation["x-gorgias-inferred"]) ? (operation["x-gorgias-inferred"] as string[]) : [],
    parameters,
    requestBody: buildRequestBody(document, operation.requestBody, where),
    responses,
    success: success!,
    itemSchemaName,
  };
}

function oauthScopes(operation: Obj): string[] {
  const scopes: string[] = [];
  for (const requirement of (operation.security as Obj[] | undefined) ?? []) {
    const oauth = requirement?.oauth2;
    if (Array.isArray(oauth)) scopes.push(...(oauth as string[]));
  }
  return scopes;
}

function buildParameter(document: Obj, raw: unknown, where: string): ParameterModel {
  const p = resolveRef<Obj>(document, raw);
  if (p.in !== "path" && p.in !== "query") throw new ModelError(where, `parameter "${String(p.name)}" is in ${String(p.in)}; only path and query are supported`);
  if (!p.schema) throw new ModelError(where, `parameter "${String(p.name)}" has no schema`);
  return {
    name: String(p.name),
    in: p.in,
    required: p.in === "path" ? true : p.required === true,
    description: String(p.description ?? ""),
    schema: dereference(document, p.schema),
    example: p.example,
  };
}

function examplesOf(media: Obj | undefined): NamedExample[] {
  if (!media) return [];
  const named = (media.examples as Record<string, Obj> | undefined) ?? {};
  const list = Object.entries(named).map(([name, ex]) => ({
    name,
    summary: String(ex.summary ?? name),
    value: ex.value,
  }));
  if (list.length === 0 && "example" in media) list.push({ name: "example", summary: "Example", value: media.example });
  return list;
}

function buildRequestBody(document: Obj, raw: unknown, where: string): RequestBodyModel | null {
  if (!raw) return null;
  const body = resolveRef<Obj>(document, raw);
  const media = (body.content as Record<string, Obj> | undefined)?.["application/json"];
  if (!media?.schema) throw new ModelError(where, "request body has no application/json schema");
  return {
    required: body.required === true,
    schemaName: refName(media.schema),
    schema: dereference(document, media.schema),
    examples: examplesOf(media),
  };
}

function buildResponses(document: Obj, operation: Obj, where: string): ResponseModel[] {
  const raw = (operation.responses as Record<string, unknown> | undefined) ?? {};
  if (Object.keys(raw).length === 0) throw new ModelError(where, "no responses");
  return Object.entries(raw).map(([status, node]) => {
    const response = resolveRef<Obj>(document, node);
    const media = (response.content as Record<string, Obj> | undefined)?.["application/json"];
    return {
      status: Number(status),
      description: String(response.description ?? ""),
      componentName: refName(node),
      schemaName: media?.schema ? refName(media.schema) : null,
      schema: media?.schema ? dereference(document, media.schema) : null,
      headers: Object.keys((response.headers as Obj | undefined) ?? {}),
      examples: examplesOf(media),
    };
  });
}
