export { Acct } from './acct';
export * from '@acct/accounts';
export * from '@acct/server-client';
export * from '@acct/auth';
export * from '@acct/http';
