import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema, OpenApiDocument } from "../spec/openapi-document.js";
import { OperationIndex, type IndexedOperation } from "../spec/operation-index.js";
import { ajvErrorsToViolations } from "./ajv-errors-to-violations.js";
import type { NormalizedRequest, NormalizedResponse } from "./exchange-parts.js";
import { renderValue } from "./render-value.js";
import { resolveRef } from "./resolve-ref.js";
import { UnknownOperationError, UnknownSchemaError } from "./unknown-name-errors.js";
import type { Violation } from "./violation.js";

/** The `$id` the document's components are registered under, so `#/components/...` refs resolve. */
const SPEC_ID = "gorgias-contract-spec";

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  style: string | undefined;
  schema: JsonSchema | undefined;
}

/** Rewrites local `$ref`s of a schema taken from inside the document to point into the registered components. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${SPEC_ID}${value}` : anchorRefs(value);
  return out;
}

/** Whether a media type (`application/json; charset=utf-8`) is one a response documents (`application/json`, `application/*`). */
function mediaTypeMatches(actual: string, documented: string): boolean {
  const bare = actual.split(";")[0]?.trim().toLowerCase() ?? "";
  const [type, subtype] = documented.toLowerCase().split("/");
  const [actualType, actualSubtype] = bare.split("/");
  return (type === "*" || type === actualType) && (subtype === "*" || subtype === actualSubtype);
}

const cache = new WeakMap<OpenApiDocument, SpecValidators>();

/**
 * Compiled validators for one OpenAPI 3.1 document: named schemas, requests and responses of each
 * operation. Schemas compile on first use and stay cached; {@link SpecValidators.for} shares one
 * instance per document. Extensions (`x-gorgias-*`) are ignored, not refused.
 */
export class SpecValidators {
  readonly index: OperationIndex;
  private readonly exact = new Ajv2020({ allErrors: true, strict: false, verbose: true, logger: false });
  /** Path, query and header values arrive as strings: this one coerces them to the schema's types. */
  private readonly coercing = new Ajv2020({ allErrors: true, strict: false, verbose: true, logger: false, coerceTypes: "array" });
  private readonly compiled = new Map<string, ValidateFunction>();

  /** The validators of a document, compiled once and shared. */
  static for(document: OpenApiDocument): SpecValidators {
    let validators = cache.get(document);
    if (!validators) {
      validators = new SpecValidators(document);
      cache.set(document, validators);
    }
    return validators;
  }

  constructor(readonly document: OpenApiDocument) {
    this.index = new OperationIndex(document);
    for (const ajv of [this.exact, this.coercing]) {
      addFormats.default(ajv);
      ajv.addSchema({ $id: SPEC_ID, components: document.components ?? {} });
    }
  }

  /** The operation with this id; throws {@link UnknownOperationError} when the spec has none. */
  operation(operationId: string): IndexedOperation {
    const found = this.index.byId.get(operationId);
    if (!found) throw new UnknownOperationError(operationId, this.index.byId.keys());
    return found;
  }

  /** Checks a value against `components.schemas[name]`; throws {@link UnknownSchemaError} for an unknown name. */
  checkSchema(name: string, value: unknown): Violation[] {
    const schemas = this.document.components?.schemas ?? {};
    if (!Object.hasOwn(schemas, name)) throw new UnknownSchemaError(name, Object.keys(schemas));
    const validate = this.compile(`schema ${name}`, this.exact, { $ref: `${SPEC_ID}#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}` }, false);
    return validate(value) ? [] : ajvErrorsToViolations(validate.errors ?? [], "body");
  }

