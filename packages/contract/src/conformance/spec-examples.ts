import type { OpenApiDocument, OperationObject } from "../spec/openapi-document.js";
import { resolveRef } from "../validate/resolve-ref.js";

/** A parameter of an operation as conformance reads it: its example and the bounds of its schema. */
export interface ExampleParameter {
  name: string;
  in: string;
  required: boolean;
  style: string | undefined;
  example: unknown;
  schema: Record<string, unknown>;
}

/** The first example a node states: `example`, the first of `examples` (a map of Example objects), or its schema's `example`. */
function firstExample(document: OpenApiDocument, node: Record<string, unknown>): unknown {
  if (node.example !== undefined) return node.example;
  const examples = node.examples;
  if (examples && typeof examples === "object" && !Array.isArray(examples)) {
    const first = Object.values(examples)[0];
    const resolved = resolveRef(document, first);
    if (resolved && "value" in resolved) return resolved.value;
  }
  const schema = resolveRef(document, node.schema);
  return schema?.example;
}

/** An operation's parameters (its path item's included, the operation's own winning), with their examples. */
export function exampleParameters(document: OpenApiDocument, path: string, operation: OperationObject): ExampleParameter[] {
  const item = document.paths?.[path];
  const byKey = new Map<string, ExampleParameter>();
  for (const raw of [...((item?.parameters as unknown[] | undefined) ?? []), ...(operation.parameters ?? [])]) {
    const p = resolveRef(document, raw);
    if (!p || typeof p.name !== "string") continue;
    byKey.set(`${String(p.in)} ${p.name}`, {
      name: p.name,
      in: String(p.in),
      required: p.required === true || p.in === "path",
      style: typeof p.style === "string" ? p.style : undefined,
      example: firstExample(document, p),
      schema: resolveRef(document, p.schema) ?? {},
    });
  }
  return [...byKey.values()];
}

/** How a request body is sent: JSON, or a multipart form (an upload); undefined when the operation takes neither. */
export function bodyKind(document: OpenApiDocument, operation: OperationObject): "json" | "multipart" | undefined {
  const content = (resolveRef(document, operation.requestBody)?.content ?? {}) as Record<string, unknown>;
  const types = Object.keys(content);
  if (types.some((type) => /json/i.test(type))) return "json";
  return types.some((type) => /^multipart\/form-data/i.test(type)) ? "multipart" : undefined;
}

/**
 * The request body's examples by name (`example` alone is named `example`), from its JSON media
 * type, or its multipart one (each property a part); empty when there is neither.
 */
export function bodyExamples(document: OpenApiDocument, operation: OperationObject): [string, unknown][] {
  const requestBody = resolveRef(document, operation.requestBody);
  const content = (requestBody?.content ?? {}) as Record<string, Record<string, unknown>>;
  const kind = bodyKind(document, operation);
  const media = Object.entries(content).find(([type]) => (kind === "multipart" ? /^multipart\/form-data/i : /json/i).test(type))?.[1];
  if (!media) return [];
  if (media.examples && typeof media.examples === "object") {
    return Object.entries(media.examples as Record<string, unknown>).map(([name, example]) => [name, resolveRef(document, example)?.value]);
  }
  const single = firstExample(document, media);
  return single === undefined ? [] : [["example", single]];
}

/** The JSON request body's schema with `$ref`s at its top followed, or undefined. */
export function bodySchema(document: OpenApiDocument, operation: OperationObject): Record<string, unknown> | undefined {
  const requestBody = resolveRef(document, operation.requestBody);
  const content = (requestBody?.content ?? {}) as Record<string, Record<string, unknown>>;
  const media = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
  return media ? resolveRef(document, media.schema) : undefined;
}
