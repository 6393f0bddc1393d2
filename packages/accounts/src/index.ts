export { Accounts } from './accounts';
export { Secrets } from './secrets';
export type { GetBalanceResponse } from './types/get-balance-response';
export type { TopUpBalanceResponse } from './types/top-up-balance-response';
export type { AccountCallbacks } from './types/account-callbacks';
export type { AccountUpdateResponse } from './types/account-update-response';
export type { APISecretResponse } from './types/api-secret-response';
export type { ListAPISecretsResponse } from './types/list-api-secrets-response';
export type { RotateSecretOptions } from './types/rotate-secret-options';
export type { RotateSecretResult } from './types/rotate-secret-result';
export { validateSecret } from './validation/validate-secret';
export { SECRET_RULES } from './validation/secret-rules';
export { AutoReloadNotEnabledError } from './errors/auto-reload-not-enabled-error';
export { TopUpError } from './errors/top-up-error';
export { MaximumSecretsError } from './errors/maximum-secrets-error';
export {
  SecretRotationError,
  type SecretRotationErrorInit,
  type SecretRotationStage,
} from './errors/secret-rotation-error';
// Credentials, so that installing @acct/accounts alone is enough to build any of them.
export {
  Auth,
  AlgorithmTypes,
  MissingApiKeyError,
  MissingApiSecretError,
  InvalidApiKeyError,
  InvalidApiSecretError,
  MissingSignatureError,
  InvalidSignatureAlgorithmError,
  MissingApplicationIdError,
  MissingPrivateKeyError,
  InvalidPrivateKeyError,
  isAuthError,
  type AuthInterface,
  type AuthParams,
} from '@acct/auth';
// The errors a caller of these clients catches, and their guards.
export {
  AcctError,
  ValidationError,
  HttpError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  VetchError,
  RateLimitError,
  InternalServerError,
  TimeoutError,
  NetworkError,
  ParseError,
  isAcctError,
  isHttpError,
  isNetworkError,
  isParseError,
  isTimeoutError,
  isValidationError,
  type InvalidParameter,
} from '@acct/http';
export type { CallOptions, ConfigParams } from '@acct/server-client';
