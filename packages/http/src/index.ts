export {
  AcctError,
  ValidationError,
  type InvalidParameter,
  HttpError,
  type HttpErrorInit,
  VetchError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  RateLimitError,
  InternalServerError,
  createHttpError,
  TimeoutError,
  NetworkError,
  ParseError,
  isAcctError,
  isHttpError,
  isNetworkError,
  isParseError,
  isTimeoutError,
  isValidationError,
} from './errors';
export { HTTPMethods } from './http-methods';
export { ContentType } from './content-type';
export { ResponseTypes } from './response-types';
export {
  HTTP_DEFAULTS,
  type HttpOptions,
  type VetchOptions,
  type RetryOptions,
  type FetchLike,
} from './http-options';
export type { HttpResponse, VetchResponse } from './http-response';
export { request, resolveOptions } from './request';
export { redact, redactSecrets } from './redact';
export { checkOptions } from './check-options';
export { closestName } from './closest-name';
export { describeValue } from './describe-value';
