import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { isAcctError } from '@acct/server-sdk';
import { z } from 'zod';
import { generateSecret } from '../generate-secret';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf, type ToolArgs } from '../tool-args';
import { newSecretAbsent } from '../new-secret-absent';
import { RotationOutcomeUnknown } from '../rotation-outcome-unknown';
import { removeSecretFile, writeSecretFile } from '../secret-file';
import { describeError } from '../tool-error';
import type { ToolContext } from '../tool-context';
import { ToolRefusal } from '../tool-refusal';

/** After a failed rotation: true when the new secret was created and proven (revoke stage). */
const newSecretWorks = (err: unknown): boolean =>
  isAcctError(err) &&
  err.code === 'ACCT_SECRET_ROTATION' &&
  (err as { stage?: unknown }).stage === 'revoke';

/**
 * The tool error of a rotation whose create may have succeeded: the underlying failure, marked
 * `outcome: 'unknown'`, with the kept file and how to find out.
 */
const outcomeUnknown = (err: unknown, path: string, startedAt: string): RotationOutcomeUnknown =>
  new RotationOutcomeUnknown({
    ...describeError(err),
    outcome: 'unknown',
    secret_file: path,
    started_at: startedAt,
    hint:
      'The outcome is unknown: the Account API may have created the new secret before this ' +
      `failure, so ${path} is kept and holds it. To check, call list_secrets: a secret created ` +
      `at or after ${startedAt} is the new one (it works; the operator should move it from the ` +
      'file into ACCT_API_SECRET). If there is none, the operator can delete the file and rotate ' +
      'again. Do not call rotate_secret again before checking: an account holds at most two secrets.',
  });

const ARGS: ToolArgs = {
  revoke: {
    schema: z
      .enum(['none', 'previous'])
      .default('none')
      .describe('"previous" revokes every older secret once the new one works; default "none".'),
    problem: (value) =>
      value === 'none' || value === 'previous' ? undefined : 'must be "none" or "previous"',
    optional: true,
  },
};

const idOf = (item: unknown): string =>
  typeof item === 'string' ? item : String((item as { id?: unknown }).id);

/**
 * Registers `rotate_secret` (write). The new secret goes to the operator's file only.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerRotateSecret(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'rotate_secret',
    {
      title: 'Rotate the API secret',
      description:
        'Rotate the account API secret (credential rotation): acct-mcp generates a strong new ' +
        'secret, creates it, checks that it works and writes it to the file the operator chose ' +
        '(--secret-out). The secret value is never returned: you get its id, the ids revoked and ' +
        'the file path. With revoke "previous" every older secret is revoked afterwards.',
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: {
        new_secret_id: z.string().describe('Id of the new secret (its value is only in the file).'),
        revoked_ids: z.array(z.string()).describe('Ids of the secrets revoked.'),
        secret_file: z.string().describe('Absolute path of the file holding the new secret.'),
      },
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: true,
      },
    },
    async (raw) =>
      runTool(ctx, 'rotate_secret', async () => {
        const revoke = (checkToolArgs('rotate_secret', raw, ARGS).revoke ?? 'none') as
          'none' | 'previous';
        const path = ctx.secretOut;
        if (path === undefined) {
          throw new ToolRefusal(
            'ACCT_MCP_SECRET_OUT_MISSING',
            'No secret file configured',
            'rotate_secret needs a file to write the new secret to, and none was configured.',
            'Ask the operator to restart acct-mcp with --secret-out <file>.',
          );
        }
        const secret = generateSecret();
        // to the second, as the API writes created_at
        const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000)
          .toISOString()
          .replace('.000Z', 'Z');
        ctx.scrub.add(secret);
        await writeSecretFile(path, secret);
        let result;
        try {
          result = await ctx.acct.secrets.rotateSecret(ctx.apiKey, secret, { revoke });
        } catch (err) {
          if (newSecretWorks(err)) {
            ctx.acct = ctx.createAcct(secret);
          } else if (newSecretAbsent(err)) {
            await removeSecretFile(path);
          } else {
            ctx.log(`rotate_secret: outcome unknown, ${path} kept (the secret may be active)`);
            throw outcomeUnknown(err, path, startedAt);
          }
          throw err;
        }
        // the new secret is proven to authenticate: use it from now on, so revoking the one
        // the server started with (now or later) does not lock the server out
        ctx.acct = ctx.createAcct(secret);
        const revoked = (result.revoked ?? []).map(idOf);
        const id = idOf(result.created);
        ctx.log(`rotate_secret: new secret ${id} written to ${path}`);
        return {
          summary:
            `New API secret ${id} created and written to ${path} (mode 0600). ` +
            (revoked.length > 0 ? `Revoked: ${revoked.join(', ')}.` : 'No secret revoked.') +
            ' The operator must move it into ACCT_API_SECRET before the next restart.',
          structured: { new_secret_id: id, revoked_ids: revoked, secret_file: path },
        };
      }),
  );
}
