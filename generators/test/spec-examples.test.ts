import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { buildApiModel } from "../src/model/build-model.js";

const spec = await loadSpec(join(import.meta.dirname, "../../spec/openapi.yaml"));
const model = buildApiModel(spec);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "spec", components: spec.document.components });

/** Validates against a schema whose internal refs point into the bundled document. */
function errorsOf(schema: unknown, value: unknown): string {
  const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
  const validate = ajv.compile(rooted);
  return validate(value) ? "" : ajv.errorsText(validate.errors);
}

type Obj = Record<string, any>;
const doc = spec.document as Obj;
const ref = (node: Obj): Obj => (node?.$ref ? ref(doc.components[node.$ref.split("/")[2]][node.$ref.split("/")[3]]) : node);

describe.each(model.operations)("examples of $id", (op) => {
  const raw = doc.paths[op.path][op.method.toLowerCase()] as Obj;

  it("has a request example: every parameter, and the body when there is one", () => {
    for (const p of op.parameters) expect(p.example, `parameter ${p.name}`).not.toBeUndefined();
    if (op.requestBody) expect(op.requestBody.examples.length).toBeGreaterThan(0);
  });

  it("has a response example for its success response", () => {
    if (op.success.schema) expect(op.success.examples.length).toBeGreaterThan(0);
  });

  it("every parameter example validates against its schema", () => {
    for (const p of op.parameters) expect(errorsOf(p.schema, p.example), `parameter ${p.name}`).toBe("");
  });

  it("every request body example validates against its schema", () => {
    const media = ref(raw.requestBody)?.content?.["application/json"];
    for (const [name, ex] of Object.entries((media?.examples ?? {}) as Obj)) {
      expect(errorsOf(media.schema, ref(ex).value), `request example ${name}`).toBe("");
    }
  });

  it("every response example validates against its schema", () => {
    for (const [status, response] of Object.entries(raw.responses as Obj)) {
      const media = ref(response as Obj).content?.["application/json"];
      if (!media) continue;
      for (const [name, ex] of Object.entries((media.examples ?? {}) as Obj)) {
        expect(errorsOf(media.schema, ref(ex).value), `${status} example ${name}`).toBe("");
      }
      if (media.example !== undefined) expect(errorsOf(media.schema, media.example), `${status} example`).toBe("");
    }
  });
});

describe.each(model.webhooks)("webhook $event", (webhook) => {
  it("has a payload example that validates", () => {
    expect(webhook.example).not.toBeNull();
    expect(errorsOf(webhook.payloadSchema, webhook.example)).toBe("");
  });
});

describe("component schema examples", () => {
  it.each(Object.entries(model.schemas).filter(([, s]) => "example" in s))("%s example validates", (_name, schema) => {
    expect(errorsOf(schema, (schema as Obj).example)).toBe("");
  });
});
