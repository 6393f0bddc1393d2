/** The most bytes (or characters) of key material, or of a key file, that are read: 64 KiB. */
export const MAX_KEY_SIZE = 64 * 1024;

/** What a `privateKey` string turned out to be. */
export type KeyText =
  /** PEM text (armour found), normalised: one base64 body in 64-character lines. */
  | { kind: 'pem'; pem: string }
  /** A bare base64 body (a PEM without its BEGIN/END lines), decoded. */
  | { kind: 'der'; der: Buffer }
  /** Text that is neither a key nor a possible file path (it has a control character). */
  | { kind: 'garbage' }
  /** A file path; `shown` is set when it is clearly a path holding no key material. */
  | { kind: 'path'; path: string; shown?: string };

const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
const ARMOUR = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

/** Whether the text has a control character (C0, DEL or C1): no file path has one. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}

/** Turns the literal `\n` and `\r` escapes of an `.env` file into real line breaks. */
const unescape = (text: string): string => text.replace(/\\r\\n|\\n|\\r/g, '\n');

/** Rewraps a PEM whose line breaks were lost or escaped, or that sits inside quotes. */
function normalisePem(text: string): string {
  const unescaped = unescape(text);
  const match = ARMOUR.exec(unescaped);
  if (!match) return unescaped;
  const [, label, rawBody = ''] = match;
  // Encrypted PKCS#1 keys carry "Proc-Type:" headers: leave them as they are.
  if (rawBody.includes(':')) return match[0];
  const body = rawBody.replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A path is named in messages only when it clearly is one: a separator or a file extension, and not only base64 characters. */
function clearlyPath(text: string): boolean {
  if (text.length > 1024 || BASE64_BODY.test(text)) return false;
  if (hasControl(text) || /[\ud800-\udfff]/.test(text)) return false;
  return /[/\\]/.test(text) || /\.[A-Za-z0-9]{1,10}$/.test(text);
}

/**
 * Tells key material from a file path in a `privateKey` string. Key material is never taken
 * for a path (a path would be named in an error): a PEM (with real or escaped `\n`, in quotes,
 * on one line), or a bare base64 body of 64 characters or more or spread over lines.
 *
 * @param text - A non-empty `privateKey` string of at most {@link MAX_KEY_SIZE} characters.
 * @returns What the text is.
 */
export function classifyKeyText(text: string): KeyText {
  if (text.includes('-----BEGIN')) return { kind: 'pem', pem: normalisePem(text) };
  const escaped = /\\[nr]/.test(text);
  const compact = unescape(text).replace(/\s+/g, '');
  if (BASE64_BODY.test(compact) && (compact.length >= 64 || /\n/.test(text) || escaped)) {
    return { kind: 'der', der: Buffer.from(compact, 'base64') };
  }
  if (hasControl(text)) return { kind: 'garbage' };
  return clearlyPath(text)
    ? { kind: 'path', path: text, shown: text }
    : { kind: 'path', path: text };
}

/**
 * Normalises the contents of a key file or a Buffer: PEM text is rewrapped as above; anything
 * else is kept as bytes (DER).
 *
 * @param bytes - The file contents or Buffer.
 * @returns PEM text, or the bytes unchanged.
 */
export function normaliseKeyBytes(bytes: Uint8Array): string | Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  return text.includes('-----BEGIN') ? normalisePem(text) : buffer;
}
