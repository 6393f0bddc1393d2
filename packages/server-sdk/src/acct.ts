import { Accounts, Secrets } from '@acct/accounts';
import { Auth, type AuthInterface, type AuthParams } from '@acct/auth';
import { createKeepAliveAgent } from '@acct/http';
import { resolveConfig, type ConfigParams, type ResolvedConfig } from '@acct/server-client';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

const isAuthInterface = (value: unknown): value is AuthInterface =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as AuthInterface).createBasicHeader === 'function' &&
  typeof (value as AuthInterface).getQueryParams === 'function';

/**
 * Every client of the Account API in one object. `accounts` and `secrets` share one `Auth`, one
 * resolved configuration and one keep-alive agent.
 *
 * @example
 * ```ts
 * import { Acct } from '@acct/server-sdk';
 *
 * const acct = new Acct({ apiKey: 'abcd1234', apiSecret: 'Abcdef123' });
 * const { value } = await acct.accounts.getBalance();
 * const { _embedded } = await acct.secrets.listSecrets('abcd1234');
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
   *   (`{ apiKey, apiSecret }` for this API).
   * @param options - Client options shared by every client; see `ConfigParams`.
   * @throws `ValidationError` when an option is invalid. Missing credentials reject the first
   *   call with the `@acct/auth` error naming what to pass.
   */
  constructor(credentials: AuthInterface | AuthParams, options?: ConfigParams) {
    const auth = isAuthInterface(credentials) ? credentials : new Auth(credentials);
    const config = resolveConfig(options);
    this.#config =
      config.agent === undefined
        ? resolveConfig({ ...config, agent: createKeepAliveAgent() })
        : config;
    this.accounts = new Accounts(auth, this.#config);
    this.secrets = new Secrets(auth, this.#config);
  }

  /**
   * A copy of the shared, resolved configuration (never a credential).
   *
   * @returns The hosts, limits, retry policy and transport in use.
   * @example
   * ```ts
   * new Acct(credentials).getConfig().apiHost; // 'https://api.nexmo.com'
   * ```
   */
  getConfig(): ResolvedConfig {
    return { ...this.#config };
  }

  /** What `JSON.stringify(acct)` shows: the clients' non-secret settings. */
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
