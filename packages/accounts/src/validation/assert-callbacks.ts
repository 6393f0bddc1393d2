import { checkOptions, describeValue, type InvalidParameter } from '@acct/http';
import { invalid } from '../internal/invalid';
import { CALLBACK_URL_MAX_LENGTH } from './bounds';

const FIELDS = ['moCallBackUrl', 'drCallBackUrl'] as const;

const PASS =
  "pass an absolute http(s) URL such as 'https://example.com/webhooks/inbound-sms', or '' to unset it";

/** Why `value` is not a callback URL we send, or `undefined` when it is one. Never shows it. */
function urlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, got ${describeValue(value)}`;
  if (value === '') return undefined;
  if (value.length > CALLBACK_URL_MAX_LENGTH) {
    return `must be at most ${CALLBACK_URL_MAX_LENGTH} characters, got ${value.length}`;
  }
  const bad = /[^\x21-\x7e]/.exec(value);
  if (bad) {
    return (
      `must not contain whitespace, control or non-ASCII characters (character ${bad.index + 1} ` +
      'is one; percent-encode it)'
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http: or https:';
  if (url.href !== value) {
    return (
      'must be written in canonical form, as new URL(url).href writes it (for example ' +
      "'https://example.com/' with the '/' after the host, scheme and host in lower case)"
    );
  }
  return undefined;
}

/**
 * Checks `callbacks` and returns the form to send: a plain object with only `moCallBackUrl` and
 * `drCallBackUrl` (an unknown key is refused with a did-you-mean, so a typo such as
 * `moCallbackUrl` is never dropped silently); each `''` (it unsets), `undefined` (left out) or an
 * absolute http(s) URL of at most 2048 characters, in canonical form (`new URL(s).href === s`:
 * what the parser would drop or rewrite, such as a CR/LF, a leading space or `https:example.com`,
 * is refused instead of being stored as given).
 */
export const assertCallbacks = (callbacks: unknown): Record<string, string> => {
  const given = checkOptions(callbacks, '[@acct/accounts] callbacks', FIELDS);
  const problems: InvalidParameter[] = [];
  const form: Record<string, string> = {};
  // the caller's order, as the peer sends them (checkOptions left only the known keys)
  for (const field of Object.keys(given) as (typeof FIELDS)[number][]) {
    const value = given[field];
    if (value === undefined) continue;
    const reason = urlProblem(value);
    if (reason === undefined) form[field] = value as string;
    else problems.push({ name: field, reason: `${reason}: ${PASS}` });
  }
  if (problems.length > 0) throw invalid('callbacks are invalid', problems);
  return form;
};
