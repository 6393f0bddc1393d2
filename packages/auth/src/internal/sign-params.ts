import { createHash, createHmac } from 'node:crypto';
import { describeValue } from '@acct/http';
import { AlgorithmTypes } from '../algorithm-types';
import { invalidParam } from './invalid-param';
import { showKey } from './show-key';

const HMAC_DIGESTS: Readonly<Record<Exclude<AlgorithmTypes, AlgorithmTypes.md5hash>, string>> = {
  [AlgorithmTypes.md5hmac]: 'md5',
  [AlgorithmTypes.sha1hmac]: 'sha1',
  [AlgorithmTypes.sha256hmac]: 'sha256',
  [AlgorithmTypes.sha512hmac]: 'sha512',
};

/** A lone surrogate: text that cannot be sent as UTF-8 exactly as given. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * The string that is signed: the parameters (except `sig`, `null` and `undefined`) sorted
 * by name, joined as `k=v&k=v`, then every `&` and `=` replaced by `_`.
 *
 * @param params - The parameters, including `api_key` and `timestamp`.
 * @returns The string to sign.
 * @throws {ValidationError} when a value is not a string, number or boolean, or a name or value
 *   holds a lone surrogate (it could not be sent as signed).
 */
export function joinForSigning(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (name === 'sig' || value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw invalidParam(
        `params.${showKey(name)}`,
        'a string, number or boolean to be signed',
        describeValue(value),
      );
    }
    const text = String(value);
    if (LONE_SURROGATE.test(name) || LONE_SURROGATE.test(text)) {
      throw invalidParam(
        `params.${showKey(name)}`,
        'well-formed Unicode text (no lone surrogate) to be signed',
        describeValue(value),
      );
    }
    pairs.push(`${name}=${text}`);
  }
  return pairs.join('&').replace(/[&=]/g, '_');
}

/**
 * Signs request parameters.
 *
 * @param params - The parameters, including `api_key` and `timestamp`.
 * @param secret - The signature secret.
 * @param algorithm - One of {@link AlgorithmTypes}.
 * @returns The signature, lower-case hex.
 */
export function signParams(
  params: Record<string, unknown>,
  secret: string,
  algorithm: AlgorithmTypes,
): string {
  const joined = joinForSigning(params);
  if (algorithm === AlgorithmTypes.md5hash) {
    return createHash('md5')
      .update(joined + secret)
      .digest('hex');
  }
  return createHmac(HMAC_DIGESTS[algorithm], secret).update(joined).digest('hex');
}
