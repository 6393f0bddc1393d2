import { AcctError, describeValue } from '@acct/http';
import { checkShape } from './check-shape';
import { AlgorithmTypes } from '../algorithm-types';
import { InvalidApiKeyError } from '../errors/invalid-api-key-error';
import { InvalidApiSecretError, type SecretParameter } from '../errors/invalid-api-secret-error';
import { InvalidSignatureAlgorithmError } from '../errors/invalid-signature-algorithm-error';
import { MissingApiKeyError } from '../errors/missing-api-key-error';
import { MissingApiSecretError } from '../errors/missing-api-secret-error';
import { MissingApplicationIdError } from '../errors/missing-application-id-error';
import { MissingSignatureError } from '../errors/missing-signature-error';
import { textProblem } from './check-text';
import {
  API_KEY_RULE,
  APPLICATION_ID_EXPECTED,
  APPLICATION_ID_RULE,
  SECRET_RULE,
} from './credential-rules';
import { invalidParam, invalidWith } from './invalid-param';
import { absent } from './show-key';

/** What is wrong with a credential value, or `undefined` when it passes its rule. */
function problem(value: unknown, rule: typeof API_KEY_RULE): string | undefined {
  return typeof value === 'string' ? textProblem(value, rule) : describeValue(value);
}

/**
 * The API key, checked.
 *
 * @param value - The `apiKey` setting.
 * @returns The key.
 * @throws {MissingApiKeyError} when absent; {InvalidApiKeyError} when it breaks the rule.
 */
export function checkApiKey(value: unknown): string {
  if (absent(value)) throw new MissingApiKeyError();
  const received = problem(value, API_KEY_RULE);
  if (received !== undefined) throw new InvalidApiKeyError(received);
  return value as string;
}

/**
 * A secret (`apiSecret` or `signature.secret`), checked.
 *
 * @param value - The setting.
 * @param parameter - Which secret it is.
 * @returns The secret.
 * @throws {MissingApiSecretError} | {MissingSignatureError} when absent;
 *   {InvalidApiSecretError} when it breaks the rule.
 */
export function checkSecret(value: unknown, parameter: SecretParameter): string {
  if (absent(value)) {
    throw parameter === 'apiSecret'
      ? new MissingApiSecretError()
      : new MissingSignatureError('signature.secret');
  }
  const received = problem(value, SECRET_RULE);
  if (received !== undefined) throw new InvalidApiSecretError(received, parameter);
  return value as string;
}

/**
 * The application id, checked.
 *
 * @param value - The `applicationId` setting.
 * @returns The id.
 * @throws {MissingApplicationIdError} when absent; `ValidationError` when it breaks the rule.
 */
export function checkApplicationId(value: unknown): string {
  if (absent(value)) throw new MissingApplicationIdError();
  const received = problem(value, APPLICATION_ID_RULE);
  if (received !== undefined) {
    throw invalidParam('applicationId', APPLICATION_ID_EXPECTED, received);
  }
  return value as string;
}

/** Every accepted spelling of an algorithm: the enum value and its lower-case form. */
const ALGORITHMS: ReadonlyMap<string, AlgorithmTypes> = new Map(
  Object.values(AlgorithmTypes).flatMap((a) => [
    [a, a],
    [a.toLowerCase(), a],
  ]),
);

/**
 * The signature algorithm, as its {@link AlgorithmTypes} value.
 *
 * @param value - `signature.algorithm`.
 * @returns The algorithm, or `undefined` when the value is not one.
 */
export function toAlgorithm(value: unknown): AlgorithmTypes | undefined {
  return typeof value === 'string' ? ALGORITHMS.get(value) : undefined;
}

/**
 * The signature settings, checked.
 *
 * @param value - The `signature` setting.
 * @returns The secret and the algorithm.
 * @throws {MissingSignatureError} | {InvalidApiSecretError} |
 *   {InvalidSignatureAlgorithmError} | `ValidationError` (not a plain object, unknown key).
 */
export function checkSignature(value: unknown): { secret: string; algorithm: AlgorithmTypes } {
  try {
    return readSignature(value);
  } catch (err) {
    if (err instanceof AcctError) throw err;
    // a getter or a Proxy trap of the caller's object threw
    throw invalidWith(
      'signature',
      'could not be read: pass a plain object { secret, algorithm }',
      err,
    );
  }
}

function readSignature(value: unknown): { secret: string; algorithm: AlgorithmTypes } {
  if (absent(value)) throw new MissingSignatureError('signature');
  checkShape(value, 'signature', ['secret', 'algorithm']);
  const settings = value as { secret?: unknown; algorithm?: unknown };
  const secret = checkSecret(settings.secret, 'signature.secret');
  if (absent(settings.algorithm)) throw new MissingSignatureError('signature.algorithm');
  const algorithm = toAlgorithm(settings.algorithm);
  if (algorithm === undefined) {
    throw new InvalidSignatureAlgorithmError(describeValue(settings.algorithm));
  }
  return { secret, algorithm };
}
