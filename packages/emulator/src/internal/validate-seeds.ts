import { EmulatorOptionError } from '../emulator-option-error';
import { checkObject } from './check-object';
import { describeNumber, describeValue } from './describe-value';
import {
  MAX_ACCOUNTS,
  MAX_API_KEY_LENGTH,
  MAX_SECRETS,
  MAX_SEED_SECRET_LENGTH,
  MAX_URL_LENGTH,
} from './limits';
import { CONTROL, LONE_SURROGATE, SPACE_OR_CONTROL, VISIBLE_ASCII } from './text-rules';

/** A validated seed, flattened: sub-accounts follow their primary and name it. */
export interface ValidSeed {
  readonly apiKey: string;
  readonly primaryApiKey: string | null;
  readonly secrets: readonly string[];
  readonly balance: number;
  readonly autoReload: boolean;
  readonly topUpAmount: number;
  readonly moCallBackUrl: string;
  readonly drCallBackUrl: string;
  readonly maxOutboundRequest: number;
  readonly maxInboundRequest: number;
  readonly maxCallsPerSecond: number;
}

const KEYS = [
  'apiKey',
  'secrets',
  'balance',
  'autoReload',
  'topUpAmount',
  'moCallBackUrl',
  'drCallBackUrl',
  'moCallbackUrl',
  'drCallbackUrl',
  'maxOutboundRequest',
  'maxInboundRequest',
  'maxCallsPerSecond',
  'subAccounts',
];

const EXAMPLE = "{ apiKey: 'key1', secrets: ['Secret123'] }";

const fail = (option: string, reason: string): never => {
  throw new EmulatorOptionError(option, reason);
};

function apiKeyOf(value: unknown, at: string): string {
  if (
    typeof value !== 'string' ||
    value === '' ||
    value.length > MAX_API_KEY_LENGTH ||
    CONTROL.test(value) ||
    LONE_SURROGATE.test(value) ||
    value.includes(':') ||
    value.trim() !== value
  ) {
    fail(
      `${at}.apiKey`,
      `must be a string of 1 to ${MAX_API_KEY_LENGTH} characters without control characters, ` +
        `":" (it ends the Basic user name) or surrounding spaces, got ${describeValue(value)}`,
    );
  }
  return value as string;
}

function secretsOf(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_SECRETS) {
    fail(
      `${at}.secrets`,
      `must be an array of 1 to ${MAX_SECRETS} secrets, got ${describeValue(value)}`,
    );
  }
  return (value as unknown[]).map((secret, i) => {
    if (
      typeof secret !== 'string' ||
      secret.length > MAX_SEED_SECRET_LENGTH ||
      !VISIBLE_ASCII.test(secret)
    ) {
      fail(
        `${at}.secrets[${i}]`,
        `must be a string of 1 to ${MAX_SEED_SECRET_LENGTH} visible ASCII characters ` +
          `(no space or control character), got ${describeValue(secret)}`,
      );
    }
    return secret as string;
  });
}

function numberOf(
  seed: Record<string, unknown>,
  name: string,
  at: string,
  fallback: number,
  min: number,
): number {
  const value = seed[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    const range = min === -Infinity ? 'a finite number' : `a finite number >= ${min}`;
    fail(`${at}.${name}`, `must be ${range}, got ${describeNumber(value)}`);
  }
  return value as number;
}

function urlOf(seed: Record<string, unknown>, name: string, alias: string, at: string): string {
  if (seed[name] !== undefined && seed[alias] !== undefined) {
    fail(`${at}.${alias}`, `is the old spelling of ${name}: give only ${name}`);
  }
  const key = seed[name] !== undefined ? name : alias;
  const value = seed[key] ?? '';
  if (value === '') return '';
  let ok =
    typeof value === 'string' && value.length <= MAX_URL_LENGTH && !SPACE_OR_CONTROL.test(value);
  if (ok) {
    try {
      const { protocol } = new URL(value);
      ok = protocol === 'http:' || protocol === 'https:';
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    fail(
      `${at}.${key}`,
      `must be '' (unset) or an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters ` +
        `without spaces or control characters, got ${describeValue(value)}`,
    );
  }
  return value as string;
}

/**
 * Validates seeds (the `accounts` option) and flattens them; throws
 * {@link EmulatorOptionError} naming the account by its position (`accounts[0].subAccounts[1]`),
 * never by its key or a secret.
 */
export function validateSeeds(seeds: unknown, option = 'accounts'): ValidSeed[] {
  if (!Array.isArray(seeds)) {
    fail(
      option,
      `must be an array of AccountSeed such as [${EXAMPLE}], got ${describeValue(seeds)}`,
    );
  }
  const out: ValidSeed[] = [];
  const where = new Map<string, string>();
  const add = (input: unknown, at: string, primary: string | null): void => {
    const seed = checkObject(input, at, KEYS, EXAMPLE);
    const apiKey = apiKeyOf(seed.apiKey, at);
    const first = where.get(apiKey);
    if (first !== undefined)
      fail(`${at}.apiKey`, `is seeded twice: ${first}.apiKey has the same key`);
    where.set(apiKey, at);
    if (out.length >= MAX_ACCOUNTS)
      fail(option, `may hold at most ${MAX_ACCOUNTS} accounts in all`);
    if (seed.autoReload !== undefined && typeof seed.autoReload !== 'boolean') {
      fail(`${at}.autoReload`, `must be true or false, got ${describeValue(seed.autoReload)}`);
    }
    out.push({
      apiKey,
      primaryApiKey: primary,
      secrets: secretsOf(seed.secrets, at),
      balance: numberOf(seed, 'balance', at, 0, -Infinity),
      autoReload: seed.autoReload === true,
      topUpAmount: numberOf(seed, 'topUpAmount', at, 10, 0),
      moCallBackUrl: urlOf(seed, 'moCallBackUrl', 'moCallbackUrl', at),
      drCallBackUrl: urlOf(seed, 'drCallBackUrl', 'drCallbackUrl', at),
      maxOutboundRequest: numberOf(seed, 'maxOutboundRequest', at, 30, 0),
      maxInboundRequest: numberOf(seed, 'maxInboundRequest', at, 30, 0),
      maxCallsPerSecond: numberOf(seed, 'maxCallsPerSecond', at, 30, 0),
    });
    const subs = seed.subAccounts ?? [];
    if (!Array.isArray(subs)) {
      fail(`${at}.subAccounts`, `must be an array of AccountSeed, got ${describeValue(subs)}`);
    }
    if (primary !== null && (subs as unknown[]).length > 0) {
      fail(`${at}.subAccounts`, 'must be empty: a sub-account cannot have sub-accounts');
    }
    (subs as unknown[]).forEach((sub, i) => add(sub, `${at}.subAccounts[${i}]`, apiKey));
  };
  (seeds as unknown[]).forEach((seed, i) => add(seed, `${option}[${i}]`, null));
  return out;
}
