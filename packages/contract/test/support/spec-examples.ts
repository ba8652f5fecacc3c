import { bundledSpec } from "../../src/index.js";

/** A deep copy of a response example of the bundled spec, by path, method, status and example name (default: the first). */
export function responseExample(path: string, method: string, status: string, name?: string): any {
  const operation = (bundledSpec().paths as any)[path][method];
  const examples = operation.responses[status].content["application/json"].examples;
  return structuredClone(examples[name ?? Object.keys(examples)[0]!].value);
}

/** A deep copy of a request body example of the bundled spec. */
export function requestExample(path: string, method: string, name: string): any {
  const body = (bundledSpec().paths as any)[path][method].requestBody;
  return structuredClone(body.content["application/json"].examples[name].value);
}

/** `Basic ...` for the mock's default API key. */
export function mockAuthorization(): string {
  return `Basic ${Buffer.from("admin@example.com:mock-api-key").toString("base64")}`;
}
