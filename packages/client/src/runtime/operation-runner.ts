import { createQuerySerializer } from "openapi-fetch";
import { bodyText } from "./body-reader.js";
import { operationsById, type OperationEntry, type OperationId } from "@gorgias-kit/spec/operations";
import { rateLimitPolicy } from "../generated/rate-limits.gen.js";
import type { Credentials } from "./credentials.js";
import { apiErrorFor, GorgiasError, MovedPermanentlyError, type GorgiasApiError } from "./errors.js";
import type { CallArgs, CallOptions, OperationCaller, PageIterator, RedirectedFrom } from "./operation-caller.js";
import { paginate } from "./paginate.js";
import type { Redactor } from "./redactor.js";
import type { RequestSender, SendResult } from "./request-sender.js";
import { parseRetryAfter } from "./retry-policy.js";
import { scopeForCall, UnknownOperationError } from "./scopes.js";

// Same serialisation as the raw openapi-fetch client: arrays as repeated keys, objects as deepObject.
const serializeQuery = createQuerySerializer();

/** Implements the generated resource methods: builds the request, sends it, reads the result or throws. */
export class OperationRunner implements OperationCaller {
  constructor(
    private readonly sender: RequestSender,
    private readonly origin: string,
    private readonly credentials: Credentials,
    private readonly redactor: Redactor,
  ) {}

  async call<T>(operationId: OperationId, args: CallArgs, options?: CallOptions): Promise<T> {
    const op = operationsById.get(operationId);
    if (!op) throw new UnknownOperationError(operationId, "not an operationId of the spec.");
    const hasBody = args.body !== undefined;
    const headers: Record<string, string> = { accept: "application/json" };
    if (hasBody) headers["content-type"] = "application/json";
    if (options?.headers) Object.assign(headers, options.headers);
    const query = args.query ? serializeQuery(args.query as Record<string, unknown>) : "";
    const result = await this.sender.send({
      op,
      method: op.method,
      url: `${this.origin}${fillPath(op, args.path)}${query ? `?${query}` : ""}`,
      headers,
      body: hasBody ? JSON.stringify(args.body) : null,
      json: args.body,
      signal: options?.signal,
      retryUnsafe: options?.retryUnsafe ?? false,
    });
    return this.read<T>(op, result, args.body);
  }

  paginate<TItem, TPage>(operationId: OperationId, args: CallArgs, options?: CallOptions): PageIterator<TItem, TPage> {
    return paginate<TItem, TPage>(operationId, args, (pageArgs) => this.call<TPage>(operationId, pageArgs, options));
  }

  private read<T>(op: OperationEntry, result: SendResult, body: unknown): T {
    const { response, context } = result;
    const text = bodyText(result.body);
    if (response.ok) {
      if (response.status === 204 || text.length === 0) return undefined as T;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new GorgiasError(`${op.id} (${op.method} ${context.path}) answered ${response.status} with a body that is not JSON.`);
      }
      if (result.redirectedFrom && data && typeof data === "object") markRedirected(data, result.redirectedFrom);
      return data as T;
    }
    throw this.errorOf(op, result, text, body);
  }

  private errorOf(op: OperationEntry, result: SendResult, text: string, body: unknown): GorgiasApiError {
    const { response, context } = result;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    const details = { context, status: response.status, body: this.redactor.body(parsed) };
    if (response.status >= 300 && response.status < 400) {
      return new MovedPermanentlyError({ ...details, location: response.headers.get("location"), reason: null });
    }
    return apiErrorFor({
      ...details,
      missingScope: this.credentials.kind === "oauth2" ? scopeForCall(op, body) : null,
      retryAfter: parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now()),
    });
  }
}

function fillPath(op: OperationEntry, values: CallArgs["path"]): string {
  let path: string = op.path;
  for (const name of op.pathParams) {
    const value = values?.[name];
    if (value === undefined || value === null || value === "") {
      throw new TypeError(`${op.id}: the path parameter "${name}" is required (${op.method} ${op.path}).`);
    }
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  return path;
}

function markRedirected(data: object, from: RedirectedFrom): void {
  Object.defineProperty(data, "redirectedFrom", { value: from, enumerable: false, configurable: true });
}
