import { randomUUID } from 'node:crypto';
import type { AccountSeed } from '../account-seed';
import type { EmulatorSnapshot, AccountSnapshot, TopUpRecord } from '../emulator-snapshot';
import { deepFreeze } from './deep-freeze';
import { hashSecret, verifySecret, type SecretHash } from './hash-secret';
import { isoNow } from './iso-now';
import { MAX_SECRETS } from './limits';

/** A secret as stored: id, creation time and hash. */
export interface StoredSecret extends SecretHash {
  readonly id: string;
  readonly createdAt: string;
}

/** An account as stored (mutable; only the store and the routes touch it). */
export interface StoredAccount {
  readonly apiKey: string;
  readonly primaryApiKey: string | null;
  readonly subAccounts: string[];
  balance: number;
  autoReload: boolean;
  topUpAmount: number;
  moCallbackUrl: string;
  drCallbackUrl: string;
  maxOutboundRequest: number;
  maxInboundRequest: number;
  maxCallsPerSecond: number;
  secrets: StoredSecret[];
}

function fail(message: string): never {
  throw new TypeError(`[@acct/emulator] ${message}`);
}

function numberField(seed: AccountSeed, name: keyof AccountSeed, fallback: number): number {
  const value = seed[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`accounts: ${name} of '${seed.apiKey}' must be a finite number`);
  }
  return value;
}

function stringField(seed: AccountSeed, name: 'moCallbackUrl' | 'drCallbackUrl'): string {
  const value = seed[name] ?? '';
  if (typeof value !== 'string') fail(`accounts: ${name} of '${seed.apiKey}' must be a string`);
  return value;
}

/** Creates a stored secret (new UUID, now, salted hash). */
export function newSecret(secret: string): StoredSecret {
  return { id: randomUUID(), createdAt: isoNow(), ...hashSecret(secret) };
}

/** All accounts by key, plus the record of accepted top-ups. */
export class AccountStore {
  readonly accounts = new Map<string, StoredAccount>();
  readonly topUps: TopUpRecord[] = [];

  /** Seeds accounts; throws a TypeError naming the field for a bad seed. */
  static fromSeeds(seeds: readonly AccountSeed[]): AccountStore {
    if (!Array.isArray(seeds)) fail('accounts must be an array of AccountSeed');
    const store = new AccountStore();
    for (const seed of seeds as readonly AccountSeed[]) store.#add(seed, null);
    return store;
  }

  #add(seed: AccountSeed, primary: StoredAccount | null): void {
    if (seed === null || typeof seed !== 'object') fail('accounts: each account must be an object');
    const { apiKey, secrets } = seed;
    if (typeof apiKey !== 'string' || apiKey === '')
      fail('accounts: apiKey must be a non-empty string');
    if (this.accounts.has(apiKey)) fail(`accounts: apiKey '${apiKey}' is seeded twice`);
    if (
      !Array.isArray(secrets) ||
      secrets.length < 1 ||
      secrets.length > MAX_SECRETS ||
      !secrets.every((s) => typeof s === 'string' && s !== '')
    ) {
      fail(`accounts: secrets of '${apiKey}' must hold 1 to ${MAX_SECRETS} non-empty strings`);
    }
    if (seed.autoReload !== undefined && typeof seed.autoReload !== 'boolean') {
      fail(`accounts: autoReload of '${apiKey}' must be a boolean`);
    }
    const account: StoredAccount = {
      apiKey,
      primaryApiKey: primary?.apiKey ?? null,
      subAccounts: [],
      balance: numberField(seed, 'balance', 0),
      autoReload: seed.autoReload ?? false,
      topUpAmount: numberField(seed, 'topUpAmount', 10),
      moCallbackUrl: stringField(seed, 'moCallbackUrl'),
      drCallbackUrl: stringField(seed, 'drCallbackUrl'),
      maxOutboundRequest: numberField(seed, 'maxOutboundRequest', 30),
      maxInboundRequest: numberField(seed, 'maxInboundRequest', 30),
      maxCallsPerSecond: numberField(seed, 'maxCallsPerSecond', 30),
      secrets: secrets.map(newSecret),
    };
    this.accounts.set(apiKey, account);
    primary?.subAccounts.push(apiKey);
    const subs = seed.subAccounts ?? [];
    if (!Array.isArray(subs)) fail(`accounts: subAccounts of '${apiKey}' must be an array`);
    if (primary !== null && subs.length > 0) {
      fail(`accounts: sub-account '${apiKey}' cannot have sub-accounts`);
    }
    for (const sub of subs as readonly AccountSeed[]) this.#add(sub, account);
  }

  /** The account whose key is `apiKey` and one of whose current secrets is `secret`. */
  authenticate(apiKey: string, secret: string): StoredAccount | undefined {
    const account = this.accounts.get(apiKey);
    if (account === undefined) return undefined;
    return account.secrets.some((s) => verifySecret(s, secret)) ? account : undefined;
  }

  /** A deep copy (secrets keep their ids, times and hashes) for `reset()`. */
  clone(): AccountStore {
    const copy = new AccountStore();
    for (const [key, account] of this.accounts) {
      copy.accounts.set(key, {
        ...account,
        subAccounts: [...account.subAccounts],
        secrets: [...account.secrets],
      });
    }
    copy.topUps.push(...this.topUps);
    return copy;
  }

  /** A deep-frozen snapshot without secret material. */
  snapshot(): EmulatorSnapshot {
    const accounts: Record<string, AccountSnapshot> = {};
    for (const [key, a] of this.accounts) {
      accounts[key] = {
        apiKey: a.apiKey,
        primaryApiKey: a.primaryApiKey,
        subAccounts: [...a.subAccounts],
        balance: a.balance,
        autoReload: a.autoReload,
        topUpAmount: a.topUpAmount,
        moCallbackUrl: a.moCallbackUrl,
        drCallbackUrl: a.drCallbackUrl,
        maxOutboundRequest: a.maxOutboundRequest,
        maxInboundRequest: a.maxInboundRequest,
        maxCallsPerSecond: a.maxCallsPerSecond,
        secrets: a.secrets.map(({ id, createdAt }) => ({ id, createdAt })),
      };
    }
    return deepFreeze({ accounts, topUps: this.topUps.map((t) => ({ ...t })) });
  }
}
