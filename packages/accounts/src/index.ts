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
export { AutoReloadNotEnabledError } from './errors/auto-reload-not-enabled-error';
export { TopUpError } from './errors/top-up-error';
export { MaximumSecretsError } from './errors/maximum-secrets-error';
export {
  SecretRotationError,
  type SecretRotationErrorInit,
  type SecretRotationStage,
} from './errors/secret-rotation-error';
