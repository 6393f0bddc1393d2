import { UsageError } from '../errors/usage-error';
import type { CommandContext } from './context';
import { confirm } from './prompt';

/**
 * Lets a consequential action go ahead: at once with `--yes`; after a confirmation on a
 * terminal; never when stdin is not a terminal and `--yes` is missing.
 */
export async function confirmOrRefuse(
  ctx: CommandContext,
  yes: boolean | undefined,
  question: string,
  action: string,
): Promise<void> {
  if (yes === true) return;
  if (!ctx.interactive) {
    throw new UsageError(`refusing to ${action} without --yes: stdin is not a terminal`);
  }
  if (!(await confirm(ctx.io, question))) {
    throw new UsageError(`cancelled: did not ${action}`);
  }
}
