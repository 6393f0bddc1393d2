import { ValidationError } from '../errors/validation-error';
import type { QueryValue } from '../http-request';
import { redact } from '../redact';

const ABSOLUTE = /^https?:\/\/[^/?#\s]+/i;
/** The common shape (ASCII host or IP, optional port, no whitespace): no need to parse. */
const PLAIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?(?:[/?#]\S*)?$/i;

/** URLs that passed {@link isAbsoluteHttpUrl} lately (a pure check: a client calls few URLs). */
const valid = new Set<string>();
const VALID_KEPT = 64;

function isAbsoluteHttpUrl(url: string): boolean {
  if (valid.has(url)) return true;
  if (!checkUrl(url)) return false;
  if (valid.size >= VALID_KEPT) valid.clear();
  valid.add(url);
  return true;
}

function checkUrl(url: string): boolean {
  const plain = PLAIN.exec(url);
  if (plain) return plain[1] === undefined || Number(plain[1]) <= 65535;
  return ABSOLUTE.test(url) && URL.canParse(url);
}

/**
 * Resolves `url` against an optional base (`https://h/v1` + `/things`), and checks that
 * the result is an absolute http(s) URL.
 *
 * @throws ValidationError when it is not.
 */
export function resolveUrl(url: unknown, baseUrl?: string): string {
  if (typeof url !== 'string' || url === '') {
    throw new ValidationError('[@acct/http] url is missing: pass an absolute http(s) URL', [
      { name: 'url', reason: 'must be a non-empty string' },
    ]);
  }
  let full = url;
  if (baseUrl !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    full = `${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
  }
  if (!isAbsoluteHttpUrl(full)) {
    const shown = redact(full);
    throw new ValidationError(
      `[@acct/http] url "${shown}" is not an absolute http(s) URL: pass one such as https://rest.nexmo.com/account/get-balance, or set baseUrl`,
      [{ name: 'url', reason: `"${shown}" is not an absolute http(s) URL` }],
    );
  }
  return full;
}

function encodeValue(name: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
  }
  throw new ValidationError(
    `[@acct/http] query parameter "${name}" cannot be encoded: pass a string, number, boolean or an array of them`,
    [{ name: `params.${name}`, reason: `unsupported value of type ${typeof value}` }],
  );
}

/**
 * Appends query parameters to `url`: arrays become repeated keys, `undefined` and `null`
 * are left out, `''` is kept.
 *
 * @throws ValidationError for nested objects.
 */
export function appendQuery(url: string, params?: Record<string, QueryValue>): string {
  if (params === undefined || params === null) return url;
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(encodeValue(name, item));
    } else {
      parts.push(encodeValue(name, value));
    }
  }
  if (parts.length === 0) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${parts.join('&')}${fragment}`;
}
