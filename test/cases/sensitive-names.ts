// The one table of cases for "does this header, query, form or JSON field name hold a
// credential?". Two implementations are held against it: `@acct/http` (the library's
// `redact()`) and the emulator's request-log redaction (the other side of the wire, which must
// not import the library). Names are compared case-insensitively, with `-`, `_` and spaces
// ignored, so `api_secret`, `apiSecret` and `API-SECRET` are one name.

/** One case: a name and whether its value is a credential. */
export interface SensitiveNameCase {
  readonly name: string;
  readonly sensitive: boolean;
}

const sensitive = [
  'authorization',
  'Authorization',
  'proxy-authorization',
  'x-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apikey',
  'api_key',
  'api-key',
  'api_secret',
  'apiSecret',
  'API-SECRET',
  'secret',
  'client_secret',
  'sig',
  'signature',
  'x-signature',
  'token',
  'access_token',
  'refresh-token',
  'x-auth-token',
  'private_key',
  'privateKey',
  'password',
  'db_password',
  'passwd',
];

const plain = [
  'accept',
  'content-type',
  'user-agent',
  'x-request-id',
  'trx',
  'value',
  'autoReload',
  'mo-callback-url',
  'moCallBackUrl',
  'dr-callback-url',
  'id',
  'created_at',
  'timestamp',
  'application_id',
  'retry-after',
];

export const SENSITIVE_NAME_CASES: readonly SensitiveNameCase[] = [
  ...sensitive.map((name) => ({ name, sensitive: true })),
  ...plain.map((name) => ({ name, sensitive: false })),
];
