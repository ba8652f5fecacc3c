import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { operationsById } from "@gorgias-kit/spec/operations";
import { components, componentsId } from "@gorgias-kit/spec/schemas";
import { inputValidationSchemas } from "./generated/input-validation.gen.js";
import type { ToolRoute } from "./generated/tool-routes.gen.js";
import { REDACTED, redactedPlaceholderIn } from "./redaction.js";

/** A call's arguments split into the parts of the HTTP request. */
export interface RequestParts {
  path: Record<string, string | number>;
  query: Record<string, unknown>;
  /** The JSON body: an object of the body fields given, or (for a route taking its body whole) the `body` argument. */
  body: unknown;
}

/** `messages/0/channel` → `messages[0].channel`. */
function fieldPath(instancePath: string, child?: string): string {
  const parts = instancePath.split("/").filter(Boolean);
  if (child !== undefined) parts.push(child);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `\`${fieldPath(error.instancePath, String(params.missingProperty))}\` is required`;
    case "additionalProperties":
      return `\`${fieldPath(error.instancePath, String(params.additionalProperty))}\` is not a field of this tool`;
    case "enum":
      return `\`${fieldPath(error.instancePath)}\` must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `\`${fieldPath(error.instancePath)}\` must be ${String(params.type).replace(",", " or ")}`;
    default:
      return `\`${fieldPath(error.instancePath) || "arguments"}\` ${error.message ?? "is invalid"}`;
  }
}

/**
 * Checks a call's arguments before anything is sent: against the tool's complete input schema
 * (every field the API states, so an unknown field is refused by name), the body's own
 * `minProperties`, the body size limit, and no redacted header value handed back as if it were real.
 */
export class ArgumentValidator {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly maxBodyBytes: number) {
    addFormats.default(this.ajv);
    // The complete input schemas `$ref` the spec's component schemas rather than repeat them.
    this.ajv.addSchema({ $id: componentsId, components });
  }

  private validator(tool: string): ValidateFunction {
    let validate = this.compiled.get(tool);
    if (!validate) {
      const schema = inputValidationSchemas[tool];
      if (!schema) throw new Error(`No input schema for tool "${tool}".`);
      validate = this.ajv.compile(schema);
      this.compiled.set(tool, validate);
    }
    return validate;
  }

  /** The problems with the arguments (empty when they are fine), each naming its field. */
  problems(tool: string, route: ToolRoute, args: Readonly<Record<string, unknown>>): string[] {
    const validate = this.validator(tool);
    if (!validate(args)) {
      const seen = new Set<string>();
      for (const error of validate.errors ?? []) seen.add(describe(error));
      return [...seen];
    }
    const placeholder = redactedPlaceholderIn(args);
    if (placeholder) {
      return [`\`${placeholder}\` is "${REDACTED}", the placeholder tool results show in place of a credential header: give the real value`];
    }
    const { body } = split(route, args);
    if (route.bodyMinProperties !== null && Object.keys(typeof body === "object" && body !== null ? body : {}).length < route.bodyMinProperties) {
      return [`give at least ${route.bodyMinProperties} of the fields ${route.bodyFields.map((f) => `\`${f}\``).join(", ")}`];
    }
    if (body !== undefined) {
      const bytes = Buffer.byteLength(JSON.stringify(body));
      if (bytes > this.maxBodyBytes) {
        if (route.wholeBody) return [`the request body is ${bytes} bytes, over the ${this.maxBodyBytes}-byte limit`];
        const [field, size] = Object.entries(body as Record<string, unknown>)
          .map(([name, value]) => [name, Buffer.byteLength(JSON.stringify(value))] as const)
          .sort((a, b) => b[1] - a[1])[0]!;
        return [`the request body is ${bytes} bytes, over the ${this.maxBodyBytes}-byte limit; the largest field is \`${field}\` (${size} bytes)`];
      }
    }
    return [];
  }
}

/**
 * Puts each argument where the operation table says: path, query or body. A body is sent only when
 * a body field is given; a route that takes its body whole sends its `body` argument as it is.
 */
export function split(route: ToolRoute, args: Readonly<Record<string, unknown>>): RequestParts {
  const op = operationsById.get(route.operationId)!;
  const parts: RequestParts = { path: {}, query: {}, body: undefined };
  const fields: Record<string, unknown> = {};
  let hasField = false;
  for (const [name, value] of Object.entries(args)) {
    if (op.pathParams.includes(name)) parts.path[name] = value as string | number;
    else if (op.queryParams.includes(name)) parts.query[name] = value;
    else if (route.bodyFields.includes(name)) {
      fields[name] = value;
      hasField = true;
    }
  }
  if (route.wholeBody) parts.body = fields.body;
  else if (hasField || (route.bodyFields.length > 0 && op.body === "required")) parts.body = fields;
  return parts;
}
