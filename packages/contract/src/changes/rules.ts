import type { ChangeLevel } from "./spec-change.js";

/** One classification rule: its level and what it means, in a sentence. */
export interface ChangeRule {
  level: ChangeLevel;
  meaning: string;
}

/**
 * Every rule `diffSpecs` and `gorgias-contract verify` report, by id. Ids are oasdiff's where one
 * fits. Levels follow oasdiff too: its errors and warnings are `breaking` here (a warning such as
 * `request-property-removed` still breaks a consumer that sends the field), its infos
 * `non-breaking`; the one deliberate exception is `response-property-enum-value-added` (an oasdiff
 * warning), which issue 14 accepts as non-breaking: consumers must tolerate new response values.
 * The README's rule table is checked against this one by a test.
 */
export const CHANGE_RULES = {
  "api-path-removed-without-deprecation": { level: "breaking", meaning: "A path and all its operations were removed without being deprecated first." },
  "api-path-removed-before-sunset": { level: "breaking", meaning: "A path whose operations were deprecated was removed (the spec declares no sunset date, so callers may still use it)." },
  "api-removed-without-deprecation": { level: "breaking", meaning: "An operation was removed from a path that still exists, without being deprecated first." },
  "api-removed-before-sunset": { level: "breaking", meaning: "A deprecated operation was removed from a path that still exists." },
  "api-operation-id-removed": { level: "breaking", meaning: "The operation at a method and path lost or changed its operationId; code and contracts that name it break." },
  "api-operation-id-added": { level: "non-breaking", meaning: "An operation without an operationId gained one." },
  "api-tag-added": { level: "non-breaking", meaning: "An operation gained a tag (its area in the docs and the client)." },
  "api-tag-removed": { level: "non-breaking", meaning: "An operation lost a tag." },
  "endpoint-added": { level: "non-breaking", meaning: "A new operation was added." },
  "endpoint-deprecated": { level: "non-breaking", meaning: "An operation was marked deprecated." },
  "endpoint-reactivated": { level: "non-breaking", meaning: "A deprecated operation is no longer deprecated." },

  "request-body-added-required": { level: "breaking", meaning: "An operation that took no body now requires one." },
  "request-body-added-optional": { level: "non-breaking", meaning: "An operation that took no body now accepts an optional one." },
  "request-body-removed": { level: "breaking", meaning: "An operation no longer accepts the body it took." },
  "request-body-became-required": { level: "breaking", meaning: "An optional request body became required." },
  "request-body-became-optional": { level: "non-breaking", meaning: "A required request body became optional." },
  "request-body-media-type-removed": { level: "breaking", meaning: "A request body media type is no longer accepted." },
  "request-body-media-type-added": { level: "non-breaking", meaning: "A request body media type was added." },
  "request-body-type-changed": { level: "breaking", meaning: "The request body's type changed so that some bodies sent before are refused." },
  "request-body-type-generalized": { level: "non-breaking", meaning: "The request body accepts more types than before." },
  "request-body-became-not-nullable": { level: "breaking", meaning: "The request body no longer accepts null." },
  "request-body-became-nullable": { level: "non-breaking", meaning: "The request body now accepts null." },
  "request-body-enum-value-removed": { level: "breaking", meaning: "A value the request body could take was removed from its enum." },
  "request-body-enum-value-added": { level: "non-breaking", meaning: "A value was added to the request body's enum." },

  "new-required-request-property": { level: "breaking", meaning: "A new request body field is required; requests that do not send it are refused." },
  "new-optional-request-property": { level: "non-breaking", meaning: "A new optional request body field was added." },
  "request-property-removed": { level: "breaking", meaning: "A request body field was removed; requests that send it are refused or lose its effect." },
  "request-property-became-required": { level: "breaking", meaning: "An optional request body field became required." },
  "request-property-became-optional": { level: "non-breaking", meaning: "A required request body field became optional." },
  "request-property-type-changed": { level: "breaking", meaning: "A request body field's type changed so that some values sent before are refused." },
  "request-property-type-generalized": { level: "non-breaking", meaning: "A request body field accepts more types than before." },
  "request-property-became-not-nullable": { level: "breaking", meaning: "A request body field no longer accepts null." },
  "request-property-became-nullable": { level: "non-breaking", meaning: "A request body field now accepts null." },
  "request-property-enum-value-removed": { level: "breaking", meaning: "A value a request body field could take was removed from its enum (or the field became limited to an enum)." },
  "request-property-enum-value-added": { level: "non-breaking", meaning: "A value was added to a request body field's enum (or the field accepts any value of its type)." },

  "request-parameter-removed": { level: "breaking", meaning: "A path, query or header parameter was removed." },
  "new-required-request-parameter": { level: "breaking", meaning: "A new parameter is required; requests without it are refused." },
  "new-optional-request-parameter": { level: "non-breaking", meaning: "A new optional parameter was added." },
  "request-parameter-became-required": { level: "breaking", meaning: "An optional parameter became required." },
  "request-parameter-became-optional": { level: "non-breaking", meaning: "A required parameter became optional." },
  "request-parameter-type-changed": { level: "breaking", meaning: "A parameter's type changed so that some values sent before are refused." },
  "request-parameter-type-generalized": { level: "non-breaking", meaning: "A parameter accepts more types than before." },
  "request-parameter-became-not-nullable": { level: "breaking", meaning: "A parameter no longer accepts null." },
  "request-parameter-became-nullable": { level: "non-breaking", meaning: "A parameter now accepts null." },
  "request-parameter-enum-value-removed": { level: "breaking", meaning: "A value a parameter could take was removed from its enum (or the parameter became limited to an enum)." },
  "request-parameter-enum-value-added": { level: "non-breaking", meaning: "A value was added to a parameter's enum." },

  "response-success-status-removed": { level: "breaking", meaning: "A success (1xx to 3xx) status an operation documented is gone." },
  "response-non-success-status-removed": { level: "breaking", meaning: "An error status an operation documented is gone; consumers that handle it no longer get it." },
  "response-success-status-added": { level: "non-breaking", meaning: "An operation documents a new success status." },
  "response-non-success-status-added": { level: "non-breaking", meaning: "An operation documents a new error status." },
  "response-media-type-removed": { level: "breaking", meaning: "A response media type is no longer returned." },
  "response-media-type-added": { level: "non-breaking", meaning: "A response media type was added." },
  "response-body-type-changed": { level: "breaking", meaning: "The response body may now have a type it could not have before." },
  "response-body-type-specialized": { level: "non-breaking", meaning: "The response body has fewer possible types than before." },
  "response-body-became-nullable": { level: "breaking", meaning: "The response body may now be null." },
  "response-body-became-not-nullable": { level: "non-breaking", meaning: "The response body is no longer null." },
  "response-body-enum-value-added": { level: "non-breaking", meaning: "The response body may take a new enum value (consumers must tolerate new values)." },
  "response-body-enum-value-removed": { level: "non-breaking", meaning: "The response body no longer takes an enum value." },

  "response-property-removed": { level: "breaking", meaning: "An optional response field was removed; consumers that read it lose it." },
  "response-required-property-removed": { level: "breaking", meaning: "A response field that was always present was removed." },
  "new-optional-response-property": { level: "non-breaking", meaning: "A new optional response field was added." },
  "new-required-response-property": { level: "non-breaking", meaning: "A new response field that is always present was added." },
  "response-property-became-optional": { level: "breaking", meaning: "A response field that was always present may now be absent." },
  "response-property-became-required": { level: "non-breaking", meaning: "An optional response field is now always present." },
  "response-property-type-changed": { level: "breaking", meaning: "A response field may now have a type it could not have before." },
  "response-property-type-specialized": { level: "non-breaking", meaning: "A response field has fewer possible types than before." },
  "response-property-became-nullable": { level: "breaking", meaning: "A response field may now be null." },
  "response-property-became-not-nullable": { level: "non-breaking", meaning: "A response field is no longer null." },
  "response-property-enum-value-added": { level: "non-breaking", meaning: "A response field may take a new enum value; accepted as non-breaking (oasdiff warns): consumers must tolerate new values." },
  "response-property-enum-value-removed": { level: "non-breaking", meaning: "A response field no longer takes an enum value." },

  "description-changed": { level: "documentation", meaning: "A description was added, edited or removed." },
  "summary-changed": { level: "documentation", meaning: "An operation's or example's summary was added, edited or removed." },
  "title-changed": { level: "documentation", meaning: "A title was added, edited or removed." },
  "example-changed": { level: "documentation", meaning: "An example was added, edited or removed." },
} as const satisfies Record<string, ChangeRule>;

export type ChangeRuleId = keyof typeof CHANGE_RULES;
