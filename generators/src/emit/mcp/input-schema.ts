import { ModelError } from "../../model/model-error.js";
import type { Referenced, SpecSchema } from "../../load/spec-document.js";
import type { ApiModel, JsonSchema, OperationModel } from "../../model/types.js";
import { compactSchema, mainClause, type CompactOptions } from "./compact-schema.js";
import { withComponentRefs } from "../component-schemas/component-refs.js";
import { shareableComponents, type SharedComponents } from "./shareable-components.js";
import { shareRepeatedSubschemas } from "./shared-subschemas.js";
import { withSingleTypes } from "./single-type-schema.js";

/** Where each argument of a tool goes in the HTTP request. */
export interface ArgumentRoute {
  path: string[];
  query: string[];
  body: string[];
}

/** Enums longer than this are left to the description's typical values in the manifest (the server still checks them). */
const MAX_ENUM_VALUES = 12;

export interface ToolInput {
  schema: JsonSchema;
  args: ArgumentRoute;
  /** The body's own `minProperties`, which no longer holds once path and query arguments sit beside it. */
  bodyMinProperties: number | null;
  /** The body is not an object (a bare array or value): the tool takes it whole, as its `body` argument. */
  wholeBody: boolean;
}

/** Compact (the manifest): required and example-used fields, main clauses of top-level descriptions, short enums, upper bounds. */
const COMPACT: CompactOptions = { lowerBounds: false, descriptionDepth: 1, pruneUncommon: true, maxEnumValues: MAX_ENUM_VALUES, patterns: false, validationOnly: false };

/** Full (what the server validates): every field and constraint, no descriptions. */
export const FULL: CompactOptions = { lowerBounds: true, descriptionDepth: -1, pruneUncommon: false, maxEnumValues: null, patterns: true, validationOnly: true };

/** The components the full input schemas reference in `@gorgias-kit/spec/schemas` rather than inline. */
export function sharedComponents(model: ApiModel): SharedComponents {
  return { document: model.document, shareable: shareableComponents(model, FULL) };
}

/**
 * The one input schema of a tool: path, query and body parameters merged into a flat object,
 * compacted and with repeated shapes shared in `$defs`. The model's `$ref`s are inlined, except,
 * in the full schema given `shared`, those to the shared components it can reference instead.
 */
export function toolInput(op: OperationModel, detail: "compact" | "full", shared: SharedComponents | null = null): ToolInput {
  const body = detail === "compact" ? COMPACT : FULL;
  const refs = detail === "full" ? shared : null;
  const schemaOf = (inlined: JsonSchema, asWritten: Referenced<SpecSchema>, top: boolean) =>
    refs ? withComponentRefs(refs.document, asWritten, refs.shareable, top) : inlined;
  // Every parameter is shown: a parameter is a filter or an address, not an optional payload field.
  const parameterOptions: CompactOptions = { ...body, pruneUncommon: false };
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const args: ArgumentRoute = { path: [], query: [], body: [] };
  let bodyMinProperties: number | null = null;
  let wholeBody = false;
  // The complete schema refuses unknown fields; the compact one only when it shows every body field.
  let closed = true;
  const claim = (name: string, from: string) => {
    if (name in properties) {
      throw new ModelError(`operation ${op.id}`, `"${name}" is both a parameter and a ${from} field; a flat MCP input cannot hold both`);
    }
  };

  for (const parameter of op.parameters) {
    claim(parameter.name, `${parameter.in} parameter`);
    const { description: schemaDescription, ...schema } = compactSchema(schemaOf(parameter.schema, parameter.schemaAsWritten, false), parameterOptions);
    // A path parameter is named by the tool it addresses (`get_ticket`'s `id`): no description needed.
    const description = detail === "compact" && parameter.in === "query" ? mainClause(parameter.description) || schemaDescription : undefined;
    properties[parameter.name] = description ? { ...schema, description } : schema;
    if (parameter.required) required.push(parameter.name);
    args[parameter.in].push(parameter.name);
  }

  if (op.requestBody) {
    const written = schemaOf(op.requestBody.schema, op.requestBody.schemaAsWritten, true);
    const bodySchema = compactSchema(written, body, op.requestBody.examples.map((e) => e.value));
    const bodyProperties = bodySchema.properties;
    if (bodySchema.type === "object" && bodyProperties) {
      for (const [name, field] of Object.entries(bodyProperties)) {
        claim(name, "body");
        properties[name] = field;
        args.body.push(name);
      }
      // An optional body's required fields only bind when a body is sent, which the flat schema cannot say.
      if (op.requestBody.required) required.push(...(bodySchema.required ?? []));
      if (typeof bodySchema.minProperties === "number") bodyMinProperties = bodySchema.minProperties;
      if (detail === "compact" && bodySchema.additionalProperties !== false) closed = false;
    } else {
      // A bare array or value (the live custom-field value bodies) has no fields to spread: the tool takes it whole.
      claim("body", "request");
      properties.body = bodySchema;
      args.body.push("body");
      if (op.requestBody.required) required.push("body");
      wholeBody = true;
    }
  }

  const schema: JsonSchema = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  if (closed) schema.additionalProperties = false;
  // The manifest spells nullable fields as `anyOf` for clients without type arrays; the server's
  // complete schema keeps the spec's type arrays, whose validation errors name the expected types.
  const portable = detail === "compact" ? withSingleTypes(schema) : schema;
  return { schema: shareRepeatedSubschemas(portable), args, bodyMinProperties, wholeBody };
}
