import type { AccountStore, StoredAccount } from '../account-store';
import type { Reply } from '../reply';

/** What a route handler gets: the store, the authenticated caller, path params and the body. */
export interface RouteContext {
  readonly store: AccountStore;
  readonly caller: StoredAccount;
  /** Decoded path parameters, in path order. */
  readonly params: readonly string[];
  /** Form fields (for `form` routes; empty otherwise). */
  readonly form: Readonly<Record<string, string>>;
  /** Parsed JSON body (for `json` routes; `undefined` when there was none). */
  readonly json: unknown;
  /** The request's trace id, for problem `instance`. */
  readonly requestId: string;
}

/** A route handler: synchronous, so concurrent requests never interleave inside one. */
export type RouteHandler = (ctx: RouteContext) => Reply;
