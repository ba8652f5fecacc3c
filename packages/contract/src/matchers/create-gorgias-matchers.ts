import type { OpenApiDocument } from "../spec/openapi-document.js";
import { bundledSpec } from "../validate/bundled-spec.js";
import { normalizeRequest, normalizeResponse, type RequestParts, type ResponseParts } from "../validate/exchange-parts.js";
import { SpecValidators } from "../validate/spec-validators.js";
import { formatViolation, type Violation } from "../validate/violation.js";
import type { MatcherContext, MatcherResult } from "./gorgias-matcher-types.js";

/** Options of {@link createGorgiasMatchers}. */
export interface GorgiasMatchersOptions {
  /**
   * The OpenAPI document to check against (from `loadSpec(file)`).
   * @default the bundled `@gorgias-kit/spec/openapi.json`
   */
  spec?: OpenApiDocument;
}

/** Most violations a failure message lists; the count says how many there were. */
const LISTED = 10;

function result(context: MatcherContext, subject: string, violations: Violation[], passDetail: string): MatcherResult {
  const pass = violations.length === 0;
  return {
    pass,
    message: () => {
      if (context.isNot) return `expected ${subject} not to hold, but it does (${passDetail})`;
      const listed = violations.slice(0, LISTED).map((v) => `  - ${formatViolation(v)}`);
      if (violations.length > LISTED) listed.push(`  … and ${violations.length - LISTED} more`);
      return `expected ${subject}, but ${violations.length === 1 ? "1 thing differs" : `${violations.length} things differ`} from the spec:\n${listed.join("\n")}`;
    },
  };
}

/**
 * The matchers for `expect.extend(...)` (vitest or jest), checking against one spec. Each failure
 * names the operation or schema, the JSON path, what the spec expects and the value that differed.
 */
export function createGorgiasMatchers(options: GorgiasMatchersOptions = {}) {
  const validators = () => SpecValidators.for(options.spec ?? bundledSpec());
  return {
    async toSatisfyOperation(this: MatcherContext, received: Response | ResponseParts, operationId: string): Promise<MatcherResult> {
      const v = validators();
      const { method, path } = v.operation(operationId);
      const response = await normalizeResponse(received);
      return result(this, `the response to satisfy ${operationId} (${method.toUpperCase()} ${path})`, v.checkResponse(operationId, response), `status ${response.status}`);
    },

    toMatchSchema(this: MatcherContext, received: unknown, schemaName: string): MatcherResult {
      return result(this, `the value to match schema ${schemaName}`, validators().checkSchema(schemaName, received), `schema ${schemaName}`);
    },

    async toBeValidRequest(this: MatcherContext, received: Request | RequestParts, operationId: string): Promise<MatcherResult> {
      const v = validators();
      const { method, path } = v.operation(operationId);
      const request = await normalizeRequest(received);
      return result(this, `the request to be valid for ${operationId} (${method.toUpperCase()} ${path})`, v.checkRequest(operationId, request), `${request.method} ${request.path}`);
    },
  };
}

/** The matchers against the bundled spec: `expect.extend(gorgiasMatchers)`. */
export const gorgiasMatchers = createGorgiasMatchers();
