export { Auth } from './auth';
export { AlgorithmTypes } from './algorithm-types';
export type {
  AlgorithmName,
  AuthParams,
  JwtOptions,
  PrivateKeyInput,
  SignatureOptions,
} from './auth-params';
export type {
  AuthInterface,
  AuthQueryParams,
  AuthSignedParams,
  SignatureValue,
} from './auth-interface';
export { MissingApiKeyError } from './errors/missing-api-key-error';
export { MissingApiSecretError } from './errors/missing-api-secret-error';
export { InvalidApiKeyError } from './errors/invalid-api-key-error';
export { InvalidApiSecretError, type SecretParameter } from './errors/invalid-api-secret-error';
export { MissingSignatureError, type SignatureParameter } from './errors/missing-signature-error';
export { InvalidSignatureAlgorithmError } from './errors/invalid-signature-algorithm-error';
export { MissingApplicationIdError } from './errors/missing-application-id-error';
export { MissingPrivateKeyError } from './errors/missing-private-key-error';
export {
  InvalidPrivateKeyError,
  type InvalidPrivateKeyErrorInit,
  type InvalidPrivateKeyReason,
} from './errors/invalid-private-key-error';
export { isAuthError } from './errors/is-auth-error';
export { isAuthInterface } from './is-auth-interface';
