import { assertApiKey } from '../validation/assert-api-key';
import { assertSecretId } from '../validation/assert-secret-id';

/** `{apiHost}/accounts/{apiKey}/secrets`, the key checked and URI-encoded. */
export const secretsUrl = (apiHost: string, apiKey: unknown): string =>
  `${apiHost}/accounts/${encodeURIComponent(assertApiKey(apiKey))}/secrets`;

/** `{apiHost}/accounts/{apiKey}/secrets/{id}`, every segment checked and URI-encoded. */
export const secretUrl = (apiHost: string, apiKey: unknown, id: unknown): string =>
  `${secretsUrl(apiHost, apiKey)}/${encodeURIComponent(assertSecretId(id))}`;
