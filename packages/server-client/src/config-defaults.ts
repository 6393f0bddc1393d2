import { ResponseTypes } from '@acct/http';

/**
 * The defaults {@link resolveConfig} applies to every field of `ConfigParams` left out.
 *
 * @example
 * ```ts
 * import { CONFIG_DEFAULTS } from '@acct/server-client';
 *
 * CONFIG_DEFAULTS.timeout; // 10000
 * ```
 */
export const CONFIG_DEFAULTS: ConfigDefaults = Object.freeze({
  restHost: 'https://rest.nexmo.com',
  apiHost: 'https://api.nexmo.com',
  timeout: 10_000,
  deadline: 60_000,
  retry: Object.freeze({ retries: 2 }),
  appendUserAgent: '',
  responseType: ResponseTypes.JSON,
});

/**
 * The shape of {@link CONFIG_DEFAULTS}.
 *
 * @example
 * ```ts
 * const defaults: ConfigDefaults = CONFIG_DEFAULTS;
 * ```
 */
export interface ConfigDefaults {
  /** `'https://rest.nexmo.com'` */
  readonly restHost: string;
  /** `'https://api.nexmo.com'` */
  readonly apiHost: string;
  /** `10000` ms per attempt. */
  readonly timeout: number;
  /** `60000` ms per call, across attempts. */
  readonly deadline: number;
  /** `{ retries: 2 }` (the rest of the policy comes from `@acct/http`). */
  readonly retry: { readonly retries: number };
  /** `''` */
  readonly appendUserAgent: string;
  /** `ResponseTypes.JSON` */
  readonly responseType: ResponseTypes;
}
