import { REDACTED } from './internal/redact-text';

/**
 * Removes known secret values from a text, wherever they stand: every occurrence of each
 * non-empty secret becomes `[REDACTED]`. {@link redact} hides values by the name of their
 * field; this is the last line of defence for text that is printed or returned as a whole
 * (a CLI's output, an agent's tool result), where a secret might appear without a name.
 *
 * @param text - The text to clean.
 * @param secrets - The secret values to remove (empty strings are ignored).
 * @returns The text without any of the secrets.
 * @example
 * ```ts
 * import { redactSecrets } from '@acct/http';
 *
 * redactSecrets('login with Demo1Secret failed', ['Demo1Secret']);
 * // => 'login with [REDACTED] failed'
 * ```
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  }
  return out;
}
