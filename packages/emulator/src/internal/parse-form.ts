/** Thrown by the strict parsers when a body or query cannot be decoded. */
export class MalformedInputError extends Error {
  override readonly name = 'MalformedInputError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8, rejecting invalid sequences. */
export function decodeUtf8(bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return bytes;
  try {
    return utf8.decode(bytes);
  } catch {
    throw new MalformedInputError('body is not valid UTF-8');
  }
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new MalformedInputError('malformed percent-encoding');
  }
}

/**
 * Parses `application/x-www-form-urlencoded` text (a form body or a query string) strictly:
 * a bad percent-escape throws `MalformedInputError` instead of being passed through. Later
 * duplicates win.
 */
export function parseForm(text: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeComponent(eq === -1 ? pair : pair.slice(0, eq));
    fields[name] = eq === -1 ? '' : decodeComponent(pair.slice(eq + 1));
  }
  return fields;
}
