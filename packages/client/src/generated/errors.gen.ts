/**
 * generated — do not edit.
 * Source: spec/openapi.yaml (bundled).
 * Regenerate: pnpm generate
 */

/** Each error status of the API: the shared response's name and what it means and what to do. */
export const apiErrors: Readonly<Record<number, { readonly name: string; readonly description: string; }>> = {
  "400": {
    "name": "BadRequest",
    "description": "The request was invalid, with a missing or invalid parameter or an unknown field specified. Beyond what the schemas say, a request is also refused with 400 when: an id in the body or query names no record (`data` names the field, such as `ids.0` or `view_id`); a cursor is not one the list issued for the same `order_by`; a view filter does not parse (see `ViewFilter`); the body is not UTF-8 JSON, is nested deeper than 32 levels of objects and arrays, or has a field named `__proto__`, `constructor` or `prototype` (limits of the gorgias-kit mock; the Gorgias docs state none). Read the error message, fix the parameters, and resend; the request is not retryable as-is."
  },
  "401": {
    "name": "Unauthorized",
    "description": "The request was not authenticated: the API key or token is missing, invalid, or expired. Send valid credentials, and refresh an expired OAuth access token."
  },
  "403": {
    "name": "Forbidden",
    "description": "The credential lacks permission for this request, for example an OAuth token without the needed scope. Grant the missing scope on the OAuth app, or use a credential with access to the resource."
  },
  "404": {
    "name": "NotFound",
    "description": "The resource does not exist, for example a deleted ticket or customer. Confirm the id and that the resource still exists."
  },
  "405": {
    "name": "MethodNotAllowed",
    "description": "The path exists but does not take this HTTP method (HTTP's standard answer; the Gorgias docs' status table does not list it, and the mock answers it before checking credentials). The `Allow` header lists the methods the path takes. It is documented on every operation of the path, since any other method sent to that path gets it. Resend with one of the methods the Allow header lists; the request is not retryable as-is."
  },
  "409": {
    "name": "Conflict",
    "description": "The request would create or update a resource with a duplicate identifier. Resolve the conflict, for example with a unique identifier, and retry."
  },
  "413": {
    "name": "PayloadTooLarge",
    "description": "The payload is too large, most often a file upload over the limit. A JSON body over the size limit gets it too; the Gorgias docs give no figure for JSON bodies (the mock refuses bodies over 1 MiB by default). Reduce the payload or file size and resend."
  },
  "415": {
    "name": "UnsupportedMediaType",
    "description": "The request has a body that is not JSON: its `Content-Type` is missing or is not `application/json` (or another `application/*+json` type). HTTP's standard answer; the Gorgias docs' status table does not list it. Send the body as JSON with Content-Type: application/json; the request is not retryable as-is."
  },
  "429": {
    "name": "TooManyRequests",
    "description": "Too many requests in the rate-limit window; the dropped request was not processed. Wait the number of seconds in Retry-After, retry, and smooth the request rate."
  },
  "500": {
    "name": "InternalServerError",
    "description": "The request was valid but something went wrong on Gorgias's side; this is rare. Retry with backoff, and contact Gorgias support if it persists."
  }
};

/** Operations that answer a redirect (such as a merged customer's 301), with the spec's explanation. */
export const redirectingOperations: Readonly<Record<string, { readonly status: number; readonly description: string; }>> = {
  "deleteCustomer": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "deleteCustomerCustomFieldValue": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "downloadFile": {
    "status": 307,
    "description": "The file's signed URL, in `Location`; there is no body."
  },
  "getCustomer": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "listCustomerCustomFieldValues": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "setCustomerCustomFieldValues": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "setCustomerData": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "updateCustomer": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  },
  "updateCustomerCustomFieldValue": {
    "status": 301,
    "description": "The customer was merged into another record. Follow `Location` to the surviving customer."
  }
};
