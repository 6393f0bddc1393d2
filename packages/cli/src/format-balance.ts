/**
 * Formats an amount of the account balance. The Account API always counts in euros, so
 * the currency is EUR whatever the locale; the locale only decides the layout.
 *
 * @param value - The amount, in EUR.
 * @param locale - A BCP 47 locale such as `'en-GB'` or `'de-DE'`.
 *   @default the locale of the process (from the environment)
 * @returns The amount as currency text, for example `'€10.50'` or `'10,50 €'`.
 * @example
 * ```ts
 * import { formatBalance } from '@acct/cli';
 *
 * formatBalance(10.5, 'en-GB'); // '€10.50'
 * formatBalance(10.5, 'de-DE'); // '10,50 €'
 * ```
 */
export function formatBalance(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}
