import { camelCaseObjectKeys } from './camel-case-object-keys';
import { kebabCaseObjectKeys } from './kebab-case-object-keys';
import { omit } from './omit';
import { snakeCaseObjectKeys } from './snake-case-object-keys';

/**
 * The pure object helpers, also reachable as `Client.transformers`.
 *
 * @example
 * ```ts
 * import { Client } from '@acct/server-client';
 *
 * Client.transformers.snakeCaseObjectKeys({ createdAt: 'now' }); // { created_at: 'now' }
 * ```
 */
export const transformers: Transformers = Object.freeze({
  camelCaseObjectKeys,
  snakeCaseObjectKeys,
  kebabCaseObjectKeys,
  omit,
});

/**
 * The shape of {@link transformers}.
 *
 * @example
 * ```ts
 * import { Client, type Transformers } from '@acct/server-client';
 *
 * function toWire(t: Transformers, input: object): Record<string, unknown> {
 *   return t.kebabCaseObjectKeys(t.omit(['secret'], input));
 * }
 * console.log(toWire(Client.transformers, { moCallBackUrl: 'https://x', secret: 's' }));
 * // { 'mo-call-back-url': 'https://x' }
 * ```
 */
export interface Transformers {
  /** See {@link camelCaseObjectKeys}. */
  readonly camelCaseObjectKeys: typeof camelCaseObjectKeys;
  /** See {@link snakeCaseObjectKeys}. */
  readonly snakeCaseObjectKeys: typeof snakeCaseObjectKeys;
  /** See {@link kebabCaseObjectKeys}. */
  readonly kebabCaseObjectKeys: typeof kebabCaseObjectKeys;
  /** See {@link omit}. */
  readonly omit: typeof omit;
}
