export { createGorgiasClient } from "./runtime/create-client.js";
export type { EventsResource, GorgiasClient, GorgiasClientOptions, RateLimitObserver, RateLimitOptions } from "./runtime/create-client.js";
export type { RawClient } from "./runtime/raw-client.js";
export type { ApiKeyAuth, GorgiasAuth, OAuthAuth, OAuthTokens } from "./runtime/credentials.js";
export type { CallOptions, OperationParams, Redirected, RedirectedFrom, SignedUrl } from "./runtime/operation-caller.js";
export type { MultipartBody, UploadData, UploadFile, UploadPart } from "./runtime/multipart-body.js";
export { ResponseStream } from "./runtime/response-stream.js";
export { DEFAULT_TO_ARRAY_LIMIT, ListPromise } from "./runtime/list-promise.js";
export type { ToArrayOptions } from "./runtime/list-promise.js";
export type { ItemOf, OperationKey, ParamsOf, ResultOf } from "./runtime/operation-params.js";
export type { RetryOptions } from "./runtime/retry-policy.js";
export type { RateLimitListener, RateLimitUsage } from "./runtime/rate-limiter.js";
export type { Logger } from "./runtime/logger.js";
export type { Clock } from "./runtime/clock.js";
export { systemClock } from "./runtime/clock.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DeadlineExceededError,
  ForbiddenError,
  GorgiasApiError,
  GorgiasError,
  InvalidRequestError,
  InvalidResponseError,
  ListTooLongError,
  MethodNotAllowedError,
  MissingScopeError,
  MovedPermanentlyError,
  NetworkError,
  NotFoundError,
  PaginationCycleError,
  PayloadTooLargeError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  TokenRefreshError,
  TooManyRedirectsError,
  UnsupportedMediaTypeError,
  whatToDo,
} from "./runtime/errors.js";
export type { CallContext } from "./runtime/errors.js";
export { declaredScopes, requiredScopes, resolveOperation, scopeForCall, UnknownOperationError } from "./runtime/scopes.js";
export { parseDelivery, verifyDeliverySecret, WebhookError } from "./runtime/webhooks.js";
export type { DeliveryContext, ParseDeliveryOptions, VerifyDeliverySecretOptions, WebhookErrorReason, WebhookHeaders } from "./runtime/webhooks.js";
export type { EventStreamCheckpoint, EventStreamOptions, GorgiasEvent, StreamedEvent } from "./runtime/event-stream.js";
export type { SchemaIssue } from "./runtime/schema-validator.js";

export { operations, operationsById } from "@gorgias-kit/spec/operations";
export type { HttpMethod, OperationEntry, OperationId, SideEffect } from "@gorgias-kit/spec/operations";
export { apiErrors, redirectingOperations } from "./generated/errors.gen.js";
export { oauthFacts, rateLimitPolicy, scopes } from "@gorgias-kit/spec/facts";
export type { Plan } from "@gorgias-kit/spec/facts";
export { deliveryTriggers, guideEvents } from "./generated/webhooks.gen.js";
export type { DeliveryContexts, DeliveryTrigger, GuideEvent } from "./generated/webhooks.gen.js";
export type { Resources } from "./generated/resources.gen.js";
export type { components, operations as ApiOperations, paths, webhooks } from "@gorgias-kit/spec/types";
