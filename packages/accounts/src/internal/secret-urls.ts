import { assertPathSegment } from '../validation/assert-path-segment';

/** `{apiHost}/accounts/{apiKey}/secrets`, every segment checked and URI-encoded. */
export const secretsUrl = (apiHost: string, apiKey: unknown): string =>
  `${apiHost}/accounts/${encodeURIComponent(assertPathSegment('apiKey', apiKey, 'abcd1234'))}/secrets`;

/** `{apiHost}/accounts/{apiKey}/secrets/{id}`, every segment checked and URI-encoded. */
export const secretUrl = (apiHost: string, apiKey: unknown, id: unknown): string => {
  const base = secretsUrl(apiHost, apiKey);
  const segment = assertPathSegment('id', id, 'ad6dc56f-07b5-46e1-a527-85530e625800');
  return `${base}/${encodeURIComponent(segment)}`;
};
