export { AcctError, type AcctErrorOptions } from './errors/acct-error';
