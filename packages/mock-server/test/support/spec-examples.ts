import { operationById, spec, specOperations, type SpecOperation } from "./spec-conformance.js";

type Obj = Record<string, any>;

function resolve(node: Obj): Obj {
  let current = node;
  while (current && typeof current.$ref === "string") current = current.$ref.slice(2).split("/").reduce((o: Obj, k: string) => o[k], spec);
  return current;
}

export interface ParameterExample {
  name: string;
  in: "path" | "query";
  style: string | undefined;
  required: boolean;
  example: unknown;
}

/** One request the spec's own examples describe for an operation. */
export interface ExampleRequest {
  operation: SpecOperation;
  /** `body example name` or `no body`. */
  label: string;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** How the body is sent: JSON, or a multipart form of files (each value a file's text, under its label). */
  form: boolean;
}

export function parametersOf(op: SpecOperation): ParameterExample[] {
  return ((op.operation.parameters as Obj[] | undefined) ?? []).map(resolve).map((p) => ({ name: p.name, in: p.in, style: p.style, required: p.required === true, example: p.example }));
}

/** Every example request of every operation: parameter examples, with each requestBody example in turn. */
export function exampleRequests(): ExampleRequest[] {
  return specOperations.flatMap((op) => {
    const params = parametersOf(op);
    const path = Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, p.example]));
    // The cursor examples are cursors the mock issues for its default seed, so they are sent too.
    const query = Object.fromEntries(params.filter((p) => p.in === "query" && p.example !== undefined).map((p) => [p.name, p.example]));
    const content = op.operation.requestBody ? resolve(op.operation.requestBody).content : null;
    const form = content?.["multipart/form-data"] !== undefined;
    const media = content ? (content["application/json"] ?? content["multipart/form-data"]) : null;
    const bodies: [string, unknown][] = media
      ? Object.entries((media.examples as Obj | undefined) ?? (media.example !== undefined ? { example: { value: media.example } } : {})).map(([name, ex]) => [name, resolve(ex as Obj).value])
      : [["no body", undefined]];
    return bodies.map(([label, body]) => ({ operation: op, label, path, query, body, form }));
  });
}

/** Serializes query values as the spec says: repeated keys for arrays, brackets for deepObject. */
export function queryString(op: SpecOperation, query: Record<string, unknown>): string {
  const styles = new Map(parametersOf(op).map((p) => [p.name, p.style]));
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (styles.get(name) === "deepObject" && value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) params.append(`${name}[${k}]`, String(v));
    } else if (Array.isArray(value)) for (const v of value) params.append(name, String(v));
    else params.append(name, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function pathOf(op: SpecOperation, values: Record<string, unknown>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

export { operationById };

/** The `call` options that send an example's body: as JSON, or as a multipart form of files. */
export function exampleBody(example: Pick<ExampleRequest, "body" | "form">): { body?: unknown; form?: Record<string, string> } {
  if (example.body === undefined) return {};
  return example.form ? { form: example.body as Record<string, string> } : { body: example.body };
}
