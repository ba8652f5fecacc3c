import { components, componentsId } from "@gorgias-kit/spec/schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Schema = Record<string, unknown>;

const COMPONENT_REF = new RegExp(`^(?:${componentsId})?#/components/schemas/([^/]+)$`);
const componentSchemas: Readonly<Record<string, Schema>> = components.schemas;

/**
 * Follows `$ref`s from a tool's schema to the shape they name: `#/$defs/x` in the tool schema
 * `root`, `gorgias#/components/schemas/X` (and a component's own `#/components/schemas/Y`) in the
 * shared components of `@gorgias-kit/spec/schemas`.
 */
export function followRefs(root: Schema, node: Schema): Schema {
  let current = node;
  for (let ref = current.$ref; typeof ref === "string"; ref = current.$ref) {
    const component = COMPONENT_REF.exec(ref)?.[1];
    const target = component !== undefined ? componentSchemas[component] : ref.startsWith("#/$defs/") ? (root.$defs as Record<string, Schema>)[ref.slice("#/$defs/".length)] : undefined;
    if (!target) throw new Error(`Unresolved $ref "${ref}".`);
    current = target;
  }
  return current;
}

/** An ajv for tool schemas as the server configures it: formats, and the shared components registered. */
export function toolSchemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: componentsId, components });
  return ajv;
}
