import { request } from 'node:http';
import fc from 'fast-check';

/** A secret that must never show in a log entry or an error. */
export const CANARY = 'Canary9Secret';

const PIECES = [
  '\r\n',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udc00',
  ' ',
  '\t',
  'é',
  'ÿ',
  '€',
  '😀',
  ':',
  '/',
  '?',
  '#',
  '{',
  '}',
  '%',
  '=',
  '&',
  'a',
  'Z',
  '0',
  '-',
];

const MiB = 1024 * 1024;

/**
 * Strings a hostile caller might pass: any code point, control characters, CR/LF, NUL, lone
 * surrogates, Latin-1 and astral characters, separators, and 1 MB strings.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 12 }),
  fc.constantFrom('', 'x'.repeat(MiB), `é${'v'.repeat(MiB)}`),
);

/** A hostile string with the canary somewhere inside. */
export const withCanary: fc.Arbitrary<string> = fc
  .tuple(hostileString, hostileString)
  .map(([a, b]) => `${a.slice(0, 40)}${CANARY}${b}`);

/** RFC 9110 tokens that make good header names. */
export const headerName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'retry-after',
    'x-ratelimit-remaining',
    'Content-Type',
    'www-authenticate',
    'x-a',
  ),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9!#$%&'*+.^_`|~-]{0,20}$/),
);

/** Any value at all, hostile strings included: for options that must refuse most of them. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  hostileString,
  withCanary,
  fc.integer(),
  fc.double(),
  fc.constantFrom(undefined, null, Infinity, -Infinity, Number.NaN, 1n, Symbol('s')),
);

/** What a raw node:http GET answers: status, headers (Latin-1, as sent) and the UTF-8 body. */
export interface RawReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A GET with node:http (no redirects, no decompression), so the answer is seen as written. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
