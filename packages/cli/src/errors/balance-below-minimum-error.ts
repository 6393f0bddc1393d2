import { AcctError } from '@acct/server-sdk';

/**
 * Thrown by `acct balance --min <eur>` when the balance is below the minimum: the
 * pre-flight check of a campaign script. Exits with code 3.
 *
 * Code: `ACCT_CLI_BELOW_MINIMUM`.
 *
 * @example
 * ```ts
 * import { BalanceBelowMinimumError, exitCodeFor } from '@acct/cli';
 *
 * const err = new BalanceBelowMinimumError(4.2, 5, '€4.20', '€5.00');
 * err.message; // 'balance €4.20 is below the minimum of €5.00'
 * exitCodeFor(err); // 3
 * ```
 */
export class BalanceBelowMinimumError extends AcctError {
  /** The balance, in EUR. */
  readonly balance: number;
  /** The minimum that was asked for, in EUR. */
  readonly minimum: number;

  /**
   * @param balance - The balance, in EUR.
   * @param minimum - The minimum asked for with `--min`, in EUR.
   * @param balanceText - The balance as printed (formatted currency).
   * @param minimumText - The minimum as printed (formatted currency).
   */
  constructor(balance: number, minimum: number, balanceText: string, minimumText: string) {
    super(`balance ${balanceText} is below the minimum of ${minimumText}`, {
      code: 'ACCT_CLI_BELOW_MINIMUM',
    });
    this.balance = balance;
    this.minimum = minimum;
  }
}
