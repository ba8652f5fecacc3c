import { operationsById, type OperationEntry, type OperationId } from "@gorgias-kit/spec/operations";
import { rateLimitPolicy } from "@gorgias-kit/spec/facts";
import { redirectingOperations } from "../generated/errors.gen.js";
import { bodyText } from "./body-reader.js";
import type { Credentials } from "./credentials.js";
import { apiErrorFor, InvalidRequestError, InvalidResponseError, MovedPermanentlyError, type CallContext, type GorgiasApiError } from "./errors.js";
import { ListPromise } from "./list-promise.js";
import { encodeMultipart } from "./multipart-body.js";
import type { CallOptions, OperationCaller, OperationParams, RedirectedFrom, SignedUrl } from "./operation-caller.js";
import type { Redactor } from "./redactor.js";
import { addHeader, fillPath, serializeQuery } from "./request-parts.js";
import type { OutgoingRequest, RequestSender, SendResult } from "./request-sender.js";
import { parseRetryAfter } from "./retry-policy.js";
import { scopeForCall, UnknownOperationError } from "./scopes.js";

/**
 * Implements the generated resource methods and `client.call`: splits `params` into path, query and
 * body by the operation table's facts, hands the request to the sender, reads the result or throws.
 */
export class OperationRunner implements OperationCaller {
  constructor(
    private readonly sender: RequestSender,
    private readonly origin: string,
    private readonly credentials: Credentials,
    private readonly redactor: Redactor,
  ) {}

  async call<T>(operationId: OperationId, params: OperationParams | undefined, options?: CallOptions): Promise<T> {
    return this.send<T>(operationOf(operationId), params, options);
  }

  list<TItem, TPage>(operationId: OperationId, params: OperationParams | undefined, options?: CallOptions): ListPromise<TItem, TPage> {
    const op = operationOf(operationId);
    if (op.pagination === "none") throw new InvalidRequestError(`${op.id} is not a paged list: call it with \`call\`.`);
    const start = params?.cursor;
    return new ListPromise<TItem, TPage>(op, typeof start === "string" ? start : undefined, (next) =>
      this.send<TPage>(op, next === undefined ? params : { ...params, ...next }, options),
    );
  }

  private async send<T>(op: OperationEntry, params: OperationParams | undefined, options: CallOptions | undefined): Promise<T> {
    const request = this.describe(op, params, options);
    return this.read<T>(op, await this.sender.send(request), request.json);
  }

  /** The request for one call; anything the operation does not take is refused here, before sending. */
  private describe(op: OperationEntry, params: OperationParams | undefined, options: CallOptions | undefined): OutgoingRequest {
    if (params !== undefined && (params === null || typeof params !== "object" || Array.isArray(params))) {
      throw new InvalidRequestError(`${op.id}: \`params\` must be an object ${shapeOf(op)}, got ${JSON.stringify(params)}.`);
    }
    let query: Record<string, unknown> | undefined;
    if (params) {
      for (const key in params) {
        if (key === "body" || op.pathParams.includes(key)) continue;
        const value = params[key];
        if (op.queryParams.includes(key)) (query ??= {})[key] = value;
        else if (value !== undefined) throw new InvalidRequestError(`${op.id}: unknown parameter "${key}"; it takes ${shapeOf(op)}. Nothing was sent.`);
      }
    }
    const body = params?.body;
    if (body === undefined && op.body === "required") throw new InvalidRequestError(`${op.id}: a request body is required, under \`body\`: ${shapeOf(op)}. Nothing was sent.`);
    if (body !== undefined && op.body === null) throw new InvalidRequestError(`${op.id} takes no request body: ${shapeOf(op)}. Nothing was sent.`);
    const streamResponse = isStreamed(op);
    const headers: Record<string, string> = { accept: streamResponse && op.successMediaType ? op.successMediaType : "application/json" };
    let sent: BodyInit | null = null;
    if (body !== undefined && op.bodyMediaType === "multipart/form-data") {
      const form = encodeMultipart(op.id, body);
      headers["content-type"] = form.contentType;
      sent = form.body;
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      sent = JSON.stringify(body);
    }
    const extra = options?.headers;
    if (extra) for (const name in extra) addHeader(headers, op.id, name, extra[name]);
    const search = query ? serializeQuery(query) : "";
    return {
      op,
      method: op.method,
      url: `${this.origin}${fillPath(op.id, op.path, op.pathParams, params)}${search ? `?${search}` : ""}`,
      headers,
      body: sent,
      json: op.bodyMediaType === "application/json" ? body : undefined,
      signal: options?.signal,
      retryUnsafe: options?.retryUnsafe ?? false,
      followWriteRedirect: options?.followMergedCustomer === true && op.id in redirectingOperations,
      redirectIsResult: isRedirect(op.successStatus),
      streamResponse,
      replayable: !(sent instanceof ReadableStream),
    };
  }

  private read<T>(op: OperationEntry, result: SendResult, body: unknown): T {
    const { response, context } = result;
    if (result.stream) return result.stream as T;
    if (response.status === op.successStatus && isRedirect(op.successStatus)) return signedUrlOf(response, context) as T;
    const text = bodyText(result.body);
    if (response.ok) {
      if (response.status === 204 || text.length === 0) return undefined as T;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new InvalidResponseError(context, `answered ${response.status} with a body that is not JSON`, { cause: error });
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
      const reason = redirectingOperations[op.id]?.description ?? null;
      return new MovedPermanentlyError({ ...details, location: response.headers.get("location"), reason, consentOption: reason !== null });
    }
    return apiErrorFor({
      ...details,
      missingScope: this.credentials.kind === "oauth2" ? scopeForCall(op, body) : null,
      retryAfter: parseRetryAfter(response.headers.get(rateLimitPolicy.retryAfterHeader), Date.now()),
      allow: response.headers.get("allow"),
    });
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** An operation whose success body is not JSON (a CSV export): handed back as a stream. */
function isStreamed(op: OperationEntry): boolean {
  return op.successMediaType !== null && op.successMediaType !== "application/json";
}

/** The answer of an operation that succeeds with a redirect (a file download): where it points, resolved against the request. */
function signedUrlOf(response: Response, context: CallContext): SignedUrl {
  const location = response.headers.get("location");
  if (!location) throw new InvalidResponseError(context, `answered ${response.status} without a Location header`);
  try {
    return { url: new URL(location, response.url || undefined).href };
  } catch (error) {
    throw new InvalidResponseError(context, `answered ${response.status} with a Location that is not a URL`, { cause: error });
  }
}

function operationOf(operationId: OperationId): OperationEntry {
  const op = operationsById.get(operationId);
  if (!op) throw new UnknownOperationError(operationId, "not an operationId of the spec.");
  return op;
}

/** The params an operation takes, as error messages show them: `{ ticket_id, action?, body }`. */
function shapeOf(op: OperationEntry): string {
  const keys = [...op.pathParams, ...op.queryParams.map((name) => `${name}?`)];
  if (op.body) keys.push(op.body === "required" ? "body" : "body?");
  return keys.length === 0 ? "(it takes no parameters)" : `{ ${keys.join(", ")} }`;
}

function markRedirected(data: object, from: RedirectedFrom): void {
  Object.defineProperty(data, "redirectedFrom", { value: from, enumerable: false, configurable: true });
}