  /**
   * Checks a response against an operation: a documented status (or a `4XX` range, or `default`),
   * required and documented headers, the content type and the body against that status's schema.
   */
  checkResponse(operationId: string, response: NormalizedResponse): Violation[] {
    const { operation } = this.operation(operationId);
    const responses = operation.responses ?? {};
    const status = String(response.status);
    const key = [status, `${status[0]}XX`, "default"].find((k) => Object.hasOwn(responses, k));
    if (key === undefined) {
      return [{ part: "status", pointer: "", expected: `must be a documented status: ${Object.keys(responses).join(", ")}`, actual: status }];
    }
    const documented = resolveRef(this.document, responses[key]) ?? {};
    const violations: Violation[] = [];
    if (response.headers) {
      const headers = (documented.headers ?? {}) as Record<string, unknown>;
      for (const [name, raw] of Object.entries(headers)) {
        const header = resolveRef(this.document, raw);
        if (!header || name.toLowerCase() === "content-type") continue;
        const value = response.headers.get(name.toLowerCase());
        if (value === undefined) {
          if (header.required === true) violations.push({ part: "header", pointer: `/${name}`, expected: "is required" });
          continue;
        }
        const schema = header.schema as JsonSchema | undefined;
        if (schema === undefined) continue;
        const validate = this.compile(`${operationId} ${key} header ${name}`, this.coercing, { type: "object", properties: { [name]: schema } }, true);
        if (!validate({ [name]: value })) violations.push(...ajvErrorsToViolations(validate.errors ?? [], "header"));
      }
    }
    const content = (documented.content ?? {}) as Record<string, { schema?: JsonSchema } | undefined>;
    const mediaTypes = Object.keys(content);
    const hasBody = response.body !== undefined && response.body !== "";
    if (mediaTypes.length === 0) {
      if (hasBody) violations.push({ part: "body", pointer: "", expected: `must be empty: status ${status} of ${operationId} documents no body`, actual: renderValue(response.body) });
      return violations;
    }
    const contentType = response.headers?.get("content-type");
    let mediaType = mediaTypes.find((m) => /json/i.test(m)) ?? mediaTypes[0]!;
    if (contentType !== undefined) {
      const matching = mediaTypes.find((m) => mediaTypeMatches(contentType, m));
      if (matching === undefined) violations.push({ part: "content-type", pointer: "", expected: `must be ${mediaTypes.join(" or ")}`, actual: renderValue(contentType) });
      else mediaType = matching;
    } else if (response.headers && hasBody) {
      violations.push({ part: "content-type", pointer: "", expected: `must be ${mediaTypes.join(" or ")}` });
    }
    const schema = content[mediaType]?.schema;
    if (schema !== undefined) {
      const validate = this.compile(`${operationId} ${key} ${mediaType}`, this.exact, schema, true);
      if (!validate(response.body)) violations.push(...ajvErrorsToViolations(validate.errors ?? [], "body"));
    }
    return violations;
  }

  /**
   * Checks a request against an operation: method and path, path parameters and query against
   * their schemas (strings coerced), required parameters, no parameter the operation lacks, and
   * the body against the request body's schema.
   */
  checkRequest(operationId: string, request: NormalizedRequest): Violation[] {
    const entry = this.operation(operationId);
    const match = this.index.match(request.method, request.path);
    if (match?.operationId !== operationId) {
      return [{ part: "path", pointer: "", expected: `must be ${entry.method.toUpperCase()} ${entry.path} (${operationId})`, actual: `${request.method} ${request.path}${match ? ` (${match.operationId})` : ""}` }];
    }
    const parameters = this.parameters(entry);
    const violations: Violation[] = [];
    violations.push(...this.checkParameters(operationId, "path", parameters, match.pathParams));
    const query = this.queryValues(parameters, request.query);
    for (const name of Object.keys(query)) {
      if (!parameters.some((p) => p.in === "query" && p.name === name)) {
        violations.push({ part: "query", pointer: `/${name}`, expected: `must not be sent: ${operationId} has no such query parameter`, actual: renderValue(query[name], `/${name}`) });
      }
    }
    violations.push(...this.checkParameters(operationId, "query", parameters, query));
    if (request.headers) {
      const headers: Record<string, string> = {};
      for (const p of parameters) {
        const value = p.in === "header" ? request.headers.get(p.name.toLowerCase()) : undefined;
        if (value !== undefined) headers[p.name] = value;
      }
      violations.push(...this.checkParameters(operationId, "header", parameters, headers));
    }
    violations.push(...this.checkRequestBody(entry, request));
    return violations;
  }

