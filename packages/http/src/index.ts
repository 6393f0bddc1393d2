export { AcctError, type AcctErrorOptions } from './errors/acct-error';
export {
  ValidationError,
  type InvalidParameter,
  type ValidationErrorOptions,
} from './errors/validation-error';
export { HttpError, type HttpErrorInit } from './errors/http-error';
export { BadRequestError } from './errors/bad-request-error';
export { AuthenticationError } from './errors/authentication-error';
export { PermissionDeniedError } from './errors/permission-denied-error';
export { NotFoundError } from './errors/not-found-error';
export { ConflictError } from './errors/conflict-error';
export { UnprocessableEntityError } from './errors/unprocessable-entity-error';
export { RateLimitError } from './errors/rate-limit-error';
export { InternalServerError } from './errors/internal-server-error';
export { TimeoutError, type TimeoutErrorOptions } from './errors/timeout-error';
export { NetworkError, type NetworkErrorOptions } from './errors/network-error';
export { ParseError, type ParseErrorOptions } from './errors/parse-error';
export { createHttpError } from './errors/create-http-error';
export {
  isAcctError,
  isHttpError,
  isNetworkError,
  isParseError,
  isTimeoutError,
  isValidationError,
} from './errors/guards';
export { HTTPMethods } from './http-methods';
export { ContentType } from './content-type';
export { ResponseTypes } from './response-types';
export { HTTP_DEFAULTS } from './defaults';
export type { FetchLike, FetchResponseLike, FetchHeadersLike } from './fetch-like';
export type { HttpRequest, QueryValue } from './http-request';
export type { RetryOptions } from './retry-options';
export type { HttpConfig } from './http-config';
export type { HttpOptions } from './http-options';
export type { HttpResponse, RedactedRequest } from './http-response';
export { request } from './request';
export {
  createKeepAliveAgent,
  type AgentSelector,
  type KeepAliveAgentOptions,
} from './create-keep-alive-agent';
export { redact } from './redact';
export { redactSecrets } from './redact-secrets';
export { shouldRetry, type ShouldRetryInput } from './should-retry';
export { retryDelay, type RetryDelayInput } from './retry-delay';
export { checkOptions } from './check-options';
export { describeValue } from './describe-value';
