import type { ApiModel } from "../../model/types.js";
import { ModelError } from "../../model/model-error.js";
import { formatTypeScript, tsHeader } from "../generated-file.js";

/** Statuses the client has an error class for (the guide's status table); the spec must explain each. */
const CLIENT_ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 429, 500];

/** `errors.gen.ts`: what each error status means and what to do, and which operations answer a redirect. */
export function renderErrors(model: ApiModel): string {
  const errors: Record<string, { name: string; description: string }> = {};
  for (const error of model.errors) errors[error.status] = { name: error.name, description: oneLine(`${error.meaning} ${error.whatToDo}`) };
  for (const status of CLIENT_ERROR_STATUSES) {
    if (!errors[status]?.description) {
      throw new ModelError("components.responses", `no shared error response with a description for status ${status}`);
    }
  }
  const redirects: Record<string, { status: number; description: string }> = {};
  for (const op of model.operations) {
    const redirect = op.responses.find((r) => r.status >= 300 && r.status < 400);
    if (!redirect) continue;
    if (!redirect.headers.includes("Location")) {
      throw new ModelError(`operation ${op.id}`, `the ${redirect.status} response does not declare the Location header`);
    }
    redirects[op.id] = { status: redirect.status, description: oneLine(redirect.description) };
  }
  return formatTypeScript(
    "errors.gen.ts",
    `${tsHeader()}
/** Each error status of the API: the shared response's name and what it means and what to do. */
export const apiErrors: Readonly<Record<number, { readonly name: string; readonly description: string }>> = ${JSON.stringify(errors, null, 2)};

/** Operations that answer a redirect (such as a merged customer's 301), with the spec's explanation. */
export const redirectingOperations: Readonly<Record<string, { readonly status: number; readonly description: string }>> = ${JSON.stringify(sortKeys(redirects), null, 2)};
`,
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
