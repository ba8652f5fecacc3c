import type { ApiModel } from "../../model/types.js";
import { formatTypeScript, generatedFolderReadme, tsHeader, type GeneratedFile } from "../generated-file.js";
import { operationSchemasById } from "./operation-schemas.js";

const FOLDER = "packages/mock-server/src/generated";

/** The mock server's generated sources: per-operation validator schemas and API facts. The router reads the operation table from `@gorgias-kit/spec/operations`. */
export function emitMock(model: ApiModel): GeneratedFile[] {
  return [
    { path: `${FOLDER}/schemas.gen.ts`, contents: formatTypeScript("schemas.gen.ts", renderSchemas(model)) },
    { path: `${FOLDER}/api-facts.gen.ts`, contents: formatTypeScript("api-facts.gen.ts", renderFacts(model)) },
    generatedFolderReadme(
      FOLDER,
      "The per-operation JSON Schemas the mock's request and response validators compile (`schemas.gen.ts`; named schemas are `$ref`s into the component schemas of `@gorgias-kit/spec/schemas`), and the webhook events its behaviour follows (`api-facts.gen.ts`); rate limits, OAuth facts and scopes come from `@gorgias-kit/spec/facts`.",
    ),
  ];
}

function renderSchemas(model: ApiModel): string {
  const byOperation = operationSchemasById(model);
  return `${tsHeader()}
import type { JsonSchema } from "@gorgias-kit/spec/schemas";

/** What the validators need for one operation. Named schemas are \`$ref\`s into the \`components\` of \`@gorgias-kit/spec/schemas\`. */
export interface OperationSchemas {
  /** Path parameters as one object schema. */
  readonly path: JsonSchema;
  /** Query parameters as one object schema; unknown parameters are rejected. */
  readonly query: JsonSchema;
  /** Query parameters sent as \`name[key]=value\` (OpenAPI \`style: deepObject\`). */
  readonly deepObjectQuery: readonly string[];
  readonly body: JsonSchema | null;
  readonly bodyRequired: boolean;
  /** Response body schema by status; null for a status without a JSON body. */
  readonly responses: Readonly<Record<string, JsonSchema | null>>;
}

/** Validator schemas per operation id. */
export const operationSchemas: Readonly<Record<string, OperationSchemas>> = ${JSON.stringify(byOperation, null, 2)};
`;
}

function renderFacts(model: ApiModel): string {
  const facts = {
    events: model.events.map((e) => ({ event: e.event, objectType: e.objectType, area: e.area, producedBy: e.producedBy })),
    deliveryTriggers: model.webhooks.map((w) => ({ trigger: w.trigger, firedBy: w.firedBy })),
  };
  return `${tsHeader()}
/** Facts the mock's behaviour follows that no other package needs (rate limits and OAuth facts are in \`@gorgias-kit/spec/facts\`). */
export const apiFacts = ${JSON.stringify(facts, null, 2)} as const;

export type GuideEventName = (typeof apiFacts.events)[number]["event"];
export type DeliveryTrigger = (typeof apiFacts.deliveryTriggers)[number]["trigger"];
`;
}
