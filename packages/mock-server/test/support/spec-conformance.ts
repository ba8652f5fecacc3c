import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Obj = Record<string, any>;

/** The bundled spec, as published in packages/spec. */
export const spec: Obj = JSON.parse(readFileSync(fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url)), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema({ $id: "spec", components: spec.components });

function resolve(node: Obj): Obj {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref.slice(2).split("/").reduce((o: Obj, k: string) => o[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current;
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === "object") {
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `spec${v}` : rewriteRefs(v);
    return out;
  }
  return node;
}

export interface SpecOperation {
  id: string;
  method: string;
  path: string;
  operation: Obj;
}

export const specOperations: SpecOperation[] = Object.entries(spec.paths as Obj).flatMap(([path, item]) =>
  Object.entries(resolve(item as Obj))
    .filter(([method]) => ["get", "put", "post", "delete", "patch"].includes(method))
    .map(([method, operation]) => ({ id: (operation as Obj).operationId as string, method: method.toUpperCase(), path, operation: operation as Obj })),
);

export const operationById = new Map(specOperations.map((o) => [o.id, o]));

const cache = new Map<string, ValidateFunction | null>();

/** Statuses any operation may answer at the transport level although the spec does not list them per operation: 404 for a path that is no endpoint. */
export const TRANSPORT_STATUSES = new Set([404]);

/**
 * Problems with a response against the spec's description of the operation: a documented status,
 * a body matching that status's schema, and the rate-limit usage header. Empty when it conforms.
 */
export function conformanceProblems(operationId: string, status: number, headers: Headers, body: unknown): string[] {
  const op = operationById.get(operationId);
  if (!op) return [`unknown operation ${operationId}`];
  const problems: string[] = [];
  const usage = headers.get("x-gorgias-account-api-call-limit");
  if (!usage || !/^[0-9]+\/[0-9]+$/.test(usage)) problems.push(`X-Gorgias-Account-Api-Call-Limit missing or malformed: ${usage}`);
  const declared = op.operation.responses[String(status)];
  if (!declared) {
    if (!TRANSPORT_STATUSES.has(status)) return [...problems, `status ${status} is not documented for ${operationId}`];
    const validate = componentValidator("Error");
    if (!validate(body)) problems.push(`undocumented ${status} without the Error body: ${ajv.errorsText(validate.errors)}`);
    return problems;
  }
  const response = resolve(declared);
  // A body of another media type (a CSV export) is checked by its Content-Type; JSON against its schema.
  const mediaType = Object.keys(response.content ?? {})[0];
  if (mediaType !== undefined && mediaType !== "application/json") {
    const sent = headers.get("content-type")?.split(";")[0]?.trim();
    if (sent !== mediaType) problems.push(`status ${status} is ${mediaType} in the spec, got Content-Type ${String(sent)}`);
    return [...problems, ...missingHeaders(response, status, headers)];
  }
  const key = `${operationId} ${status}`;
  if (!cache.has(key)) {
    const schema = response.content?.["application/json"]?.schema;
    cache.set(key, schema ? ajv.compile(rewriteRefs(schema) as Obj) : null);
  }
  const validate = cache.get(key)!;
  if (validate === null) {
    if (body !== null && body !== undefined && body !== "") problems.push(`status ${status} has no body in the spec, got one`);
  } else if (!validate(body)) {
    problems.push(`body of ${status} does not match the spec: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
  return [...problems, ...missingHeaders(response, status, headers)];
}

function missingHeaders(response: Obj, status: number, headers: Headers): string[] {
  return Object.keys(response.headers ?? {}).filter((name) => !headers.has(name)).map((name) => `header ${name} documented for ${status} is missing`);
}

/** The status an operation answers on success: its 2xx, or its redirect when it documents no 2xx (a file download's 307). */
export function successStatusOf(op: SpecOperation): number {
  const statuses = Object.keys(op.operation.responses);
  return Number(statuses.find((s) => s.startsWith("2")) ?? statuses.find((s) => s.startsWith("3")));
}

export function componentValidator(name: string): ValidateFunction {
  return ajv.getSchema(`spec#/components/schemas/${name}`)!;
}

/** The schema validator of a delivery webhook's body (the trigger's render context). */
export function deliveryValidator(trigger: string): ValidateFunction {
  const item = resolve(spec.webhooks[trigger]);
  const schema = item.post.requestBody.content["application/json"].schema;
  return ajv.compile(rewriteRefs(schema) as Obj);
}
