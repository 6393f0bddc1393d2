import { z } from 'zod';
import { MAX_REFERENCE_LENGTH, secretIdProblem } from '../argument-rules';
import type { ToolArg } from '../tool-args';

/** One secret as the tools show it: id and creation date, never a value or a link. */
export const secretInfoShape = {
  id: z.string().describe('Secret id.'),
  created_at: z.string().describe('When the secret was created (ISO 8601).'),
};

/** One secret as the tools show it. */
export interface SecretInfo extends Record<string, unknown> {
  id: string;
  created_at: string;
}

/**
 * Keeps only the id and creation date of a secret (the `_links` would show the API key).
 *
 * @param secret - What the SDK returned.
 * @returns The tool's view.
 */
export function toSecretInfo(secret: { id: string; created_at: string }): SecretInfo {
  return { id: secret.id, created_at: secret.created_at };
}

/** The `secret_id` argument shared by `get_secret` and `revoke_secret`. */
export const secretIdArg: ToolArg = {
  schema: z
    .string()
    .min(1)
    .max(MAX_REFERENCE_LENGTH)
    .regex(/^[\x21-\x7e]+$/)
    .describe('Id of the API secret, as listed by list_secrets.'),
  problem: secretIdProblem,
};
