import { assertText } from './assert-text';
import { TRX_MAX_LENGTH } from './bounds';

/**
 * Checks `trx`: 1 to 128 visible ASCII characters (U+0021 to U+007E), so a reference with a
 * stray space, CR, LF or NUL is never charged. Throws a `ValidationError` otherwise.
 */
export const assertTrx = (trx: unknown): string =>
  assertText(trx, {
    name: 'trx',
    pass:
      'the transaction reference of the payment that enabled auto-reload, ' +
      "such as '8ef2447e69604f642ae59363aa5f781b'",
    maxLength: TRX_MAX_LENGTH,
    refused: /[^\x21-\x7e]/,
    characters: 'visible ASCII characters (no space, control or non-ASCII character)',
  });
