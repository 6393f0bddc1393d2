import { EmulatorOptionError } from '../emulator-option-error';
import { Emulator } from '../emulator';
import type { StartEmulatorOptions } from '../start-emulator-options';
import { checkObject } from './check-object';
import { describeNumber, describeValue } from './describe-value';
import { MAX_HOST_LENGTH, MAX_TIMEOUT_MS } from './limits';

/** The options of startEmulator, checked, with defaults. */
export interface StartSettings {
  readonly port: number;
  readonly host: string;
  readonly emulator: Emulator;
  readonly headersTimeout: number;
  readonly requestTimeout: number;
  readonly keepAliveTimeout: number;
}

const KEYS = [
  'port',
  'host',
  'accounts',
  'emulator',
  'headersTimeout',
  'requestTimeout',
  'keepAliveTimeout',
];

const fail = (option: string, reason: string): never => {
  throw new EmulatorOptionError(`startEmulator.${option}`, reason);
};

function integer(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `must be an integer from ${min} to ${max}, got ${describeNumber(value)}`);
  }
  return value as number;
}

/**
 * Checks the options of `startEmulator()` before anything listens; throws
 * {@link EmulatorOptionError} naming the option. A seed is checked by `new Emulator()`.
 */
export function validateStartOptions(input: StartEmulatorOptions): StartSettings {
  const options = checkObject(input, 'startEmulator options', KEYS, '{ port: 0 }');
  const port = integer(options.port, 'port', 0, 65535, 0);
  const host = options.host ?? '127.0.0.1';
  if (
    typeof host !== 'string' ||
    host === '' ||
    host.length > MAX_HOST_LENGTH ||
    !/^[\x21-\x7e]+$/.test(host) ||
    /[/?#@]/.test(host)
  ) {
    fail(
      'host',
      `must be a host name or IP address (1 to ${MAX_HOST_LENGTH} visible ASCII characters, ` +
        `no "/", "?", "#" or "@"), e.g. '127.0.0.1', got ${describeValue(host)}`,
    );
  }
  const headersTimeout = integer(
    options.headersTimeout,
    'headersTimeout',
    1,
    MAX_TIMEOUT_MS,
    10_000,
  );
  const requestTimeout = integer(
    options.requestTimeout,
    'requestTimeout',
    1,
    MAX_TIMEOUT_MS,
    30_000,
  );
  const keepAliveTimeout = integer(
    options.keepAliveTimeout,
    'keepAliveTimeout',
    0,
    MAX_TIMEOUT_MS,
    5_000,
  );
  if (headersTimeout > requestTimeout) {
    fail('headersTimeout', 'must not be larger than requestTimeout (Node refuses it)');
  }
  if (options.emulator !== undefined && !(options.emulator instanceof Emulator)) {
    fail(
      'emulator',
      `must be an Emulator (new Emulator()), got ${describeValue(options.emulator)}`,
    );
  }
  if (options.emulator !== undefined && options.accounts !== undefined) {
    fail('accounts', 'cannot go with emulator: seed the Emulator you pass instead');
  }
  const emulator =
    (options.emulator as Emulator | undefined) ??
    new Emulator({ accounts: options.accounts as StartEmulatorOptions['accounts'] });
  return { port, host: host as string, emulator, headersTimeout, requestTimeout, keepAliveTimeout };
}
