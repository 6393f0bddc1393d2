import type { AccountSeed } from '@acct/emulator';
import { basic } from './http';

/** A primary account with two sub-accounts, and an unrelated account. */
export const FAMILY: readonly AccountSeed[] = [
  {
    apiKey: 'primary1',
    secrets: ['Primary1Secret'],
    subAccounts: [
      { apiKey: 'sub1', secrets: ['Sub1Secret1'] },
      { apiKey: 'sub 2/x', secrets: ['Sub2Secret2'] },
    ],
  },
  { apiKey: 'other1', secrets: ['Other1Secret'] },
];

export const PRIMARY = basic('primary1', 'Primary1Secret');
export const SUB1 = basic('sub1', 'Sub1Secret1');
export const OTHER = basic('other1', 'Other1Secret');
