import { isSensitiveKey } from './is-sensitive-key';

/** The value that replaces a redacted credential. */
export const REDACTED = '[REDACTED]';

const USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi;
const PAIR = /([^\s?&=;,"'<>/]+)=([^&\s#"',;<>]*)/g;
const JSON_PAIR = /"((?:[^"\\]|\\.)+)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const SCHEME = /\b(Basic|Bearer) [A-Za-z0-9._~+/-]{6,}=*/g;
const HEADER_NAME = /authorization|cookie|x-api-key/i;
const HEADER_LINE =
  /^(\s*(?:proxy-authorization|authorization|cookie|set-cookie|x-api-key)\s*:).*$/gim;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Redacts credentials inside free text (an error message, a stack, a URL, a form or JSON
 * string): `key=value` pairs and JSON `"key": "value"` pairs with a secret-like key, the
 * password of a URL's user info, `Basic`/`Bearer` credentials and authorization-like
 * header lines. Idempotent.
 */
export function redactText(text: string): string {
  let out = text;
  if (out.includes('@')) out = out.replace(USERINFO, `$1:${REDACTED}@`);
  if (out.includes('=')) {
    out = out.replace(PAIR, (all, key: string) =>
      isSensitiveKey(decode(key)) ? `${key}=${REDACTED}` : all,
    );
  }
  if (out.includes('"')) {
    out = out.replace(JSON_PAIR, (all, key: string, colon: string) =>
      isSensitiveKey(key) ? `"${key}"${colon}"${REDACTED}"` : all,
    );
  }
  if (out.includes('Basic') || out.includes('Bearer')) out = out.replace(SCHEME, `$1 ${REDACTED}`);
  if (HEADER_NAME.test(out)) out = out.replace(HEADER_LINE, `$1 ${REDACTED}`);
  return out;
}
