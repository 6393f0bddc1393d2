import { Auth, type AuthInterface, type AuthParams } from '@acct/auth';

const AUTH_METHODS = [
  'getQueryParams',
  'createBasicHeader',
  'createBearerHeader',
  'createSignatureHash',
] as const;

/** True when `value` already implements `AuthInterface` (an `Auth`, or a custom implementation). */
export const isAuthInterface = (value: unknown): value is AuthInterface =>
  value !== null &&
  typeof value === 'object' &&
  AUTH_METHODS.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/** Uses `credentials` as is when it implements `AuthInterface`, else builds an `Auth` from it. */
export const toAuth = (credentials: AuthInterface | AuthParams | undefined): AuthInterface =>
  isAuthInterface(credentials) ? credentials : new Auth(credentials);
