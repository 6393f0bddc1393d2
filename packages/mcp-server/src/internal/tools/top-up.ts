import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { MAX_REFERENCE_LENGTH, trxProblem } from '../argument-rules';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf, type ToolArgs } from '../tool-args';
import type { ToolContext } from '../tool-context';
import { ToolRefusal } from '../tool-refusal';

const ARGS: ToolArgs = {
  trx: {
    schema: z
      .string()
      .min(1)
      .max(MAX_REFERENCE_LENGTH)
      .regex(/^[\x21-\x7e]+$/)
      .describe('Transaction reference of the auto-reload payment; defaults to --trx.'),
    problem: trxProblem,
    optional: true,
  },
};

/**
 * Registers `top_up` (money). Called once per tool call: never retried.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerTopUp(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'top_up',
    {
      title: 'Top up the account balance',
      description:
        'Refill the account credit now (charges money), using the auto-reload payment of the ' +
        'account. Use it when the balance is too low for upcoming sends. Requires auto-reload ' +
        'to be enabled. Sent exactly once, never retried: if it fails or times out, check ' +
        'get_balance before trying again.' +
        (ctx.trx === undefined
          ? ' Pass trx.'
          : " trx defaults to the operator's configured reference."),
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: {
        error_code: z.string().describe('"200" on success.'),
        error_code_label: z.string().describe('"success" on success.'),
        trx: z.string().describe('The transaction reference used.'),
      },
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: false,
        openWorldHint: true,
      },
    },
    async (raw) =>
      runTool(ctx, 'top_up', async () => {
        const trx = checkToolArgs('top_up', raw, ARGS).trx as string | undefined;
        const reference = trx ?? ctx.trx;
        if (reference === undefined) {
          throw new ToolRefusal(
            'ACCT_MCP_TRX_MISSING',
            'No transaction reference',
            'top_up needs a transaction reference (trx) and none was given or configured.',
            'Pass trx, or ask the operator to restart acct-mcp with --trx <reference>.',
          );
        }
        const res = await ctx.acct.accounts.topUpBalance(reference);
        const code = String(res['error-code']);
        const label = String(res['error-code-label']);
        return {
          summary: `Top-up sent with trx ${reference}: ${code} ${label}.`,
          structured: { error_code: code, error_code_label: label, trx: reference },
        };
      }),
  );
}