  private checkRequestBody(entry: IndexedOperation, request: NormalizedRequest): Violation[] {
    const requestBody = resolveRef(this.document, entry.operation.requestBody);
    const hasBody = request.body !== undefined;
    if (!requestBody) {
      return hasBody ? [{ part: "body", pointer: "", expected: `must be empty: ${entry.operationId} takes no request body`, actual: renderValue(request.body) }] : [];
    }
    if (!hasBody) return requestBody.required === true ? [{ part: "body", pointer: "", expected: "is required" }] : [];
    const content = (requestBody.content ?? {}) as Record<string, { schema?: JsonSchema } | undefined>;
    const mediaTypes = Object.keys(content);
    const contentType = request.headers?.get("content-type");
    const violations: Violation[] = [];
    let mediaType = mediaTypes.find((m) => /json/i.test(m)) ?? mediaTypes[0];
    if (contentType !== undefined && mediaTypes.length > 0) {
      const matching = mediaTypes.find((m) => mediaTypeMatches(contentType, m));
      if (matching === undefined) violations.push({ part: "content-type", pointer: "", expected: `must be ${mediaTypes.join(" or ")}`, actual: renderValue(contentType) });
      else mediaType = matching;
    }
    const schema = mediaType === undefined ? undefined : content[mediaType]?.schema;
    if (schema !== undefined) {
      const validate = this.compile(`${entry.operationId} request ${mediaType}`, this.exact, schema, true);
      if (!validate(request.body)) violations.push(...ajvErrorsToViolations(validate.errors ?? [], "body"));
    }
    return violations;
  }

  /** Validates one location's parameters as one object schema (coercing strings), each under `/name`. */
  private checkParameters(operationId: string, location: "path" | "query" | "header", parameters: Parameter[], values: Record<string, unknown>): Violation[] {
    const own = parameters.filter((p) => p.in === location);
    if (own.length === 0) return [];
    const schema = {
      type: "object",
      properties: Object.fromEntries(own.map((p) => [p.name, p.schema ?? {}])),
      required: own.filter((p) => p.required).map((p) => p.name),
    };
    const validate = this.compile(`${operationId} ${location} parameters`, this.coercing, schema, true);
    // Coercion rewrites values in place: check a copy so the caller's object stays as sent.
    const copy = structuredClone(values);
    if (validate(copy)) return [];
    // A credential header's value is redacted by its name (see renderValue).
    return ajvErrorsToViolations(validate.errors ?? [], location);
  }

  /** Query values by parameter name; `style: deepObject` parameters are gathered from `name[key]` keys. */
  private queryValues(parameters: Parameter[], query: Record<string, string | string[]>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const deep = new Set(parameters.filter((p) => p.in === "query" && p.style === "deepObject").map((p) => p.name));
    for (const [key, value] of Object.entries(query)) {
      const bracket = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key);
      if (bracket && deep.has(bracket[1]!)) {
        const object = (values[bracket[1]!] ??= {}) as Record<string, unknown>;
        object[bracket[2]!] = value;
      } else values[key] = value;
    }
    return values;
  }

  /** The operation's parameters with its path item's, the operation's own winning by name and location. */
  private parameters(entry: IndexedOperation): Parameter[] {
    const item = this.document.paths?.[entry.path];
    const all = [...((item?.parameters as unknown[] | undefined) ?? []), ...(entry.operation.parameters ?? [])];
    const byKey = new Map<string, Parameter>();
    for (const raw of all) {
      const p = resolveRef(this.document, raw);
      if (!p || typeof p.name !== "string") continue;
      byKey.set(`${String(p.in)} ${p.name}`, {
        name: p.name,
        in: p.in as Parameter["in"],
        required: p.required === true || p.in === "path",
        style: typeof p.style === "string" ? p.style : undefined,
        schema: p.schema as JsonSchema | undefined,
      });
    }
    return [...byKey.values()];
  }

  private compile(key: string, ajv: Ajv2020, schema: JsonSchema, anchor: boolean): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile((anchor ? anchorRefs(schema) : schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
