import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { MAX_MIN_EUR, minEurProblem } from '../argument-rules';
import { runTool } from '../run-tool';
import { checkToolArgs, inputSchemaOf, type ToolArgs } from '../tool-args';
import type { ToolContext } from '../tool-context';

/** Structured result of `get_balance`. */
interface BalanceOutput extends Record<string, unknown> {
  balance_eur: number;
  auto_reload: boolean;
  min_eur?: number;
  below_min?: boolean;
}

const ARGS: ToolArgs = {
  min_eur: {
    schema: z
      .number()
      .min(0)
      .max(MAX_MIN_EUR)
      .describe('Optional threshold in EUR; the result says whether the balance is below it.'),
    problem: minEurProblem,
    optional: true,
  },
};

const formatEur = (value: number): string => `${value.toFixed(2)} EUR`;

/**
 * Registers `get_balance`.
 *
 * @param server - The MCP server.
 * @param ctx - The shared context.
 */
export function registerGetBalance(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'get_balance',
    {
      title: 'Get account balance',
      description:
        'Check the account credit balance (in EUR) and whether auto-reload is on. Use it before ' +
        'a campaign or a bulk send to make sure there is enough credit, or to watch spend. ' +
        'Pass min_eur to learn whether the balance is below that threshold.',
      inputSchema: inputSchemaOf(ARGS),
      outputSchema: {
        balance_eur: z.number().describe('Current balance in EUR.'),
        auto_reload: z.boolean().describe('Whether auto-reload is enabled on the account.'),
        min_eur: z.number().optional().describe('The threshold that was asked for, if any.'),
        below_min: z
          .boolean()
          .optional()
          .describe('true when the balance is below min_eur (present only with min_eur).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async (raw) =>
      runTool<BalanceOutput>(ctx, 'get_balance', async () => {
        const min_eur = checkToolArgs('get_balance', raw, ARGS).min_eur as number | undefined;
        const { value, autoReload } = await ctx.acct.accounts.getBalance();
        const base = `Balance: ${formatEur(value)} (auto-reload ${autoReload ? 'on' : 'off'}).`;
        if (min_eur === undefined) {
          return { summary: base, structured: { balance_eur: value, auto_reload: autoReload } };
        }
        const below = value < min_eur;
        return {
          summary: `${base} ${below ? 'Below' : 'Not below'} the minimum of ${formatEur(min_eur)}.`,
          structured: { balance_eur: value, auto_reload: autoReload, min_eur, below_min: below },
        };
      }),
  );
}
