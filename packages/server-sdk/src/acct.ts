import { Accounts, Secrets } from '@acct/accounts';
import type { AuthInterface, AuthParams } from '@acct/auth';
import {
  resolveAuth,
  resolveConfig,
  type ConfigParams,
  type ResolvedConfig,
} from '@acct/server-client';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Every client of the Account API in one object. `accounts` and `secrets` share one `Auth` and
 * one resolved configuration. Credentials and hosts not passed are read from the environment
 * when the object is built: `ACCT_API_KEY`, `ACCT_API_SECRET`, `ACCT_REST_HOST`,
 * `ACCT_API_HOST`; explicit arguments win.
 *
 * @example
 * ```ts
 * import { Acct } from '@acct/server-sdk';
 *
 * // with ACCT_API_KEY and ACCT_API_SECRET exported, `new Acct()` is enough
 * const acct = process.env.ACCT_API_KEY ? new Acct() : new Acct({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const { value } = await acct.accounts.getBalance();
 * const { _embedded } = await acct.secrets.listSecrets('abcd1234');
 * console.log(value, _embedded.secrets.length);
 * ```
 */
export class Acct {
  /** Balance, top-up and callback URLs. */
  readonly accounts: Accounts;
  /** API secret management, including `rotateSecret`. */
  readonly secrets: Secrets;

  readonly #config: ResolvedConfig;

  /**
   * @param credentials - An `Auth` (or any `AuthInterface`), or the `AuthParams` to build one
   *   (`{ apiKey, apiSecret }` for this API); missing ones come from `ACCT_API_KEY` and
   *   `ACCT_API_SECRET`.
   * @param options - Client options shared by every client; see `ConfigParams`.
   * @throws `ValidationError` when an option is invalid. Missing credentials reject the first
   *   call with the `@acct/auth` error naming what to pass.
   */
  constructor(credentials?: AuthInterface | AuthParams, options?: ConfigParams) {
    const auth = resolveAuth(credentials);
    this.#config = resolveConfig(options);
    this.accounts = new Accounts(auth, this.#config);
    this.secrets = new Secrets(auth, this.#config);
  }

  /**
   * A copy of the shared, resolved configuration (never a credential).
   *
   * @returns The hosts, limits, retry policy and transport in use.
   * @example
   * ```ts
   * import { Acct } from '@acct/server-sdk';
   *
   * const acct = new Acct({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' }, { timeout: 5000 });
   * console.log(acct.getConfig().apiHost, acct.getConfig().timeout); // 'https://api.nexmo.com' 5000
   * ```
   */
  getConfig(): ResolvedConfig {
    return { ...this.#config };
  }

  /**
   * What `JSON.stringify(acct)` shows: the clients' non-secret settings.
   *
   * @returns The settings of `accounts` and `secrets`.
   * @example
   * ```ts
   * import { Acct } from '@acct/server-sdk';
   *
   * console.log(JSON.stringify(new Acct({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' })));
   * // {"accounts":{"client":"Accounts","authType":"basic","config":{...}},"secrets":{...}}
   * ```
   */
  toJSON(): Record<string, unknown> {
    return { accounts: this.accounts.toJSON(), secrets: this.secrets.toJSON() };
  }

  /** What `util.inspect(acct)` shows: never a credential. */
  [INSPECT](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    return `Acct ${inspect({ accounts: this.accounts, secrets: this.secrets }, options)}`;
  }
}
