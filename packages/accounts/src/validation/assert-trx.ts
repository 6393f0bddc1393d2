import { invalid } from '../internal/invalid';

/** Throws a `ValidationError` unless `trx` is a non-blank string. */
export const assertTrx = (trx: unknown): string => {
  if (typeof trx !== 'string' || trx.trim() === '') {
    throw invalid('trx is required', [
      {
        name: 'trx',
        reason:
          'must be the non-empty transaction reference of the payment that enabled auto-reload, ' +
          "such as '8ef2447e69604f642ae59363aa5f781b'",
      },
    ]);
  }
  return trx;
};
