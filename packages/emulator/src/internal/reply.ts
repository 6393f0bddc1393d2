import { STATUS_CODES } from 'node:http';

/** What a route answers, before the core adds `x-request-id` and the adapters write it. */
export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The two error shapes of the service: `/account/*` (rest) and everything else (api). */
export type Family = 'rest' | 'api';

/** The family of a path: `/account/*` answers `error-code` JSON, the rest problem JSON. */
export function familyOf(pathname: string): Family {
  return pathname.startsWith('/account/') ? 'rest' : 'api';
}

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(value),
  };
}

/** The fields of an RFC 7807 problem body besides `instance`, which the request id fills. */
export interface ProblemFields {
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly [extra: string]: unknown;
}

/** An `application/problem+json` reply whose `instance` is the request's trace id. */
export function problem(
  status: number,
  instance: string,
  fields: ProblemFields,
  headers: Record<string, string> = {},
): Reply {
  const { type, title, detail, ...extra } = fields;
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify({ type, title, detail, instance, ...extra }),
  };
}

/** The `/account/*` error body: `{"error-code":"401","error-code-label":"authentication failed"}`. */
export function errorCode(
  status: number,
  label: string,
  headers: Record<string, string> = {},
): Reply {
  return json(status, { 'error-code': String(status), 'error-code-label': label }, headers);
}

/** A reply without a body (204). */
export function noContent(): Reply {
  return { status: 204, headers: {}, body: '' };
}

/** Reason phrase of a status, `Unknown` for a code Node does not name. */
export function reasonOf(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown';
}

/**
 * A generic error in the family's shape: problem JSON typed
 * `https://developer.nexmo.com/api-errors#<reason-in-kebab-case>` or `error-code` JSON.
 */
export function familyError(
  family: Family,
  status: number,
  instance: string,
  detail: string,
  headers: Record<string, string> = {},
): Reply {
  if (family === 'rest') return errorCode(status, detail, headers);
  const title = reasonOf(status);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return problem(
    status,
    instance,
    { type: `https://developer.nexmo.com/api-errors#${slug}`, title, detail },
    headers,
  );
}
