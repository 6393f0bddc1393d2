import { randomUUID } from 'node:crypto';
import type { EmulatorSnapshot, AccountSnapshot, TopUpRecord } from '../emulator-snapshot';
import { deepFreeze } from './deep-freeze';
import { hashSecret, verifySecret, type SecretHash } from './hash-secret';
import { isoNow } from './iso-now';
import type { ValidSeed } from './validate-seeds';

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
  moCallBackUrl: string;
  drCallBackUrl: string;
  maxOutboundRequest: number;
  maxInboundRequest: number;
  maxCallsPerSecond: number;
  secrets: StoredSecret[];
}

/** Creates a stored secret (new UUID, now, salted hash). */
export function newSecret(secret: string): StoredSecret {
  return { id: randomUUID(), createdAt: isoNow(), ...hashSecret(secret) };
}

/** All accounts by key, plus the record of accepted top-ups. */
export class AccountStore {
  readonly accounts = new Map<string, StoredAccount>();
  readonly topUps: TopUpRecord[] = [];

  /** Seeds accounts already checked by `validateSeeds()` (sub-accounts after their primary). */
  static fromSeeds(seeds: readonly ValidSeed[]): AccountStore {
    const store = new AccountStore();
    for (const { secrets, ...seed } of seeds) {
      store.accounts.set(seed.apiKey, {
        ...seed,
        subAccounts: [],
        secrets: secrets.map(newSecret),
      });
      if (seed.primaryApiKey !== null) {
        store.accounts.get(seed.primaryApiKey)?.subAccounts.push(seed.apiKey);
      }
    }
    return store;
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
        moCallBackUrl: a.moCallBackUrl,
        drCallBackUrl: a.drCallBackUrl,
        moCallbackUrl: a.moCallBackUrl,
        drCallbackUrl: a.drCallBackUrl,
        maxOutboundRequest: a.maxOutboundRequest,
        maxInboundRequest: a.maxInboundRequest,
        maxCallsPerSecond: a.maxCallsPerSecond,
        secrets: a.secrets.map(({ id, createdAt }) => ({ id, createdAt })),
      };
    }
    return deepFreeze({ accounts, topUps: this.topUps.map((t) => ({ ...t })) });
  }
}
