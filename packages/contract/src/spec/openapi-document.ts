/**
 * The parts of an OpenAPI 3.1 document the contract tools read. Kept structural (not the bundled
 * spec's generated types) because `verify` reads any version of the spec, including future ones.
 */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  paths?: Record<string, PathItem>;
  components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, unknown> };
  [extension: string]: unknown;
}

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options";
export const HTTP_METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "patch", "head", "options"];

export type PathItem = Partial<Record<HttpMethod, OperationObject>> & { parameters?: unknown[]; [key: string]: unknown };

export interface OperationObject {
  operationId?: string;
  deprecated?: boolean;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it); left open because schemas are data here. */
export type JsonSchema = Record<string, unknown> | boolean;
