/**
 * The one error the emulator throws at a call: an option of `inject()`, `startEmulator()`,
 * `createHandlers()`, `new Emulator()` or an account seed is not what it accepts. It is thrown
 * before anything is queued, seeded or listened on. The message names the option and what to
 * pass, and describes a bad value by its type and length only, never by its content (it might
 * be a secret). It extends `TypeError`, so `instanceof TypeError` still holds.
 *
 * @example
 * ```ts
 * import { Emulator, EmulatorOptionError } from '@acct/emulator';
 *
 * const emulator = new Emulator();
 * try {
 *   emulator.inject({ path: '/account/get-balance', headers: { 'retry-after': '1\r\nx: y' } });
 * } catch (error) {
 *   if (error instanceof EmulatorOptionError) {
 *     console.log(error.code, error.option); // ACCT_EMULATOR_OPTION inject.headers["retry-after"]
 *   }
 * }
 * ```
 */
export class EmulatorOptionError extends TypeError {
  /** Always `'ACCT_EMULATOR_OPTION'`: tell this error apart by its code, not its message. */
  readonly code = 'ACCT_EMULATOR_OPTION';
  /**
   * The option refused, as a path from the call's argument: `inject.headers["retry-after"]`,
   * `accounts[0].secrets[1]`, `startEmulator.port`, `createHandlers.restHost`.
   */
  readonly option: string;

  /**
   * @param option - the option refused (see {@link EmulatorOptionError.option}).
   * @param reason - what is wrong and what to pass, without the value itself.
   */
  constructor(option: string, reason: string) {
    super(`[@acct/emulator] ${option} ${reason}`);
    this.name = 'EmulatorOptionError';
    this.option = option;
  }

  /**
   * A plain view for `JSON.stringify`: name, code, option and message (never a value of the
   * call, so it is safe to log).
   *
   * @returns the fields `JSON.stringify(error)` shows.
   * @example
   * ```ts
   * import { startEmulator, EmulatorOptionError } from '@acct/emulator';
   *
   * const refused = await startEmulator({ port: 70000 }).catch((error: unknown) => error);
   * if (refused instanceof EmulatorOptionError) console.log(JSON.stringify(refused));
   * // {"name":"EmulatorOptionError","code":"ACCT_EMULATOR_OPTION","option":"startEmulator.port",
   * //  "message":"[@acct/emulator] startEmulator.port must be an integer from 0 to 65535, got 70000"}
   * ```
   */
  toJSON(): { name: string; code: string; option: string; message: string } {
    return { name: this.name, code: this.code, option: this.option, message: this.message };
  }
}
